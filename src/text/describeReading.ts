import type { ClauseReading, Selector, Statement } from "./clause";
import type { DateItem } from "./dates";
import type { SpecialDay } from "./specialDays";
import { formatClockMinutes, formatSpan, type HoursPhrase } from "./times";

const WEEKDAY_NAMES = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];
const MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const KIND_NAMES: Record<string, string> = {
  publicHoliday: "helgdagar",
  workFreeEve: "midsommar-, jul- och nyårsafton",
  bridgeDay: "klämdag",
  dayBeforeEve: "dag före afton",
  dayBeforeRedDay: "dag före röd dag",
};

/**
 * A reading of a clause in words, to show a person the two ways a line can be read:
 * "10 juni–16 augusti" or "kl. 10.06–16.08".
 *
 * @example
 * describeReading({ kind: "hours", hours: { kind: "open", spans: [{ from: 606, to: 968 }] } }) // => "kl. 10.06–16.08"
 */
export function describeReading(reading: ClauseReading): string {
  if (reading.kind === "hours") return `kl. ${describeHours(reading.hours)}`;
  const parts = reading.statements.map((s) => `${describeSelector(s.selector)} ${describeHours(s.hours)}`.trim());
  if (reading.waiting) parts.push(describeSelector(reading.waiting));
  return parts.join("; ");
}

/**
 * One statement in words, after the period it stands under when there is one: what the
 * studio shows an editor beside the line it came from.
 *
 * @example
 * describeStatement({ selector: { weekdays: [1, 2], special: null, weeks: null, dates: null, season: null }, hours: { kind: "open", spans: [{ from: 480, to: 960 }] } }, null)
 * // => "måndag, tisdag 08.00–16.00"
 */
export function describeStatement(statement: Statement, period: Selector | null): string {
  const said = `${describeSelector(statement.selector)} ${describeHours(statement.hours)}`.trim();
  const under = period ? describeSelector(period) : "";
  return under ? `${under}: ${said}` : said;
}

function describeHours(hours: HoursPhrase): string {
  switch (hours.kind) {
    case "open":
      return hours.spans.length === 0 ? "stängt" : hours.spans.map(formatSpan).join(" och ");
    case "gap":
      return `stängt ${hours.spans.map(formatSpan).join(" och ")}`;
    case "asUsual":
      return "ordinarie öppettider";
    case "clip":
      return [hours.opensAt !== undefined ? `öppnar kl. ${formatClockMinutes(hours.opensAt)}` : "", hours.closesAt !== undefined ? `stänger kl. ${formatClockMinutes(hours.closesAt)}` : ""]
        .filter(Boolean)
        .join(" och ");
  }
}

function describeSelector(selector: Selector): string {
  const parts: string[] = [];
  if (selector.special) parts.push(selector.special.days.map(describeSpecial).join(" och "));
  if (selector.season) parts.push(selector.season.season);
  if (selector.weeks) {
    const { ranges, parity } = selector.weeks;
    if (ranges.length > 0) parts.push(`vecka ${ranges.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`)).join(" och ")}`);
    if (parity) parts.push(parity === "odd" ? "udda veckor" : "jämna veckor");
  }
  if (selector.dates) parts.push(selector.dates.map(describeDates).join(" och "));
  if (selector.weekdays) parts.push(selector.weekdays.map((d) => WEEKDAY_NAMES[d - 1]).join(", "));
  return parts.join(" ");
}

function describeSpecial(day: SpecialDay): string {
  return day.kind === "named" ? day.name : KIND_NAMES[day.dayKind]!;
}

function describeDates(item: DateItem): string {
  const point = (p: DateItem["from"]) => `${p.day} ${MONTH_NAMES[p.month - 1]}${p.year === null ? "" : ` ${p.year}`}`;
  const same = item.from.day === item.to.day && item.from.month === item.to.month && item.from.year === item.to.year;
  return same ? point(item.from) : `${point(item.from)}–${point(item.to)}`;
}

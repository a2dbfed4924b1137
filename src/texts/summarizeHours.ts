import { WEEKDAYS } from "../schedule/ruleKinds";
import type { Schedule } from "../schedule/createSchedule";
import type { Language } from "../schedule/rules";
import type { DayKindRule, PeriodConfig, WeekHours } from "../schedule/schema";
import { labelNames } from "../schedule/labelNames";
import { parseClock, parseTimeRange, formatMinutes, type MinuteRange } from "../schedule/timeRange";
import { isClip, ruleEntryParts, type ClipHours } from "../schedule/ruleHours";
import { defaultPeriodLabel } from "../schedule/rules";
import { formatClock, formatIntervals } from "./formatHours";
import { capitalize, MONTH_NAMES, WEEKDAY_NAMES, WORDS } from "./words";

/** One line of a summary: when, and the hours then. */
export interface SummaryLine {
  /** `Måndag–torsdag`, `Vecka 25–32 måndag–fredag`, `Dag före afton`. */
  readonly when: string;
  /** `08.00–12.00 och 13.00–16.00`, or `stängt`. */
  readonly hours: string;
}

/** Options of `summarizeHours`. */
export interface SummaryOptions {
  /** `"sv"` (default) or `"en"`. */
  language?: Language;
  /** Also list closed weekdays and closed day kinds (off by default, as the seed's block). */
  includeClosed?: boolean;
}

/** Day-kind lines in the order the seed's block has them, then the closures. */
const DAY_KIND_ORDER = ["dayBeforeEve", "dayBeforeRedDay", "bridgeDay", "publicHoliday", "workFreeEve"] as const;

const DAY_KIND_NAMES: Record<(typeof DAY_KIND_ORDER)[number], Record<Language, string>> = {
  dayBeforeEve: { sv: "Dag före afton", en: "Day before a holiday eve" },
  dayBeforeRedDay: { sv: "Dag före röd dag", en: "Day before a public holiday" },
  bridgeDay: { sv: "Klämdag", en: "Bridge day" },
  publicHoliday: { sv: WORDS.sv.publicHolidays, en: WORDS.en.publicHolidays },
  workFreeEve: { sv: WORDS.sv.workFreeEves, en: WORDS.en.workFreeEves },
};

/**
 * The regular hours in the grouped form a Swedish web page shows them; for the Arjeplog
 * default exactly the seed's block:
 *
 * ```
 * Måndag–torsdag 08.00–12.00 och 13.00–16.00
 * Fredag 08.00–12.00 och 13.00–15.00
 * Vecka 25–32 måndag–fredag 09.00–12.00 och 13.00–15.00
 * Dag före afton 08.00–12.00
 * Dag före röd dag 08.00–12.00
 * Klämdag 10.00–12.00
 * ```
 *
 * @example
 * summarizeHours(createSchedule(presets.arjeplog))[0]
 * // => { when: "Måndag–torsdag", hours: "08.00–12.00 och 13.00–16.00" }
 */
export function summarizeHours(schedule: Schedule, options: SummaryOptions = {}): SummaryLine[] {
  const language = options.language ?? "sv";
  const includeClosed = options.includeClosed ?? false;
  const { config } = schedule;
  const lines: SummaryLine[] = [];

  for (const group of groupWeekdays(config.weekly ?? {}, includeClosed)) {
    lines.push({ when: capitalize(describeWeekdays(group.days, language)), hours: formatRanges(group.ranges, language) });
  }
  for (const period of config.periods ?? []) {
    if (isClip(period.hours)) {
      lines.push({ when: describePeriod(period, language), hours: describeClip(period.hours, language) });
      continue;
    }
    for (const group of groupWeekdays(asWeekHours(period.hours), true)) {
      if (group.ranges.length === 0 && !includeClosed) continue;
      lines.push({ when: `${describePeriod(period, language)} ${describeWeekdays(group.days, language)}`, hours: formatRanges(group.ranges, language) });
    }
  }
  for (const kind of DAY_KIND_ORDER) {
    const entry: DayKindRule | undefined = config.dayKinds?.[kind];
    if (!entry) continue;
    const { hours, label } = ruleEntryParts(entry);
    const when = labelNames(label)?.[language] ?? DAY_KIND_NAMES[kind][language];
    if (isClip(hours)) {
      lines.push({ when, hours: describeClip(hours, language) });
    } else if (Array.isArray(hours)) {
      if (hours.length > 0 || includeClosed) lines.push({ when, hours: formatRanges(hours.map(toRange), language) });
    } else {
      for (const group of groupWeekdays(hours, includeClosed)) {
        lines.push({ when: `${when} ${describeWeekdays(group.days, language)}`, hours: formatRanges(group.ranges, language) });
      }
    }
  }
  return lines;
}

/** A list of intervals as hours for every weekday. */
function asWeekHours(hours: WeekHours | string[]): WeekHours {
  return Array.isArray(hours) ? Object.fromEntries(WEEKDAYS.map((day) => [day, hours])) : hours;
}

/** "stänger kl. 12.00", "öppnar kl. 10.00", "öppnar kl. 10.00 och stänger kl. 12.00". */
function describeClip(clip: ClipHours, language: Language): string {
  const clock = (text: string) => formatClock(formatMinutes(parseClock(text) as number), language);
  const words = language === "sv" ? { opens: "öppnar kl.", closes: "stänger kl." } : { opens: "opens at", closes: "closes at" };
  const parts = [
    ...(clip.opensAt !== undefined ? [`${words.opens} ${clock(clip.opensAt)}`] : []),
    ...(clip.closesAt !== undefined ? [`${words.closes} ${clock(clip.closesAt)}`] : []),
  ];
  return parts.join(` ${WORDS[language].and} `);
}

/**
 * The summary as text, one line per group.
 *
 * @example
 * summaryText(createSchedule(presets.arjeplog)).split("\n")[1] // => "Fredag 08.00–12.00 och 13.00–15.00"
 */
export function summaryText(schedule: Schedule, options: SummaryOptions = {}): string {
  return summarizeHours(schedule, options)
    .map((line) => `${line.when} ${line.hours}`)
    .join("\n");
}

interface WeekdayGroup {
  /** ISO weekdays, 1 = Monday. */
  days: number[];
  ranges: MinuteRange[];
}

/** Weekdays with the same hours, grouped; the order is that of each group's first day. */
function groupWeekdays(week: WeekHours, includeClosed: boolean): WeekdayGroup[] {
  const groups = new Map<string, WeekdayGroup>();
  WEEKDAYS.forEach((key, index) => {
    const texts = week[key];
    if (texts === undefined || (texts.length === 0 && !includeClosed)) return;
    const ranges = texts.map(toRange);
    const signature = ranges.map((r) => `${r.from}-${r.to}`).join(",");
    const group = groups.get(signature) ?? { days: [], ranges };
    group.days.push(index + 1);
    groups.set(signature, group);
  });
  return [...groups.values()];
}

/** `måndag–torsdag`, `måndag, onsdag och fredag`, `måndag–onsdag och fredag`. */
function describeWeekdays(days: readonly number[], language: Language): string {
  const names = WEEKDAY_NAMES[language];
  const runs: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    const first = names[days[i]! - 1]!;
    const last = names[days[j]! - 1]!;
    if (j === i) runs.push(first);
    else if (j === i + 1) runs.push(first, last);
    else runs.push(`${first}–${last}`);
    i = j + 1;
  }
  if (runs.length === 1) return runs[0]!;
  return `${runs.slice(0, -1).join(", ")} ${WORDS[language].and} ${runs[runs.length - 1]}`;
}

/** `Vecka 25–32`, `Udda veckor`, `15 juni–9 augusti`, `15 juni 2026–9 augusti 2026`. */
function describePeriod(period: PeriodConfig, language: Language): string {
  if (period.weeks?.parity !== undefined) return defaultPeriodLabel(period)[language];
  if (period.weeks) return `${WORDS[language].weeks} ${period.weeks.from}–${period.weeks.to}`;
  const { from, to } = period.dates!;
  return `${describeMonthDay(from, language)}–${describeMonthDay(to, language)}`;
}

function describeMonthDay(text: string, language: Language): string {
  const parts = text.split("-").map(Number);
  const [year, month, day] = parts.length === 3 ? parts : [undefined, parts[0], parts[1]];
  return `${day} ${MONTH_NAMES[language][month! - 1]}${year === undefined ? "" : ` ${year}`}`;
}

function formatRanges(ranges: readonly MinuteRange[], language: Language): string {
  return formatIntervals(ranges.map((r) => ({ from: formatMinutes(r.from), to: formatMinutes(r.to) })), language);
}

function toRange(text: string): MinuteRange {
  return parseTimeRange(text) as MinuteRange; // validated config
}

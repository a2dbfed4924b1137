import { civilFromDays, parsePlainDate, weekdayOf } from "../calendar/plainDate";
import { namedDayKey, namedDayNames, namedDaysOfKind, type NamedDay } from "../calendar/namedDays";
import type { CalendarCode } from "../calendar/calendars";
import type { DayKind } from "../schedule/ruleKinds";
import type { Schedule } from "../schedule/createSchedule";
import type { Language } from "../schedule/rules";
import type { ExceptionConfig, PeriodConfig, ScheduleConfig, WeekHours } from "../schedule/schema";
import { isClip, readRuleHours, ruleEntryParts, type ClipHours, type HoursForm, type RuleHours } from "../schedule/ruleHours";
import { formatMinutes, type MinuteRange } from "../schedule/timeRange";
import { labelNames } from "../schedule/labelNames";
import { formatClock, formatIntervals } from "./formatHours";
import { capitalize, inRunningText, MONTH_NAMES, WEEKDAY_NAMES, WORDS } from "./words";

/** One line of a summary: when, and the hours then. */
export interface SummaryLine {
  /** `Måndag–torsdag`, `Vecka 25–32 måndag–fredag`, `Dag före afton`, `Julafton och nyårsafton`, `24 december 2026`. */
  readonly when: string;
  /** `08.00–12.00 och 13.00–16.00`, `stängt`, `stänger kl. 12.00`, `ordinarie öppettider`. */
  readonly hours: string;
}

/** Options of `summarizeHours`. */
export interface SummaryOptions {
  /** `"sv"` (default) or `"en"`. */
  language?: Language;
  /**
   * Also list what a Swedish reader takes for granted: closed weekdays, and that public
   * holidays and midsommar-, jul- och nyårsafton are closed where no Sunday is open. Off by
   * default, as in the seed's block; every other closure is always listed.
   */
  includeClosed?: boolean;
}

/** Day-kind lines in the order the seed's block has them, then the holidays. */
const DAY_KIND_ORDER = ["dayBeforeEve", "dayBeforeRedDay", "bridgeDay", "publicHoliday", "workFreeEve"] as const;

const DAY_KIND_NAMES: Record<DayKind, Record<Language, string>> = {
  dayBeforeEve: { sv: "Dag före afton", en: "Day before a holiday eve" },
  dayBeforeRedDay: { sv: "Dag före röd dag", en: "Day before a public holiday" },
  bridgeDay: { sv: "Klämdag", en: "Bridge day" },
  publicHoliday: { sv: WORDS.sv.publicHolidays, en: WORDS.en.publicHolidays },
  workFreeEve: { sv: WORDS.sv.workFreeEves, en: WORDS.en.workFreeEves },
};

/** A day kind's name on a calendar: Finland's work-free eves are two. */
function dayKindName(kind: DayKind, calendar: CalendarCode, language: Language): string {
  if (kind === "workFreeEve" && calendar !== "SE") return WORDS[language].finnishWorkFreeEves;
  return DAY_KIND_NAMES[kind][language];
}

const PHRASES = {
  sv: { everyDay: "alla dagar", opens: "öppnar kl.", closes: "stänger kl.", afterMidnight: "efter midnatt", asUsual: "ordinarie öppettider", oddWeeks: "udda veckor", evenWeeks: "jämna veckor", week: "Vecka" },
  en: { everyDay: "every day", opens: "opens at", closes: "closes at", afterMidnight: "after midnight", asUsual: "regular opening hours", oddWeeks: "odd weeks", evenWeeks: "even weeks", week: "Week" },
} as const;

const DAY = 24 * 60;

/**
 * Everything that decides a day's hours, grouped as a Swedish web page writes it, in the
 * words `parseHoursText` reads back (SPEC §10): weekly hours, periods (also closed days in
 * them), special days and clips, named days, and one-off dates. For the Arjeplog default it
 * is exactly the seed's block:
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
 * Public holidays and midsommar-, jul- och nyårsafton closed go without saying where no
 * Sunday is open (red days are like Sundays: as on the seed's page, and as `parseHoursText`
 * reads such a page); where
 * that is not so, the summary says it ("Helgdagar ordinarie öppettider", "Helgdagar stängt").
 * Labels of rules and a custom `precedence` are not written.
 *
 * @example
 * summarizeHours(createSchedule(presets.arjeplog))[0]
 * // => { when: "Måndag–torsdag", hours: "08.00–12.00 och 13.00–16.00" }
 */
export function summarizeHours(schedule: Schedule, options: SummaryOptions = {}): SummaryLine[] {
  const language = options.language ?? "sv";
  const includeClosed = options.includeClosed ?? false;
  const config = schedule.config as ScheduleConfig;
  const lines: SummaryLine[] = [];

  for (const group of groupWeekdays(readWeek(config.weekly ?? {}), includeClosed)) {
    lines.push({ when: capitalize(describeWeekdays(group.days, language)), hours: formatRanges(group.ranges, language) });
  }
  for (const period of config.periods ?? []) lines.push(...periodLines(period, language));

  // What parseHoursText takes for granted when no Sunday is open: red days and work-free eves
  // closed, like Sundays.
  const holidaysGoWithoutSaying = !opensOnSundays(config);
  const anyOpen = opensAtAll(config);
  for (const kind of DAY_KIND_ORDER) {
    const entry = config.dayKinds?.[kind];
    const name = dayKindName(kind, schedule.calendar, language);
    const isHoliday = kind === "publicHoliday" || kind === "workFreeEve";
    if (!entry) {
      if (isHoliday && holidaysGoWithoutSaying && anyOpen) lines.push({ when: name, hours: PHRASES[language].asUsual });
      continue;
    }
    const { hours } = ruleEntryParts(entry);
    const closed = Array.isArray(hours) && hours.length === 0;
    if (closed && isHoliday && holidaysGoWithoutSaying && !includeClosed) continue;
    lines.push(...ruleLines(capitalize(name), hours, language));
  }

  // Keys as the config writes them ("Nyårsafton", "skärtorsdag"), read as the calendar's keys (validated).
  const named = Object.entries(config.namedDays ?? {}).map(([name, entry]) => {
    const key = namedDayKey(name, schedule.calendar)!;
    return [key, namedHours(config, schedule.calendar, key, ruleEntryParts(entry).hours)] as const;
  });
  for (let i = 0; i < named.length; ) {
    // Days in a row with the same hours share a line: "Julafton och nyårsafton 08.00–01.30".
    const hours = named[i]![1];
    let j = i + 1;
    while (j < named.length && JSON.stringify(named[j]![1]) === JSON.stringify(hours)) j++;
    const names = named.slice(i, j).map(([key], k) => {
      const name = namedDayNames(key)[language];
      return k === 0 ? capitalize(name) : inRunningText(name, language);
    });
    lines.push(...ruleLines(joinWords(names, language), hours, language));
    i = j;
  }

  for (const exception of config.exceptions ?? []) lines.push(...exceptionLines(exception, language));
  return lines;
}

/**
 * A named day's hours as a reader should get them: a clip of a day its kind closes
 * ("Helgdagar stängt", "Nyårsafton stänger kl. 12.00") cuts nothing, so the day is closed.
 */
function namedHours(config: ScheduleConfig, calendar: CalendarCode, key: NamedDay, hours: RuleHours): RuleHours {
  if (!isClip(hours)) return hours;
  for (const kind of ["publicHoliday", "workFreeEve"] as const) {
    const entry = config.dayKinds?.[kind];
    if (!entry || !namedDaysOfKind(kind, calendar).includes(key)) continue;
    const kindHours = ruleEntryParts(entry).hours;
    if (Array.isArray(kindHours) && kindHours.length === 0) return [];
  }
  return hours;
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

/** A rule's hours after `when`: a list, a clip, or per weekday (closed weekdays too: they change the day). */
function ruleLines(when: string, hours: RuleHours, language: Language, everyDay = false): SummaryLine[] {
  const form = readRuleHours(hours);
  switch (form.form) {
    case "list":
      return [{ when: everyDay ? `${when} ${PHRASES[language].everyDay}` : when, hours: formatRanges(form.ranges, language) }];
    case "clip":
      return [{ when: everyDay ? `${when} ${PHRASES[language].everyDay}` : when, hours: describeClip(hours as ClipHours, language) }];
    case "week":
      return groupWeekdays(form.days, true).map((group) => ({ when: `${when} ${describeWeekdays(group.days, language)}`, hours: formatRanges(group.ranges, language) }));
  }
}

/**
 * A period's lines. Periods of dates say "alla dagar" when they speak for every weekday, so
 * that they are not read back as one-off dates ("27 juni – 21 augusti stängt" is a one-off).
 */
function periodLines(period: PeriodConfig, language: Language): SummaryLine[] {
  const when = describePeriod(period, language);
  const form = readRuleHours(period.hours as RuleHours);
  const everyDay = period.dates !== undefined || form.form === "list";
  return ruleLines(when, period.hours as RuleHours, language, everyDay && form.form !== "week");
}

/** An exception's lines: its dates with the year, the hours, and its note in parentheses. */
function exceptionLines(exception: ExceptionConfig, language: Language): SummaryLine[] {
  const first = parsePlainDate(exception.date ?? exception.from);
  const last = parsePlainDate(exception.date ?? exception.to);
  const note = labelNames(exception.note)?.[language];
  const withNote = (line: SummaryLine): SummaryLine => (note ? { ...line, hours: `${line.hours} (${plainNote(note)})` } : line);
  const form = readRuleHours(exception.hours as RuleHours);
  if (form.form !== "week") {
    const hours = form.form === "list" ? formatRanges(form.ranges, language) : describeClip(exception.hours as ClipHours, language);
    return [withNote({ when: describeDates(first, last, language), hours })];
  }
  // Hours per weekday over dates: each run of days in a row with the same hours is a line;
  // days of weekdays it does not name keep the hours they would have anyway.
  const lines: SummaryLine[] = [];
  let run: { from: number; to: number; hours: string } | null = null;
  const flush = () => {
    if (run) lines.push(withNote({ when: describeDates(run.from, run.to, language), hours: run.hours }));
    run = null;
  };
  for (let day = first; day <= last; day++) {
    const ranges = form.days[weekdayOf(day) - 1];
    if (ranges === undefined) {
      flush();
      continue;
    }
    const hours = formatRanges(ranges, language);
    if (run && (run as { hours: string }).hours === hours) (run as { to: number }).to = day;
    else {
      flush();
      run = { from: day, to: day, hours };
    }
  }
  flush();
  return lines;
}

/** A note inside parentheses, on one line. */
function plainNote(note: string): string {
  return note.replace(/\s+/g, " ").replace(/[()[\]]/g, "").trim();
}

interface WeekdayGroup {
  /** ISO weekdays, 1 = Monday. */
  days: number[];
  ranges: readonly MinuteRange[];
}

function readWeek(week: WeekHours): readonly (readonly MinuteRange[] | undefined)[] {
  return (readRuleHours(week as RuleHours) as Extract<HoursForm, { form: "week" }>).days;
}

/** Weekdays with the same hours, grouped; the order is that of each group's first day. */
function groupWeekdays(days: readonly (readonly MinuteRange[] | undefined)[], includeClosed: boolean): WeekdayGroup[] {
  const groups = new Map<string, WeekdayGroup>();
  days.forEach((ranges, index) => {
    if (ranges === undefined || (ranges.length === 0 && !includeClosed)) return;
    const signature = ranges.map((r) => `${r.from}-${r.to}`).join(",");
    const group = groups.get(signature) ?? { days: [], ranges };
    group.days.push(index + 1);
    groups.set(signature, group);
  });
  return [...groups.values()];
}

/** `måndag–torsdag`, `måndag, onsdag och fredag`, `måndag–onsdag och fredag`, `alla dagar`. */
function describeWeekdays(days: readonly number[], language: Language): string {
  if (days.length === 7) return PHRASES[language].everyDay;
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
  return joinWords(runs, language);
}

/** "a", "a och b", "a, b och c". */
function joinWords(parts: readonly string[], language: Language): string {
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(", ")} ${WORDS[language].and} ${parts[parts.length - 1]}`;
}

/** `Vecka 25–32`, `Vecka 30`, `Udda veckor`, `Vecka 10–20, udda veckor`, `15 juni–9 augusti`, `24 december`, `15 juni–9 augusti 2026`. */
function describePeriod(period: PeriodConfig, language: Language): string {
  const phrases = PHRASES[language];
  if (period.weeks) {
    const { from, to, parity } = period.weeks;
    const parityWords = parity === undefined ? null : parity === "odd" ? phrases.oddWeeks : phrases.evenWeeks;
    if (from === undefined || to === undefined) return capitalize(parityWords!);
    const weeks = from === to ? `${phrases.week} ${from}` : `${WORDS[language].weeks} ${from}–${to}`;
    return parityWords ? `${weeks}, ${parityWords}` : weeks;
  }
  const { from, to } = period.dates!;
  if (from.length === 10) return describeDates(parsePlainDate(from), parsePlainDate(to), language);
  const [fromMonth, fromDay] = from.split("-").map(Number) as [number, number];
  const [toMonth, toDay] = to.split("-").map(Number) as [number, number];
  const months = MONTH_NAMES[language];
  if (from === to) return `${fromDay} ${months[fromMonth - 1]}`;
  if (fromMonth === toMonth && fromDay < toDay) return `${fromDay}–${toDay} ${months[fromMonth - 1]}`;
  return `${fromDay} ${months[fromMonth - 1]}–${toDay} ${months[toMonth - 1]}`;
}

/** `24 december 2026`, `24–26 december 2026`, `30 november–2 december 2026`, `30 december 2026–2 januari 2027`. */
function describeDates(first: number, last: number, language: Language): string {
  const a = civilFromDays(first);
  const b = civilFromDays(last);
  const months = MONTH_NAMES[language];
  if (first === last) return `${a.day} ${months[a.month - 1]} ${a.year}`;
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${months[a.month - 1]} ${a.year}`;
  if (a.year === b.year) return `${a.day} ${months[a.month - 1]}–${b.day} ${months[b.month - 1]} ${b.year}`;
  return `${a.day} ${months[a.month - 1]} ${a.year}–${b.day} ${months[b.month - 1]} ${b.year}`;
}

/** "stänger kl. 12.00", "öppnar kl. 10.00", "öppnar kl. 10.00 och stänger kl. 01.30 efter midnatt". */
function describeClip(clip: ClipHours, language: Language): string {
  const { opensAt, closesAt } = readRuleHours(clip as RuleHours) as Extract<HoursForm, { form: "clip" }>;
  const phrases = PHRASES[language];
  const parts: string[] = [];
  if (clip.opensAt !== undefined) parts.push(`${phrases.opens} ${formatClock(formatMinutes(opensAt), language)}`);
  if (clip.closesAt !== undefined) {
    const after = closesAt > DAY ? ` ${phrases.afterMidnight}` : "";
    parts.push(`${phrases.closes} ${formatClock(formatMinutes(closesAt), language)}${after}`);
  }
  return parts.join(` ${WORDS[language].and} `);
}

function formatRanges(ranges: readonly MinuteRange[], language: Language): string {
  const text = formatIntervals(ranges.map((r) => ({ from: formatMinutes(r.from), to: formatMinutes(r.to) })), language);
  // "10.11–16.12" could be 10 November–16 December: "kl." says it is the time.
  return language === "sv" && /(^|–| )(1\d|2[0-3])\.1[0-2](?!\d)/.test(text) ? `kl. ${text}` : text;
}

/** Whether the weekly hours or a period open on a Sunday (then holidays are not taken as closed). */
function opensOnSundays(config: ScheduleConfig): boolean {
  const weekly = readWeek(config.weekly ?? {});
  if ((weekly[6]?.length ?? 0) > 0) return true;
  return (config.periods ?? []).some((period) => {
    const form = readRuleHours(period.hours as RuleHours);
    if (form.form === "list") return form.ranges.length > 0;
    if (form.form === "week") return (form.days[6]?.length ?? 0) > 0;
    return false;
  });
}

/** Whether any weekday is ever open by the weekly hours or a period (else a holiday is closed either way). */
function opensAtAll(config: ScheduleConfig): boolean {
  if (readWeek(config.weekly ?? {}).some((ranges) => (ranges?.length ?? 0) > 0)) return true;
  return (config.periods ?? []).some((period) => {
    const form = readRuleHours(period.hours as RuleHours);
    if (form.form === "list") return form.ranges.length > 0;
    if (form.form === "week") return form.days.some((ranges) => (ranges?.length ?? 0) > 0);
    return false;
  });
}


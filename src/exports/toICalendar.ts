import { describe, formatPlainDate, MS_PER_DAY } from "../calendar/plainDate";
import type { DayHours, Schedule } from "../schedule/createSchedule";
import { toEpochMs, type Instant } from "../schedule/instant";
import type { Language } from "../schedule/rules";
import { formatIntervals } from "../texts/formatHours";
import { createZone, type Zone } from "../zone/zone";
import { escapeText, icalDate, icalLocalDateTime, icalUtcDateTime, joinContentLines } from "./icalText";
import { vTimezone } from "./vTimezone";
import { checkDateRange, checkOptionKeys } from "./checkArguments";

/** Options of `toICalendar`. */
export interface ICalendarOptions {
  /** First date of the calendar, `YYYY-MM-DD` (inclusive). */
  from: string;
  /** Last date of the calendar, `YYYY-MM-DD` (inclusive); the window holds at most 1096 days (three years). */
  to: string;
  /** Also add every open interval as a timed event in the schedule's zone (default `false`). */
  includeOpenIntervals?: boolean;
  /** Language of the event texts: `"sv"` (default) or `"en"`. */
  language?: Language;
  /** DTSTAMP of the events (default: now). Give one for reproducible output. */
  timestamp?: Instant;
}

/** The longest window, in days: any three calendar years, a leap day included. */
export const MAX_ICALENDAR_DAYS = 3 * 365 + 1;

const OPTION_KEYS = ["from", "to", "includeOpenIntervals", "language", "timestamp"] as const;

const WORDS: Record<Language, { open: string; closed: string; openEvent: string }> = {
  sv: { open: "öppet", closed: "stängt", openEvent: "Öppet" },
  en: { open: "open", closed: "closed", openEvent: "Open" },
};

/**
 * A schedule as an iCalendar file (RFC 5545), for "add to calendar" links and calendar
 * subscriptions. Every date in [`from`, `to`] whose hours are not the regular weekly ones —
 * public holidays, work-free eves, bridge days, days before eves and red days, periods,
 * exceptions — is an all-day event named after its rule and hours ("Dag före afton: öppet
 * 08.00–12.00", "Julafton: stängt"). With `includeOpenIntervals`, every open interval of the
 * window is also a timed event in the schedule's zone, which a VTIMEZONE built from the
 * zone's real offset changes defines, so calendars place it right across daylight-saving
 * changes. An interval that crosses the window's edge is clipped to it, as by `openIntervals`.
 *
 * Lines end in CRLF and are folded at 75 octets; UIDs are stable (`2026-12-24-workFreeEve@oppettider`,
 * `20261223T070000Z-open@oppettider`), so a re-published calendar updates its events.
 * Throws `TypeError` for a missing or mistyped argument, `RangeError` for an impossible date,
 * `to` before `from`, a window over 1096 days or years outside 2005–2100.
 *
 * @example
 * toICalendar(createSchedule(presets.arjeplog), { from: "2026-12-23", to: "2026-12-24" })
 * // BEGIN:VCALENDAR … BEGIN:VEVENT
 * // UID:2026-12-23-dayBeforeEve@oppettider
 * // DTSTART;VALUE=DATE:20261223
 * // DTEND;VALUE=DATE:20261224
 * // SUMMARY:Dag före afton: öppet 08.00–12.00 … END:VEVENT
 * // BEGIN:VEVENT … SUMMARY:Julafton: stängt … END:VEVENT END:VCALENDAR
 *
 * @example
 * toICalendar(schedule, { from: "2026-12-23", to: "2026-12-23", includeOpenIntervals: true, language: "en" })
 * // … SUMMARY:Day before a holiday eve: open 08:00–12:00 …
 * // … DTSTART;TZID=Europe/Stockholm:20261223T080000
 * // DTEND;TZID=Europe/Stockholm:20261223T120000
 * // SUMMARY:Open …
 */
export function toICalendar(schedule: Schedule, options: ICalendarOptions): string {
  checkSchedule(schedule);
  const { first, last, includeOpenIntervals, language, stamp } = checkOptions(options);
  const zone = createZone(schedule.timeZone);
  const windowStart = zone.localToEpoch(first * MS_PER_DAY);
  const windowEnd = zone.localToEpoch((last + 1) * MS_PER_DAY);

  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//oppettider//oppettider//${language.toUpperCase()}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...vTimezone(zone.name, windowStart, windowEnd),
  ];
  const intervals = includeOpenIntervals ? schedule.openIntervals(windowStart, windowEnd) : [];
  let next = 0;
  // Day by day: a date's all-day event, then the open intervals that start that day.
  for (let dayNumber = first; dayNumber <= last; dayNumber++) {
    const day = schedule.day(formatPlainDate(dayNumber));
    if (day.rule.kind !== "weekly") lines.push(...dayEvent(day, dayNumber, language, stamp));
    const dayEnd = dayNumber === last ? windowEnd : zone.localToEpoch((dayNumber + 1) * MS_PER_DAY);
    for (; next < intervals.length && intervals[next]!.start.getTime() < dayEnd; next++) {
      const { start, end } = intervals[next]!;
      lines.push(...openEvent(schedule, zone, start.getTime(), end.getTime(), language, stamp));
    }
  }
  lines.push("END:VCALENDAR");
  return joinContentLines(lines);
}

/** An all-day VEVENT for a date with hours of its own. */
function dayEvent(day: DayHours, dayNumber: number, language: Language, stamp: string): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${day.date}-${day.rule.kind}@oppettider`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icalDate(dayNumber)}`,
    `DTEND;VALUE=DATE:${icalDate(dayNumber + 1)}`,
    `SUMMARY:${escapeText(daySummary(day, language))}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/** A timed VEVENT for an open interval; its DESCRIPTION names the rule in force at its start. */
function openEvent(schedule: Schedule, zone: Zone, start: number, end: number, language: Language, stamp: string): string[] {
  const rule = schedule.ruleAt(start);
  return [
    "BEGIN:VEVENT",
    `UID:${icalUtcDateTime(start)}-open@oppettider`,
    `DTSTAMP:${stamp}`,
    `DTSTART${zonedDateTime(zone, start)}`,
    `DTEND${zonedDateTime(zone, end)}`,
    `SUMMARY:${escapeText(WORDS[language].openEvent)}`,
    `DESCRIPTION:${escapeText(rule.labels[language])}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/**
 * `"Dag före afton: öppet 08.00–12.00"`, `"Julafton: stängt"`,
 * `"Ordinarie öppettider: öppet 08.00–12.00 och 13.00–16.00"` (times as `formatIntervals` writes them).
 */
function daySummary(day: DayHours, language: Language): string {
  const words = WORDS[language];
  const label = day.rule.labels[language];
  return day.intervals.length === 0 ? `${label}: ${words.closed}` : `${label}: ${words.open} ${formatIntervals(day.intervals, language)}`;
}

/**
 * `;TZID=Europe/Stockholm:20261223T080000`, or `:20261025T003000Z` for a wall-clock time
 * that happens twice (the hour the clocks are turned back), which TZID cannot tell apart.
 */
function zonedDateTime(zone: Zone, epochMs: number): string {
  const local = zone.epochToLocal(epochMs);
  return isAmbiguous(zone, local, epochMs) ? `:${icalUtcDateTime(epochMs)}` : `;TZID=${zone.name}:${icalLocalDateTime(local)}`;
}

/** Whether a wall-clock time is reached by an instant other than `epochMs` too. */
function isAmbiguous(zone: Zone, localMs: number, epochMs: number): boolean {
  const offsets = new Set([zone.offsetAt(epochMs - MS_PER_DAY), zone.offsetAt(epochMs + MS_PER_DAY)]);
  for (const offset of offsets) {
    const candidate = localMs - offset * 60_000;
    if (candidate !== epochMs && zone.offsetAt(candidate) === offset) return true;
  }
  return false;
}

function checkSchedule(schedule: unknown): asserts schedule is Schedule {
  const s = schedule as Partial<Schedule> | null;
  if (typeof s !== "object" || s === null || typeof s.day !== "function" || typeof s.openIntervals !== "function" || typeof s.timeZone !== "string") {
    throw new TypeError(`toICalendar: schedule must be a Schedule from createSchedule(config), got ${describe(schedule)}`);
  }
}

function checkOptions(options: unknown) {
  checkOptionKeys(options, OPTION_KEYS, "toICalendar", '{ from: "YYYY-MM-DD", to: "YYYY-MM-DD" }');
  const { from, to, includeOpenIntervals, language, timestamp } = options as Partial<ICalendarOptions>;
  const { first, last } = checkDateRange(from, to, MAX_ICALENDAR_DAYS, "toICalendar");
  if (includeOpenIntervals !== undefined && typeof includeOpenIntervals !== "boolean") {
    throw new TypeError(`toICalendar: includeOpenIntervals must be true or false, got ${describe(includeOpenIntervals)}`);
  }
  if (language !== undefined && language !== "sv" && language !== "en") {
    throw new RangeError(`toICalendar: language must be "sv" or "en", got ${describe(language)}`);
  }
  const stampMs = timestamp === undefined ? Date.now() : toEpochMs(timestamp, "toICalendar: timestamp");
  return { first, last, includeOpenIntervals: includeOpenIntervals === true, language: language ?? "sv", stamp: icalUtcDateTime(stampMs) };
}

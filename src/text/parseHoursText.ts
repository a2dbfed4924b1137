import { checkCalendar, type CalendarCode } from "../calendar/calendars";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";
import { localDateInZone } from "../zone/isoInstant";
import type { ContactLine } from "./contacts";
import type { ReadScheduleConfig } from "./readConfig";
import { readSections, type HoursSection, type UnreadLine } from "./readSections";
import type { HolidayReading } from "./scheduleBuilder";
import { forgetPerTextCaches } from "./perTextCache";

/** Options of `parseHoursText`. */
export interface ParseHoursOptions {
  /** The year of dates written without one ("24–26 december stängt"); default: this year in Sweden. */
  year?: number;
  /**
   * Public holidays and midsommar-, jul- och nyårsafton the text does not mention:
   * `"auto"` (default) reads them as closed when no Sunday is open, as red days are like
   * Sundays (an office, a phone line: "Mån–fre 08–16" is not open on julafton; a library open
   * on Saturdays is closed on Kristi himmelsfärdsdag), and as the weekly hours when the place
   * opens on Sundays; `"closed"` always closed; `"weekly"` always the weekly hours.
   */
  holidays?: HolidayReading;
  /**
   * Whose red days and named days the text speaks of: `"SE"` (default), `"FI"` (Finland) or
   * `"AX"` (Åland). On FI and AX "Dag före helg" and "helgdagsafton" are the day before a
   * holiday, and the config has `calendar`.
   */
  calendar?: CalendarCode;
}

/** What `parseHoursText` read. */
export interface ParseHoursResult {
  /**
   * The schedule config of the first section with visiting hours (the whole text when it has
   * no unit headings): a section of phone, self-service, appointment or drop-in hours is
   * `config` only when the text gives no other hours.
   */
  readonly config: ReadScheduleConfig;
  /** Every line of the text not read as hours, contacts or headings, with the reason, in line order. */
  readonly unread: readonly UnreadLine[];
  /** Phone numbers, e-mail and web addresses the text gives, in line order. */
  readonly contacts: readonly ContactLine[];
  /** What the reader decided where the text leaves room, for a person to check. */
  readonly assumptions: readonly string[];
  /** One section per unit heading ("Biblioteket", "Simhallen"); the first is `config`'s. */
  readonly sections: readonly HoursSection[];
}

const HOLIDAY_READINGS: readonly HolidayReading[] = ["auto", "closed", "weekly"];

/**
 * Reads an opening-hours block as Swedish pages write it (SPEC §10) into a schedule config,
 * with every line it could not read and why. It never drops a line silently and never
 * invents hours: a line it cannot read, or can read two ways, is in `unread`.
 *
 * @example
 * const { config, unread } = parseHoursText("Måndag–torsdag 08.00–12.00 och 13.00–16.00\nFredag 08.00–15.00\nSkärtorsdag 10–14", { year: 2026 });
 * config.weekly.fri // => ["08:00-15:00"]
 * config.namedDays // => { "skärtorsdagen": { hours: ["10:00-14:00"] } }
 * unread // => []
 */
export function parseHoursText(text: string, options: ParseHoursOptions = {}): ParseHoursResult {
  if (typeof text !== "string") throw new TypeError(`parseHoursText: text must be a string, got ${text === null ? "null" : typeof text}`);
  if (typeof options !== "object" || options === null) throw new TypeError("parseHoursText: options must be an object");
  const year = options.year ?? Number(localDateInZone(new Date(), "Europe/Stockholm").slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(`parseHoursText: year must be a whole year ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}, got ${String(options.year)}`);
  }
  const holidays = options.holidays ?? "auto";
  if (!HOLIDAY_READINGS.includes(holidays)) {
    throw new RangeError(`parseHoursText: holidays must be one of ${HOLIDAY_READINGS.map((h) => `"${h}"`).join(", ")}, got ${JSON.stringify(options.holidays)}`);
  }
  const calendar = checkCalendar(options.calendar, "parseHoursText");
  // Work kept for this text only (perTextCache.ts): none from an earlier text, none after.
  forgetPerTextCaches();
  let sections: HoursSection[];
  try {
    sections = readSections(text, { year, holidays, calendar });
  } finally {
    forgetPerTextCaches();
  }
  // The place's visiting hours, not its phone line's or its self-service hours, when both are given.
  const main = sections.find((s) => s.statements > 0 && (s.kind === undefined || s.kind === "visiting")) ?? sections.find((s) => s.statements > 0) ?? sections[0]!;
  return {
    config: main.config,
    unread: sections.flatMap((s) => s.unread).sort((a, b) => a.line - b.line),
    contacts: sections.flatMap((s) => s.contacts).sort((a, b) => a.line - b.line),
    assumptions: sections.flatMap((s) => (s.heading && sections.length > 1 ? s.assumptions.map((a) => `${s.heading}: ${a}`) : s.assumptions)),
    sections,
  };
}

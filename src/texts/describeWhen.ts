import { civilFromDays, MS_PER_DAY, pad2, weekdayOf } from "../calendar/plainDate";
import { createZone } from "../zone/zone";
import type { Language } from "../schedule/rules";
import { formatClock } from "./formatHours";
import { MONTH_NAMES, WEEKDAY_NAMES, WORDS } from "./words";

/** Days ahead within which a weekday name alone is clear ("öppnar måndag 08.00" from a Friday). */
const WEEKDAY_ONLY_DAYS = 3;

/** The local calendar facts of an instant in a zone. */
export interface LocalMoment {
  readonly dayNumber: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** `"HH:MM"`. */
  readonly time: string;
}

/**
 * The wall-clock date and time of an instant in a zone.
 *
 * @example
 * localMoment(new Date("2026-12-23T07:00:00Z"), "Europe/Stockholm").time // => "08:00"
 */
export function localMoment(at: Date, timeZone: string): LocalMoment {
  // The zone's own offset timeline (shared, cached per year): no Intl call per text.
  const local = createZone(timeZone).epochToLocal(at.getTime());
  const dayNumber = Math.floor(local / MS_PER_DAY);
  const { year, month, day } = civilFromDays(dayNumber);
  const minutes = Math.floor((local - dayNumber * MS_PER_DAY) / 60_000);
  return { dayNumber, year, month, day, weekday: weekdayOf(dayNumber), time: `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}` };
}

/**
 * "When" as a person says it, relative to now: `13.00` (today), `imorgon 08.00`,
 * `måndag 08.00` (within three days), `måndag 28 december 08.00`, with the year when it
 * is another year. With `clockWord`, the time gets "kl." (`måndag 28 december kl. 08.00`).
 * With `asEnd` (a closing time), midnight is the end of the day before: `24.00`, not
 * `imorgon 00.00`.
 *
 * @example
 * describeWhen(new Date("2026-12-28T07:00:00Z"), new Date("2026-12-24T09:00:00Z"), "Europe/Stockholm", "sv")
 * // => "måndag 28 december 08.00"
 * describeWhen(new Date("2026-11-25T23:00:00Z"), new Date("2026-11-25T22:59:00Z"), "Europe/Stockholm", "sv", false, true)
 * // => "24.00"
 */
export function describeWhen(when: Date, now: Date, timeZone: string, language: Language, clockWord = false, asEnd = false): string {
  let target = localMoment(when, timeZone);
  let time = target.time;
  if (asEnd && time === "00:00") {
    // An end at midnight closes the day before: "stänger 24.00", not "stänger imorgon 00.00".
    target = localMoment(new Date(when.getTime() - 60_000), timeZone);
    time = "24:00";
  }
  const today = localMoment(now, timeZone);
  const clock = `${clockWord ? `${WORDS[language].at} ` : ""}${formatClock(time, language)}`;
  const daysAhead = target.dayNumber - today.dayNumber;
  if (daysAhead === 0) return clock;
  if (daysAhead === 1) return `${WORDS[language].tomorrow} ${clock}`;
  const weekday = WEEKDAY_NAMES[language][target.weekday - 1]!;
  if (daysAhead > 1 && daysAhead <= WEEKDAY_ONLY_DAYS) return `${weekday} ${clock}`;
  return `${describeDate(target, language, target.year !== today.year)} ${clock}`;
}

/**
 * A date as Swedes write it: `måndag 28 december` (English: `Monday 28 December`).
 *
 * @example
 * describeDate({ year: 2026, month: 12, day: 28, weekday: 1 }, "sv") // => "måndag 28 december"
 */
export function describeDate(date: { year: number; month: number; day: number; weekday: number }, language: Language, withYear = false): string {
  const text = `${WEEKDAY_NAMES[language][date.weekday - 1]} ${date.day} ${MONTH_NAMES[language][date.month - 1]}`;
  return withYear ? `${text} ${date.year}` : text;
}

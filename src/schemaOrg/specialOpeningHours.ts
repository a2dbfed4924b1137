import { formatPlainDate } from "../calendar/plainDate";
import type { DayInterval, Schedule } from "../schedule/createSchedule";
import type { MinuteRange } from "../schedule/timeRange";
import { openingHoursOn, type PlainOpeningHours } from "./openingHoursOn";
import type { SchemaOrgOpeningHours } from "./jsonLdTypes";
import { opensCloses, rangeOfOpensCloses } from "./openingHoursTimes";

/**
 * `specialOpeningHoursSpecification` entries for every date of `first`…`last` whose hours
 * differ from what the regular entries say for it (as `openingHoursOn` reads them): public
 * holidays, work-free eves, bridge days, days before eves and red days, exceptions, and any
 * date the regular entries cannot express. One entry per open interval, or one
 * `"00:00"`–`"00:00"` entry for a closed date (Google's "closed all day"), each with
 * `validFrom` = `validThrough` = the date and the rule's label as `name`. A date whose hours
 * the regular entries already give (a public holiday on a Saturday that is closed anyway) gets none.
 * Throws `RangeError` for a date with an interval longer than 24 hours.
 *
 * @example
 * specialOpeningHours(createSchedule(presets.arjeplog), regular, daysFromCivil(2026, 12, 23), daysFromCivil(2026, 12, 24))
 * // => [{ "@type": "OpeningHoursSpecification", name: "Dag före afton", opens: "08:00", closes: "12:00", validFrom: "2026-12-23", validThrough: "2026-12-23" },
 * //     { "@type": "OpeningHoursSpecification", name: "Julafton", opens: "00:00", closes: "00:00", validFrom: "2026-12-24", validThrough: "2026-12-24" }]
 */
export function specialOpeningHours(
  schedule: Schedule,
  regular: readonly PlainOpeningHours[],
  first: number,
  last: number,
): SchemaOrgOpeningHours[] {
  const specials: SchemaOrgOpeningHours[] = [];
  for (let dayNumber = first; dayNumber <= last; dayNumber++) {
    const day = schedule.day(formatPlainDate(dayNumber));
    const pairs = day.intervals.length === 0 ? [{ opens: "00:00", closes: "00:00" }] : day.intervals.map((interval) => opensCloses(rangeOf(interval), `toSchemaOrg: ${day.date} is open`));
    // Compare what a reader would see: the date's own entries read back, against the regular ones.
    const wanted = pairs.map((pair) => rangeOfOpensCloses(pair.opens, pair.closes)).filter((range): range is MinuteRange => range !== null);
    if (sameRanges(wanted, openingHoursOn(regular, [], dayNumber))) continue;
    for (const pair of pairs) {
      specials.push({ "@type": "OpeningHoursSpecification", name: day.rule.label, ...pair, validFrom: day.date, validThrough: day.date });
    }
  }
  return specials;
}

/**
 * A day's interval (`"13:00"`–`"26:00"`) in minutes.
 *
 * @example
 * rangeOf({ from: "22:00", to: "26:00" }) // => { from: 1320, to: 1560 }
 */
export function rangeOf(interval: DayInterval): MinuteRange {
  const minutes = (time: string) => Number(time.slice(0, -3)) * 60 + Number(time.slice(-2));
  return { from: minutes(interval.from), to: minutes(interval.to) };
}

/**
 * Whether two lists of ranges are the same, in order.
 *
 * @example
 * sameRanges([{ from: 480, to: 720 }], [{ from: 480, to: 720 }]) // => true
 */
export function sameRanges(a: readonly MinuteRange[], b: readonly MinuteRange[]): boolean {
  return a.length === b.length && a.every((range, i) => range.from === b[i]!.from && range.to === b[i]!.to);
}

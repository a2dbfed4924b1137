import type { DayOfWeek } from "schema-dts";
import { formatPlainDate } from "../calendar/plainDate";
import { WEEKDAYS } from "../schedule/ruleKinds";
import type { ScheduleConfig, WeekHours } from "../schedule/schema";
import { clipRanges, readRuleHours, type RuleHours } from "../schedule/ruleHours";
import { formatMinutes, parseTimeRange, type MinuteRange } from "../schedule/timeRange";
import type { PlainOpeningHours } from "./openingHoursOn";
import { periodOccurrences } from "./periodOccurrences";
import { weeklyOpeningHours } from "./weeklyOpeningHours";

const DAY_NAMES: readonly DayOfWeek[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/**
 * The regular hours of a schedule as schema.org `openingHoursSpecification` entries:
 *
 * - the weekly hours, year-round (no `validFrom`/`validThrough`), as `weeklyOpeningHours` writes them;
 * - for every period (summer weeks, `06-15..08-09`, odd weeks, …), one set of entries per
 *   concrete occurrence that overlaps the window `first`…`last`, dated with the occurrence's
 *   whole extent, for the weekdays the period names (all seven for a list of intervals; for
 *   a clip, the weekdays with weekly hours, cut to the clip). A weekday the period closes
 *   (`[]`, or a clip that leaves nothing) gets a `"00:00"`–`"00:00"` entry, so that it
 *   replaces the weekly hours too.
 *
 * A reader takes the dated entries of a date's weekday in place of the year-round ones
 * (`openingHoursOn`). When the config's `precedence` puts `weekly` before `period`, periods never
 * decide a date and get no entries. Where two periods overlap, the reader would combine both;
 * `specialOpeningHours` then corrects those dates inside the window.
 *
 * @example
 * regularOpeningHours(presets.arjeplog, daysFromCivil(2026, 6, 1), daysFromCivil(2026, 6, 30))
 * // => [{ "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", …, "Friday"], opens: "08:00", closes: "12:00" }, …,
 * //     { "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", …, "Friday"], opens: "09:00", closes: "12:00",
 * //       validFrom: "2026-06-15", validThrough: "2026-08-09" }, …]
 */
export function regularOpeningHours(config: Readonly<ScheduleConfig>, first: number, last: number): PlainOpeningHours[] {
  const specs = weekSpecs(config.weekly ?? {}, "weekly");
  const precedence = config.precedence;
  if (precedence && precedence.indexOf("weekly") < precedence.indexOf("period")) return specs;
  (config.periods ?? []).forEach((period, index) => {
    const hours = periodWeekHours(period.hours, config.weekly ?? {});
    const periodSpecs = [...weekSpecs(hours, `periods[${index}].hours`), ...closedWeekdays(hours)];
    for (const run of periodOccurrences(period, first, last)) {
      const validity = { validFrom: formatPlainDate(run.first), validThrough: formatPlainDate(run.last) };
      specs.push(...periodSpecs.map((spec) => ({ ...spec, ...validity })));
    }
  });
  return specs;
}

/**
 * A period's hours per weekday as a reader of the entries should take them in its season: a
 * list for every weekday, hours per weekday as written, a clip as the weekly hours cut to it.
 * (Where a clip period overlaps another period, `specialOpeningHours` corrects the dates.)
 */
function periodWeekHours(hours: RuleHours, weekly: WeekHours): WeekHours {
  const form = readRuleHours(hours);
  if (form.form === "week") return hours as WeekHours;
  const week: WeekHours = {};
  const texts = (ranges: readonly MinuteRange[]) => ranges.map((r) => `${formatMinutes(r.from)}-${formatMinutes(r.to)}`);
  WEEKDAYS.forEach((day) => {
    if (form.form === "list") week[day] = texts(form.ranges);
    else if (weekly[day]?.length) week[day] = texts(clipRanges(weekly[day]!.map((text) => parseTimeRange(text) as MinuteRange), form.opensAt, form.closesAt));
  });
  return week;
}

/** `weeklyOpeningHours`, with the config path in its errors. */
function weekSpecs(week: WeekHours, path: string): PlainOpeningHours[] {
  return weeklyOpeningHours(week, `toSchemaOrg: ${path}`) as PlainOpeningHours[];
}

/** One `"00:00"`–`"00:00"` entry (Google's "closed") for the weekdays a period names as closed (`[]`). */
function closedWeekdays(week: WeekHours): PlainOpeningHours[] {
  const days = WEEKDAYS.flatMap((weekday, index) => (week[weekday]?.length === 0 ? [DAY_NAMES[index]!] : []));
  return days.length === 0 ? [] : [{ "@type": "OpeningHoursSpecification", dayOfWeek: days, opens: "00:00", closes: "00:00" }];
}

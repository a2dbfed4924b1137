import type { DayOfWeek, OpeningHoursSpecification } from "schema-dts";
import { WEEKDAYS } from "../schedule/ruleKinds";
import type { WeekHours } from "../schedule/schema";
import { formatMinutes, parseTimeRange, type MinuteRange } from "../schedule/timeRange";

const DAY_NAMES: readonly DayOfWeek[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/**
 * Weekly hours as schema.org `OpeningHoursSpecification`s, one per interval, with the
 * weekdays that share it grouped. An interval past midnight closes at the next day's
 * time (`closes` earlier than `opens`), as schema.org reads it.
 *
 * @example
 * weeklyOpeningHours({ mon: ["08:00-16:00"], tue: ["08:00-16:00"] })
 * // => [{ "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", "Tuesday"], opens: "08:00", closes: "16:00" }]
 */
export function weeklyOpeningHours(week: WeekHours): OpeningHoursSpecification[] {
  const groups = new Map<string, { range: MinuteRange; days: DayOfWeek[] }>();
  WEEKDAYS.forEach((weekday, index) => {
    for (const text of week[weekday] ?? []) {
      const range = parseTimeRange(text) as MinuteRange; // validated config
      const key = `${range.from}-${range.to}`;
      const group = groups.get(key) ?? { range, days: [] };
      group.days.push(DAY_NAMES[index]!);
      groups.set(key, group);
    }
  });
  return [...groups.values()].map(({ range, days }) => ({
    "@type": "OpeningHoursSpecification",
    dayOfWeek: days,
    opens: formatMinutes(range.from),
    closes: formatMinutes(range.to % (24 * 60)),
  }));
}

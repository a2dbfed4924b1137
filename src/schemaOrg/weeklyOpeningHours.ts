import type { OpeningHoursSpecification } from "schema-dts";
import { WEEKDAYS } from "../schedule/ruleKinds";
import type { WeekHours } from "../schedule/schema";
import { parseTimeRange, type MinuteRange } from "../schedule/timeRange";
import type { SchemaOrgDayOfWeek, SchemaOrgOpeningHours } from "./jsonLdTypes";
import { opensCloses } from "./openingHoursTimes";

const DAY_NAMES: readonly SchemaOrgDayOfWeek[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/**
 * Weekly hours as schema.org `OpeningHoursSpecification`s, one per interval, with the
 * weekdays that share it grouped, written as `opensCloses` writes them (past midnight:
 * `closes` earlier than `opens`; a whole day `"00:00"`–`"23:59"`). Throws `RangeError` for
 * an interval longer than 24 hours, which schema.org cannot express.
 *
 * @example
 * weeklyOpeningHours({ mon: ["08:00-16:00"], tue: ["08:00-16:00"] })
 * // => [{ "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", "Tuesday"], opens: "08:00", closes: "16:00" }]
 */
export function weeklyOpeningHours(week: WeekHours, path = "weekly"): SchemaOrgOpeningHours[] {
  const groups = new Map<string, { range: MinuteRange; days: SchemaOrgDayOfWeek[] }>();
  WEEKDAYS.forEach((weekday, index) => {
    for (const text of week[weekday] ?? []) {
      const range = parseTimeRange(text) as MinuteRange; // validated config
      opensCloses(range, `${path}.${weekday}`); // throws for what schema.org cannot express
      const key = `${range.from}-${range.to}`;
      const group = groups.get(key) ?? { range, days: [] };
      group.days.push(DAY_NAMES[index]!);
      groups.set(key, group);
    }
  });
  return [...groups.values()].map(
    ({ range, days }) =>
      ({
        "@type": "OpeningHoursSpecification",
        dayOfWeek: days,
        ...opensCloses(range),
      }) satisfies OpeningHoursSpecification,
  );
}

import { parseWith } from "../validation/configError";
import { ScheduleConfigSchema, type ScheduleConfig } from "./schema";

/**
 * Checks a schedule config and returns it typed; throws `ConfigError` listing every problem.
 *
 * @example
 * validateScheduleConfig({ weekly: { mon: ["08:00-12:00", "13:00-12:00"] } })
 * // ConfigError: invalid schedule config:
 * //   weekly.mon[1]: "13:00-12:00" ends before it starts (…)
 */
export function validateScheduleConfig(config: unknown): ScheduleConfig {
  return parseWith(ScheduleConfigSchema, config, "schedule config");
}

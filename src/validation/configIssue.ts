/*
 * The shape of one configuration problem, on its own so that the checks that find problems
 * (checkConfigShape, the zone and calendar checks) and ConfigError that lists them need not
 * import each other.
 */

/**
 * One problem found in a configuration, at a path such as `weekly.mon[1]`.
 *
 * @example
 * const issue: ConfigIssue = { path: "weekly.mon[1]", message: "09:00–08:00 ends before it starts" };
 */
export interface ConfigIssue {
  readonly path: string;
  readonly message: string;
}

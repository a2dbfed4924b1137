/** The kinds of rule that can decide a date's hours, in the default precedence (SPEC §7). */
export const RULE_KINDS = [
  "exception",
  "namedDay",
  "publicHoliday",
  "workFreeEve",
  "bridgeDay",
  "dayBeforeEve",
  "dayBeforeRedDay",
  "period",
  "weekly",
] as const;

/**
 * A kind of rule: `exception`, `namedDay`, `publicHoliday`, `workFreeEve`, `bridgeDay`,
 * `dayBeforeEve`, `dayBeforeRedDay`, `period` or `weekly`.
 */
export type RuleKind = (typeof RULE_KINDS)[number];

/** The day kinds a config can give hours for under `dayKinds`. */
export const DAY_KINDS = ["publicHoliday", "workFreeEve", "bridgeDay", "dayBeforeEve", "dayBeforeRedDay"] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/** Weekday keys of a config, Monday first (index + 1 = ISO weekday). */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * The precedence a config's rules are applied in: its own `precedence` list, or the default.
 * A list written before named days existed may leave `namedDay` out: it then goes right
 * before the first of `publicHoliday` and `workFreeEve`, as in the default order.
 *
 * @example
 * effectivePrecedence(undefined) // => RULE_KINDS
 * effectivePrecedence(["weekly", "exception", "publicHoliday", "workFreeEve", …])
 * // => ["weekly", "exception", "namedDay", "publicHoliday", "workFreeEve", …]
 */
export function effectivePrecedence(precedence: readonly RuleKind[] | undefined): readonly RuleKind[] {
  if (precedence === undefined) return RULE_KINDS;
  if (precedence.includes("namedDay")) return precedence;
  const found = precedence.findIndex((kind) => kind === "publicHoliday" || kind === "workFreeEve");
  const at = found < 0 ? precedence.length : found; // a validated list has both
  return [...precedence.slice(0, at), "namedDay", ...precedence.slice(at)];
}

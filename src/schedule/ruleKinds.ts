/** The kinds of rule that can decide a date's hours, in the default precedence (SPEC §2). */
export const RULE_KINDS = [
  "exception",
  "publicHoliday",
  "workFreeEve",
  "bridgeDay",
  "dayBeforeEve",
  "dayBeforeRedDay",
  "period",
  "weekly",
] as const;

/** A kind of rule: `exception`, `publicHoliday`, `workFreeEve`, `bridgeDay`, `dayBeforeEve`, `dayBeforeRedDay`, `period` or `weekly`. */
export type RuleKind = (typeof RULE_KINDS)[number];

/** The day kinds a config can give hours for under `dayKinds`. */
export const DAY_KINDS = ["publicHoliday", "workFreeEve", "bridgeDay", "dayBeforeEve", "dayBeforeRedDay"] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/** Weekday keys of a config, Monday first (index + 1 = ISO weekday). */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

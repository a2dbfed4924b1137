import type { CalendarCode } from "../calendar/calendars";
import type { DayKind, Weekday } from "../schedule/ruleKinds";

/*
 * The schedule config the reader writes: the config format of DESIGN.md ("Config format"),
 * as plain JSON. Rules always use the full form `{ hours }`.
 */

/** `["08:00-12:00", "13:00-16:00"]`; `[]` = closed. */
export type ReadHours = string[];
/** Hours for the weekdays it names only. */
export type ReadWeekHours = Partial<Record<Weekday, ReadHours>>;
/** The hours the day would have without the rule, cut to `[opensAt, closesAt)`. */
export interface ReadClip {
  opensAt?: string;
  closesAt?: string;
}
/** A rule's hours: a list, a week-hours object, or a clip. */
export type ReadRuleHours = ReadHours | ReadWeekHours | ReadClip;

export interface ReadPeriod {
  weeks?: { from?: number; to?: number; parity?: "odd" | "even" };
  dates?: { from: string; to: string };
  hours: ReadRuleHours;
  label?: string;
}

export interface ReadException {
  date?: string;
  from?: string;
  to?: string;
  hours: ReadRuleHours;
  note?: string;
}

/** A schedule config read from text. */
export interface ReadScheduleConfig {
  /** Whose red days (SPEC §14); written only when not Sweden's. */
  calendar?: CalendarCode;
  weekly?: ReadWeekHours;
  periods?: ReadPeriod[];
  dayKinds?: Partial<Record<DayKind, { hours: ReadRuleHours; label?: string }>>;
  namedDays?: Record<string, { hours: ReadRuleHours; label?: string }>;
  exceptions?: ReadException[];
}

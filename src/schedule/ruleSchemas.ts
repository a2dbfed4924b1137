import * as z from "zod/mini";
import { describe } from "../calendar/plainDate";
import { CALENDARS, type CalendarCode } from "../calendar/calendars";
import { namedDayCalendars, namedDayKey, namedDaysOf } from "../calendar/namedDays";
import { isPlainObject } from "../validation/checkConfigShape";
import { formatPath } from "../validation/configError";
import { report, type CheckContext } from "../validation/zodHelpers";
import { HoursSchema, LabelSchema, WeekHoursSchema } from "./hoursSchemas";
import { CLIP_KEYS, type ClipHours, type RuleEntry, type RuleHours } from "./ruleHours";
import { WEEKDAYS } from "./ruleKinds";
import { parseClock } from "./timeRange";
import { WITHOUT_LOCALE } from "../validation/withoutLocale";

/*
 * The schemas of a rule's hours in the forms people write them (SPEC §8): a list, hours per
 * weekday, or a clip; and of a `dayKinds`/`namedDays` entry, full (`{ hours, label }`) or
 * short. The form is told by the keys an object has, so that a mistake is reported in the
 * terms of the form it was meant as (`closesAt: "11:00" is before opensAt "12:00"`), never as
 * "matches no alternative".
 */

const WEEKDAY_KEYS: readonly string[] = WEEKDAYS;
const CLIP_KEY_LIST: readonly string[] = CLIP_KEYS;


/** A strict object whose unknown-key message lists `known` (which may be more than its own keys). */
function strictListing<Shape extends z.core.$ZodLooseShape>(shape: Shape, known: readonly string[]) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")} (known keys: ${known.join(", ")})`
        : undefined,
  });
}

/** Checks a value with another schema, adding its problems (paths relative to the value) to this check's. */
function forward(schema: z.ZodMiniType, value: unknown, ctx: CheckContext): void {
  const result = schema.safeParse(value, { ...WITHOUT_LOCALE, reportInput: true });
  if (!result.success) for (const issue of result.error.issues) ctx.issues.push(issue as (typeof ctx.issues)[number]);
}

/** A clip's time: `opensAt` 00:00–23:59, `closesAt` after 00:00 and up to 48:00. */
const clockSchema = (key: (typeof CLIP_KEYS)[number]) =>
  z.string().check(
    z.superRefine((text, ctx) => {
      const minutes = parseClock(text);
      if (typeof minutes === "string") report(ctx, minutes);
      else if (key === "opensAt" && minutes >= 24 * 60) report(ctx, `${JSON.stringify(text)} is not a time of day 00:00–23:59`);
      else if (key === "closesAt" && minutes === 0) report(ctx, `${JSON.stringify(text)} leaves nothing open; write [] for a closed day`);
    }),
  );

const clipShape = { opensAt: z.optional(clockSchema("opensAt")), closesAt: z.optional(clockSchema("closesAt")) };

/** `opensAt` before `closesAt`, and at least one of them. */
function checkClip(clip: ClipHours, ctx: CheckContext): void {
  if (clip.opensAt === undefined && clip.closesAt === undefined) {
    report(ctx, 'a clip needs opensAt or closesAt (e.g. { closesAt: "12:00" })');
    return;
  }
  if (clip.opensAt === undefined || clip.closesAt === undefined) return;
  const opens = parseClock(clip.opensAt);
  const closes = parseClock(clip.closesAt);
  if (typeof opens === "string" || typeof closes === "string" || closes > opens) return;
  const relation = closes === opens ? "is the same time as" : "is before";
  report(ctx, `${JSON.stringify(clip.closesAt)} ${relation} opensAt ${JSON.stringify(clip.opensAt)}`, ["closesAt"]);
}

/** `{ opensAt?, closesAt? }`. */
export const ClipSchema = strictListing(clipShape, CLIP_KEY_LIST).check(z.superRefine(checkClip));

/** A clip with a label: the short form of a `dayKinds`/`namedDays` entry. */
const LabelledClipSchema = strictListing({ ...clipShape, label: z.optional(LabelSchema) }, [...CLIP_KEY_LIST, "label"]).check(z.superRefine(checkClip));

/** Hours per weekday, whose unknown-key message also names the clip keys. */
const RuleWeekHoursSchema = strictListing(WeekHoursSchema.def.shape, [...WEEKDAY_KEYS, ...CLIP_KEY_LIST]);

/** Hours per weekday with a label: the short form of a `dayKinds`/`namedDays` entry. */
const LabelledWeekHoursSchema = strictListing({ ...WeekHoursSchema.def.shape, label: z.optional(LabelSchema) }, [...WEEKDAY_KEYS, "label"]);

const HOURS_EXPECTED = 'a list of intervals (["08:00-12:00"], [] = closed), hours per weekday ({ mon: […] }) or a clip ({ closesAt: "12:00" })';

/** The forms an object's keys point at: `hours` (full form), a clip, hours per weekday. */
function formsOf(value: Record<string, unknown>): { full: boolean; clip: string[]; weekdays: string[] } {
  const keys = Object.keys(value);
  return { full: "hours" in value, clip: keys.filter((k) => CLIP_KEY_LIST.includes(k)), weekdays: keys.filter((k) => WEEKDAY_KEYS.includes(k)) };
}

/** "mixes hours per weekday (mon, sat) and a clip (closesAt); write one of them". */
function mixed(parts: string[]): string {
  return `mixes ${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}; write one of them`;
}

/**
 * The hours of a rule (`periods[i].hours`, `exceptions[i].hours`, or `hours` of a full entry):
 * a list of intervals (`[]` = closed), hours per weekday, or a clip `{ opensAt?, closesAt? }`.
 */
export const RuleHoursSchema = z.custom<RuleHours>().check(
  z.superRefine((value: unknown, ctx) => {
    if (Array.isArray(value)) return forward(HoursSchema, value, ctx);
    if (value === undefined) return report(ctx, `is required: ${HOURS_EXPECTED}`);
    if (!isPlainObject(value)) return report(ctx, `expected ${HOURS_EXPECTED}, got ${describe(value)}`);
    const { clip, weekdays } = formsOf(value);
    if (clip.length > 0 && weekdays.length > 0) return report(ctx, mixed([`hours per weekday (${weekdays.join(", ")})`, `a clip (${clip.join(", ")})`]));
    forward(clip.length > 0 ? ClipSchema : RuleWeekHoursSchema, value, ctx);
  }),
);

/** The full form of an entry: `{ hours, label? }`. */
const FullEntrySchema = strictListing({ hours: RuleHoursSchema, label: z.optional(LabelSchema) }, ["hours", "label"]);

/**
 * A `dayKinds.<kind>` or `namedDays.<name>` entry: `{ hours, label? }`, or the hours alone — a
 * list, hours per weekday or a clip, the last two optionally with a `label`.
 */
export const RuleEntrySchema = z.custom<RuleEntry>().check(
  z.superRefine((value: unknown, ctx) => {
    if (Array.isArray(value)) return forward(HoursSchema, value, ctx);
    if (!isPlainObject(value)) return report(ctx, `expected { hours, label } or the hours alone: ${HOURS_EXPECTED}, got ${describe(value)}`);
    const { full, clip, weekdays } = formsOf(value);
    const parts = [
      ...(full ? ["the full form ({ hours, label })"] : []),
      ...(weekdays.length > 0 ? [`hours per weekday (${weekdays.join(", ")})`] : []),
      ...(clip.length > 0 ? [`a clip (${clip.join(", ")})`] : []),
    ];
    if (parts.length > 1) return report(ctx, mixed(parts));
    if (full) return forward(FullEntrySchema, value, ctx);
    if (clip.length > 0) return forward(LabelledClipSchema, value, ctx);
    if (weekdays.length > 0) return forward(LabelledWeekHoursSchema, value, ctx);
    const unknown = Object.keys(value).filter((key) => key !== "label");
    if (unknown.length > 0) {
      const known = ["hours", "label", ...CLIP_KEY_LIST, ...WEEKDAY_KEYS];
      return report(ctx, `unknown key${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => JSON.stringify(k)).join(", ")} (known keys: ${known.join(", ")})`);
    }
    report(ctx, `is required: ${HOURS_EXPECTED} (or write the hours alone, without \`hours\` and \`label\`)`, ["hours"]);
  }),
);

/**
 * `namedDays`: rules keyed by the Swedish name of an eve or public holiday (SPEC §7). Which
 * names are days depends on the schedule's calendar, so the names are checked with the
 * whole config (`checkNamedDayNames`); this checks the entries.
 */
export const NamedDaysSchema = z.record(z.string(), RuleEntrySchema, {
  error: (issue) => (issue.code === "invalid_type" ? `expected an object keyed by the days' Swedish names, e.g. { "julafton": [] }, got ${Array.isArray(issue.input) ? "a list" : describe(issue.input)}` : undefined),
});

const CALENDAR_NAMES: Record<CalendarCode, string> = { SE: "the Swedish calendar (SE)", FI: "the Finnish calendar (FI)", AX: "the Åland calendar (AX)" };

/**
 * Every key of `namedDays` names a day of the calendar (forgiving case, spaces and a trailing
 * definite "-en"), and no two name the same one. A name of another calendar's day says so
 * ("sveriges nationaldag" on a Finnish schedule). With no valid calendar to go by, a name of
 * any calendar passes (the calendar has its own problem). `inherited`: the calendar is the
 * organisation's, which the message names.
 *
 * @example
 * checkNamedDayNames({ "sveriges nationaldag": [] }, "FI", ctx)
 * // ctx: ["sveriges nationaldag"]: "sveriges nationaldag" is a day of the Swedish calendar (SE), not of the Finnish calendar (FI) this schedule follows (…)
 */
export function checkNamedDayNames(
  namedDays: Record<string, unknown>,
  calendar: CalendarCode | null,
  ctx: CheckContext,
  path: PropertyKey[] = [],
  inherited = false,
): void {
  const firstKeyOf = new Map<string, string>();
  for (const name of Object.keys(namedDays)) {
    const key = calendar === null ? (CALENDARS.map((c) => namedDayKey(name, c)).find((k) => k !== null) ?? null) : namedDayKey(name, calendar);
    if (key === null) {
      const on = calendar ?? "SE";
      const elsewhere = namedDayCalendars(name);
      // The list of the calendar's days only where the name is no day at all: a day of another
      // calendar is a known day in the wrong place, and the message stays short.
      const message =
        elsewhere.length > 0
          ? `${JSON.stringify(name)} is a day of ${elsewhere.map((c) => CALENDAR_NAMES[c]).join(" and ")}, not of ${CALENDAR_NAMES[on]} that ${
              inherited ? "the organisation follows (its \"calendar\")" : `this schedule follows (to follow ${CALENDAR_NAMES[elsewhere[0]!]}, set "calendar": ${JSON.stringify(elsewhere[0])})`
            }`
          : `unknown named day ${JSON.stringify(name)} (named days${on === "SE" ? "" : ` on ${on}`}: ${namedDaysOf(on).join(", ")})`;
      report(ctx, message, [...path, name]);
      continue;
    }
    const first = firstKeyOf.get(key);
    if (first === undefined) firstKeyOf.set(key, name);
    else report(ctx, `names the same day as ${formatPath(["namedDays", first])} (${key}); give each day once`, [...path, name]);
  }
}

const weekNumber = z.int("must be a whole week number").check(z.gte(1, "must be a week number 1–53"), z.lte(53, "must be a week number 1–53"));

/** A period's ISO weeks: `{ from, to }` (may wrap, `52`–`2`), `{ parity: "odd" | "even" }`, or both. */
export const WeeksSchema = strictListing(
  { from: z.optional(weekNumber), to: z.optional(weekNumber), parity: z.optional(z.custom<"odd" | "even">()) },
  ["from", "to", "parity"],
).check(
  z.superRefine((weeks, ctx) => {
    if (weeks.parity !== undefined && weeks.parity !== "odd" && weeks.parity !== "even") {
      report(ctx, `parity must be "odd" or "even" (udda or jämna veckor), got ${describe(weeks.parity)}`);
    }
    if ((weeks.from === undefined) !== (weeks.to === undefined)) {
      report(ctx, `needs both from and to (got only ${weeks.from === undefined ? "to" : "from"})`);
    } else if (weeks.from === undefined && weeks.parity === undefined) {
      report(ctx, 'needs { from, to }, { parity: "odd" | "even" }, or both');
    }
  }),
);

import { WEEKDAYS } from "./ruleKinds";
import { parseClock, parseTimeRange, type MinuteRange } from "./timeRange";

/*
 * The hours of a rule as people write them (SPEC §8, DESIGN "Config format"), and the
 * one place that tells the forms apart. The schema (schema.ts) checks them; everything
 * else reads a validated rule through `ruleEntryParts` and `readRuleHours`.
 */

/** Hours per weekday (`mon` … `sun`); `[]` = closed that weekday, a missing weekday = not named. */
export type WeekHoursInput = { [day in (typeof WEEKDAYS)[number]]?: string[] };

/**
 * A clip: the hours the day would have without this rule, cut to `[opensAt ?? "00:00",
 * closesAt ?? "48:00")`. Times `"HH:MM"` (also `"HH.MM"`); `closesAt` may pass 24:00.
 */
export interface ClipHours {
  opensAt?: string;
  closesAt?: string;
}

/**
 * The hours of a rule: a list of intervals (every weekday alike, `[]` = closed), hours per
 * weekday (the rule speaks only for the weekdays it names), or a clip.
 */
export type RuleHours = string[] | WeekHoursInput | ClipHours;

/** A label for people: one text, or Swedish and English. */
export type LabelInput = string | { sv: string; en?: string };

/**
 * A rule of `dayKinds` or `namedDays`: the full form `{ hours, label? }`, or the hours alone
 * (a list, hours per weekday, or a clip), where a clip or hours per weekday may carry a `label`.
 */
export type RuleEntry = string[] | { hours: RuleHours; label?: LabelInput } | (ClipHours & { label?: LabelInput }) | (WeekHoursInput & { label?: LabelInput });

/** The keys of a clip. */
export const CLIP_KEYS = ["opensAt", "closesAt"] as const;

/** A validated rule's hours, read. */
export type HoursForm =
  /** Every weekday alike. */
  | { readonly form: "list"; readonly ranges: readonly MinuteRange[] }
  /** Per ISO weekday (index 0 = Monday); `undefined` where the rule names no hours. */
  | { readonly form: "week"; readonly days: readonly (readonly MinuteRange[] | undefined)[] }
  /** The window, in minutes from the day's midnight: `opensAt` 0 and `closesAt` 2880 where not given. */
  | { readonly form: "clip"; readonly opensAt: number; readonly closesAt: number };

/** The latest `closesAt`, 48:00. */
export const LATEST_CLOSE = 48 * 60;

/**
 * Whether a value of a rule's hours is a clip (`{ opensAt?, closesAt? }`).
 *
 * @example
 * isClip({ closesAt: "12:00" }) // => true
 * isClip({ mon: [] }) // => false
 */
export function isClip(hours: unknown): hours is ClipHours {
  return typeof hours === "object" && hours !== null && !Array.isArray(hours) && CLIP_KEYS.some((key) => key in hours);
}

/**
 * The hours and label of a validated `dayKinds`/`namedDays` entry, whichever form it is written in.
 *
 * @example
 * ruleEntryParts({ closesAt: "12:00", label: "Halvdag" }) // => { hours: { closesAt: "12:00" }, label: "Halvdag" }
 * ruleEntryParts(["10:00-14:00"]) // => { hours: ["10:00-14:00"], label: undefined }
 * ruleEntryParts({ hours: [], label: "Stängt" }) // => { hours: [], label: "Stängt" }
 */
export function ruleEntryParts(entry: RuleEntry): { hours: RuleHours; label: LabelInput | undefined } {
  if (Array.isArray(entry)) return { hours: entry, label: undefined };
  if ("hours" in entry) return { hours: entry.hours, label: entry.label };
  const { label, ...hours } = entry as { label?: LabelInput } & Record<string, unknown>;
  return { hours: hours as RuleHours, label };
}

/**
 * A validated rule's hours as minutes: a list, hours per weekday, or a clip window.
 *
 * @example
 * readRuleHours(["08:00-12:00"]) // => { form: "list", ranges: [{ from: 480, to: 720 }] }
 * readRuleHours({ closesAt: "12.00" }) // => { form: "clip", opensAt: 0, closesAt: 720 }
 * readRuleHours({ sat: [] }).days // => [undefined, …, undefined, [], undefined]
 */
export function readRuleHours(hours: RuleHours): HoursForm {
  if (Array.isArray(hours)) return { form: "list", ranges: rangesOf(hours) };
  if (isClip(hours)) {
    const minutes = (text: string | undefined, otherwise: number) => (text === undefined ? otherwise : (parseClock(text) as number));
    return { form: "clip", opensAt: minutes(hours.opensAt, 0), closesAt: minutes(hours.closesAt, LATEST_CLOSE) };
  }
  const week = hours as WeekHoursInput;
  return { form: "week", days: WEEKDAYS.map((day) => (week[day] ? rangesOf(week[day]!) : undefined)) };
}

/**
 * Ranges cut to a window `[opensAt, closesAt)`; what is left of each, in order, empty ones dropped.
 *
 * @example
 * clipRanges([{ from: 480, to: 720 }, { from: 780, to: 960 }], 0, 720) // => [{ from: 480, to: 720 }]
 * clipRanges([{ from: 1320, to: 1560 }], 0, 1500) // => [{ from: 1320, to: 1500 }] (22:00-26:00 → 22:00-25:00)
 */
export function clipRanges(ranges: readonly MinuteRange[], opensAt: number, closesAt: number): MinuteRange[] {
  const cut: MinuteRange[] = [];
  for (const range of ranges) {
    const from = Math.max(range.from, opensAt);
    const to = Math.min(range.to, closesAt);
    if (to > from) cut.push({ from, to });
  }
  return cut;
}

function rangesOf(texts: readonly string[]): MinuteRange[] {
  return texts.map((text) => parseTimeRange(text) as MinuteRange); // validated config
}

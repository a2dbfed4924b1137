import type { Instant } from "../schedule/instant";
import type { Schedule, ScheduleStatus } from "../schedule/createSchedule";
import type { Language, Rule } from "../schedule/rules";
import { toEpochMs } from "../schedule/instant";
import { describeWhen, localMoment } from "./describeWhen";
import { formatIntervals } from "./formatHours";
import { inRunningText, WORDS } from "./words";

/** Options of the status texts. */
export interface TextOptions {
  /** `"sv"` (default) or `"en"`. */
  language?: Language;
}

/** Day kinds that are a reason worth naming when they close the day. */
const SPECIAL_KINDS = new Set<Rule["kind"]>(["exception", "namedDay", "publicHoliday", "workFreeEve", "bridgeDay", "dayBeforeEve", "dayBeforeRedDay"]);

/**
 * A short status for a badge or a kiosk:
 * `Öppet · stänger 12.00`, `Stängt för lunch · öppnar 13.00`, `Stängt · öppnar måndag 08.00`,
 * `Stängt idag, julafton · öppnar måndag 28 december 08.00` (English with `language: "en"`).
 *
 * @example
 * statusText(createSchedule(presets.arjeplog), new Date("2026-12-24T10:00:00+01:00"))
 * // => "Stängt idag, julafton · öppnar måndag 28 december 08.00"
 */
export function statusText(schedule: Schedule, at: Instant, options: TextOptions = {}): string {
  const language = options.language ?? "sv";
  const words = WORDS[language];
  const now = new Date(toEpochMs(at));
  const status = schedule.status(now);
  const when = (date: Date) => describeWhen(date, now, schedule.timeZone, language);

  if (status.open) return status.nextClosing ? `${words.open} · ${words.closes} ${when(status.nextClosing)}` : words.open;
  const head = closedHead(status, schedule.timeZone, language);
  return status.nextOpening ? `${head} · ${words.opens} ${when(status.nextOpening)}` : head;
}

/**
 * A whole sentence for a chatbot, naming the reason when the day is special:
 * `Idag är det klämdag, så vi har öppet 10.00–12.00. Just nu har vi öppet, till 12.00.`
 *
 * @example
 * statusSentence(createSchedule(presets.arjeplog), new Date("2026-05-15T09:00:00+02:00"))
 * // => "Idag är det klämdag, så vi har öppet 10.00–12.00. Just nu har vi stängt och öppnar kl. 10.00."
 */
export function statusSentence(schedule: Schedule, at: Instant, options: TextOptions = {}): string {
  const language = options.language ?? "sv";
  const now = new Date(toEpochMs(at));
  const status = schedule.status(now);
  const when = (date: Date, clockWord: boolean) => describeWhen(date, now, schedule.timeZone, language, clockWord);
  return [todaySentence(status, language), nowSentence(status, schedule.timeZone, language, when)].filter(Boolean).join(" ");
}

/** "Stängt", "Stängt för lunch" or "Stängt idag, julafton". */
function closedHead(status: ScheduleStatus, timeZone: string, language: Language): string {
  const words = WORDS[language];
  const rule = status.today.rule;
  if (status.today.intervals.length === 0 && SPECIAL_KINDS.has(rule.kind)) {
    const label = rule.labels[language];
    return rule.kind === "exception" ? `${words.closedToday} (${label})` : `${words.closedToday}, ${inRunningText(label, language)}`;
  }
  return isLunchBreak(status, timeZone) ? words.closedForLunch : words.closedNow;
}

/**
 * A midday gap between two intervals of the same day: closed since between 11.00 and
 * 14.00, opening again the same day within two hours.
 */
function isLunchBreak(status: ScheduleStatus, timeZone: string): boolean {
  if (!status.since || !status.nextOpening) return false;
  const closedAt = localMoment(status.since, timeZone);
  const opensAt = localMoment(status.nextOpening, timeZone);
  const today = localMoment(status.at, timeZone);
  if (closedAt.dayNumber !== today.dayNumber || opensAt.dayNumber !== today.dayNumber) return false;
  return closedAt.time >= "11:00" && closedAt.time <= "14:00" && status.nextOpening.getTime() - status.since.getTime() <= 2 * 3_600_000;
}

function todaySentence(status: ScheduleStatus, language: Language): string | null {
  const { rule, intervals } = status.today;
  const hours = formatIntervals(intervals, language);
  const label = rule.labels[language];
  const name = inRunningText(label, language);
  const open = intervals.length > 0;
  if (language === "sv") {
    switch (rule.kind) {
      case "weekly":
        return open ? `Idag har vi öppet ${hours}.` : null;
      case "period":
        return open ? `Idag gäller ${name}: ${hours}.` : `Idag har vi stängt (${name}).`;
      case "exception":
        return open ? `Idag har vi avvikande öppettider (${label}): ${hours}.` : `Idag har vi stängt (${label}).`;
      default:
        return `Idag är det ${name}, så vi har ${open ? `öppet ${hours}` : "stängt"}.`;
    }
  }
  switch (rule.kind) {
    case "weekly":
      return open ? `Today we are open ${hours}.` : null;
    case "period":
      return open ? `Today's hours (${name}): ${hours}.` : `Today we are closed (${name}).`;
    case "exception":
      return open ? `Today we have special opening hours (${label}): ${hours}.` : `Today we are closed (${label}).`;
    default:
      return `Today is ${englishDayName(rule)}, so we are ${open ? `open ${hours}` : "closed"}.`;
  }
}

function nowSentence(status: ScheduleStatus, timeZone: string, language: Language, when: (date: Date, clockWord: boolean) => string): string {
  const sv = language === "sv";
  if (status.open) {
    if (!status.nextClosing) return sv ? "Just nu har vi öppet." : "We are open now.";
    const closes = when(status.nextClosing, false);
    return sv ? `Just nu har vi öppet, till ${closes}.` : `We are open now, until ${closes}.`;
  }
  if (!status.nextOpening) return sv ? "Just nu har vi stängt, och inga öppettider finns det närmaste året." : "We are closed now, with no opening hours within the next year.";
  const lunch = isLunchBreak(status, timeZone);
  const opens = when(status.nextOpening, true);
  const sameDay = localMoment(status.nextOpening, timeZone).dayNumber === localMoment(status.at, timeZone).dayNumber;
  if (sv) {
    if (sameDay) return `Just nu har vi ${lunch ? "lunchstängt" : "stängt"} och öppnar ${opens}.`;
    return `Just nu har vi stängt. Vi öppnar ${opens}.`;
  }
  if (sameDay) return `We are ${lunch ? "closed for lunch" : "closed"} now and open ${opens}.`;
  return `We are closed now. We open ${opens}.`;
}

/** "Christmas Eve" (a holiday's name), "a bridge day", "the day before a public holiday". */
function englishDayName(rule: Rule): string {
  const label = rule.labels.en;
  if (rule.kind === "namedDay" || rule.kind === "publicHoliday" || rule.kind === "workFreeEve") return label;
  const common = label.charAt(0).toLowerCase() + label.slice(1);
  if (rule.kind === "bridgeDay") return `${/^[aeiou]/.test(common) ? "an" : "a"} ${common}`;
  return `the ${common}`;
}

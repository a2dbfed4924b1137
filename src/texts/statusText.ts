import type { Instant } from "../schedule/instant";
import type { DayHours, Schedule, ScheduleStatus } from "../schedule/createSchedule";
import { formatPlainDate, parsePlainDate } from "../calendar/plainDate";
import { LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";
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
  const when = (date: Date, asEnd = false) => describeWhen(date, now, schedule.timeZone, language, false, asEnd);

  if (status.open) return status.nextClosing ? `${words.open} · ${words.closes} ${when(status.nextClosing, true)}` : words.open;
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
  const when = (date: Date, clockWord: boolean, asEnd = false) => describeWhen(date, now, schedule.timeZone, language, clockWord, asEnd);
  const first = nightSentence(schedule, status, language) ?? todaySentence(status, language);
  return [first, nowSentence(status, schedule.timeZone, language, when)].filter(Boolean).join(" ");
}

/**
 * Open after midnight on yesterday's hours (a night opening): the rule in force is
 * yesterday's, so the sentence quotes it — `Vi har öppet sedan igår, nyårsafton:
 * 16.00–01.30.` — rather than today's hours. Null when open on today's own hours.
 */
function nightSentence(schedule: Schedule, status: ScheduleStatus, language: Language): string | null {
  if (!status.open) return null;
  const [hour, minute] = localMoment(status.at, schedule.timeZone).time.split(":").map(Number) as [number, number];
  const now = hour * 60 + minute;
  const minutes = (time: string) => Number(time.slice(0, -3)) * 60 + Number(time.slice(-2));
  if (status.today.intervals.some((i) => now >= minutes(i.from) && now < minutes(i.to))) return null;
  let yesterday: DayHours;
  try {
    yesterday = schedule.day(previousDate(status.date));
  } catch {
    return null; // yesterday is before the supported years
  }
  const { rule } = yesterday;
  const hours = formatIntervals(yesterday.intervals, language);
  const label = rule.labels[language];
  const sv = language === "sv";
  switch (rule.kind) {
    case "weekly":
      return sv ? `Vi har öppet sedan igår: ${hours}.` : `We have been open since yesterday: ${hours}.`;
    case "period":
    case "exception":
      return sv ? `Vi har öppet sedan igår (${rule.kind === "period" ? inRunningText(label, language) : label}): ${hours}.` : `We have been open since yesterday (${label}): ${hours}.`;
    default:
      return sv ? `Vi har öppet sedan igår, ${inRunningText(label, language)}: ${hours}.` : `We have been open since yesterday, ${englishDayName(rule)}: ${hours}.`;
  }
}

function previousDate(date: string): string {
  return formatPlainDate(parsePlainDate(date) - 1);
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

function nowSentence(status: ScheduleStatus, timeZone: string, language: Language, when: (date: Date, clockWord: boolean, asEnd?: boolean) => string): string {
  const sv = language === "sv";
  if (status.open) {
    if (!status.nextClosing) return sv ? "Just nu har vi öppet." : "We are open now.";
    const closes = when(status.nextClosing, false, true);
    return sv ? `Just nu har vi öppet, till ${closes}.` : `We are open now, until ${closes}.`;
  }
  if (!status.nextOpening) {
    if (status.unknownAfter) return `${sv ? "Just nu har vi stängt." : "We are closed now."} ${notKnownSentence(language)}`;
    return sv ? "Just nu har vi stängt, och inga öppettider finns det närmaste året." : "We are closed now, with no opening hours within the next year.";
  }
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

/**
 * What to say when the next opening lies beyond the last supported year, so it is not
 * known (not "none"): `Vi vet inte när vi öppnar härnäst: öppettiderna är kända till och med 2100.`
 *
 * @example
 * notKnownSentence("en") // => "When we open next is not known: opening hours are known up to the end of 2100."
 */
export function notKnownSentence(language: Language): string {
  return language === "sv"
    ? `Vi vet inte när vi öppnar härnäst: öppettiderna är kända till och med ${LAST_SUPPORTED_YEAR}.`
    : `When we open next is not known: opening hours are known up to the end of ${LAST_SUPPORTED_YEAR}.`;
}

/** "Christmas Eve" (a holiday's name), "a bridge day", "the day before a public holiday". */
function englishDayName(rule: Rule): string {
  const label = rule.labels.en;
  if (rule.kind === "namedDay" || rule.kind === "publicHoliday" || rule.kind === "workFreeEve") return label;
  const common = label.charAt(0).toLowerCase() + label.slice(1);
  if (rule.kind === "bridgeDay") return `${/^[aeiou]/.test(common) ? "an" : "a"} ${common}`;
  return `the ${common}`;
}

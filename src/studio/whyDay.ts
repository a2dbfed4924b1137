import { kindMark } from "../elements/calendarWords";
import type { DayExplanation } from "../schedule/explainDay";
import { describeDate } from "../texts/describeWhen";
import { formatIntervals } from "../texts/formatHours";
import { capitalize, inRunningText, WEEKDAY_NAMES } from "../texts/words";
import type { StudioLanguage } from "./words";

/*
 * "Why" for a picked day, from explainDay: the hours, the rule that gives them in words, and
 * the weekly hours that rule replaces.
 */

/** The why of a day as three sentences: hours, rule, what it overrides (null under the weekly hours). */
export interface WhyWords {
  readonly hours: string;
  readonly rule: string;
  readonly overrides: string | null;
}

/**
 * Puts a day's explanation into words.
 *
 * @example
 * whyInWords(explainDay(schedule, "2026-12-24"), "sv")
 * // => { hours: "Torsdag 24 december 2026: stängt.", rule: "Regeln: julafton (afton).",
 * //      overrides: "Den ersätter de vanliga öppettiderna på torsdagar: 08.00–12.00 och 13.00–16.00." }
 */
export function whyInWords(why: DayExplanation, language: StudioLanguage): WhyWords {
  const [year, month, day] = why.date.split("-").map(Number) as [number, number, number];
  const when = capitalize(describeDate({ year, month, day, weekday: why.weekday }, language, true));
  const hours = `${when}: ${formatIntervals(why.intervals, language)}.`;
  const kind = kindMark(why.rule.kind, language).word.toLocaleLowerCase(language === "sv" ? "sv" : "en");
  const label = inRunningText(why.rule.labels[language], language);
  const named = label.toLocaleLowerCase() === kind ? label : `${label} (${kind})`;
  const rule = language === "sv" ? `Regeln: ${named}.` : `The rule: ${named}.`;
  if (why.overrides === null) return { hours, rule, overrides: null };
  const weekday = WEEKDAY_NAMES[language][why.weekday - 1]!;
  const regular = formatIntervals(why.overrides, language);
  const overrides =
    language === "sv"
      ? why.differs
        ? `Den ersätter de vanliga öppettiderna på ${weekday}ar: ${regular}.`
        : `Den ger samma tider som vanliga ${weekday}ar: ${regular}.`
      : why.differs
        ? `It replaces the regular ${weekday} hours: ${regular}.`
        : `It keeps the regular ${weekday} hours: ${regular}.`;
  return { hours, rule, overrides };
}

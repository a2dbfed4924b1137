import type { RuleKind } from "../schedule/ruleKinds";
import type { Language } from "../schedule/rules";

/**
 * How the calendar marks a rule kind: a glyph (drawn beside the hours, so the kind shows in
 * black and white too) and its word in the legend.
 */
export interface KindMark {
  readonly glyph: string;
  readonly word: string;
}

const GLYPHS: Record<RuleKind, string> = {
  weekly: "",
  period: "▪",
  publicHoliday: "●",
  workFreeEve: "◆",
  bridgeDay: "▲",
  dayBeforeEve: "◇",
  dayBeforeRedDay: "○",
  namedDay: "★",
  exception: "!",
};

const KIND_WORDS: Record<Language, Record<RuleKind, string>> = {
  sv: {
    weekly: "Ordinarie öppettider",
    period: "Period (t.ex. sommartid)",
    publicHoliday: "Röd dag",
    workFreeEve: "Afton",
    bridgeDay: "Klämdag",
    dayBeforeEve: "Dag före afton",
    dayBeforeRedDay: "Dag före röd dag",
    namedDay: "Särskild dag",
    exception: "Avvikande öppettider",
  },
  en: {
    weekly: "Regular opening hours",
    period: "Period (e.g. summer hours)",
    publicHoliday: "Public holiday",
    workFreeEve: "Holiday eve",
    bridgeDay: "Bridge day",
    dayBeforeEve: "Day before a holiday eve",
    dayBeforeRedDay: "Day before a public holiday",
    namedDay: "Named day",
    exception: "Special opening hours",
  },
};

/**
 * The mark of a rule kind in a language.
 *
 * @example
 * kindMark("bridgeDay", "sv") // => { glyph: "▲", word: "Klämdag" }
 */
export function kindMark(kind: RuleKind, language: Language): KindMark {
  return { glyph: GLYPHS[kind], word: KIND_WORDS[language][kind] };
}

/** The calendar's own words, per language. */
export const CALENDAR_WORDS = {
  sv: { title: (year: number) => `Öppettider ${year}`, legend: "Förklaring", differs: "Avviker från ordinarie öppettider", today: "idag" },
  en: { title: (year: number) => `Opening hours ${year}`, legend: "Key", differs: "Differs from the regular hours", today: "today" },
} satisfies Record<Language, unknown>;

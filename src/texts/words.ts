import type { Language } from "../schedule/rules";

/** Weekday names, Monday first, as written inside a sentence. */
export const WEEKDAY_NAMES: Record<Language, readonly string[]> = {
  sv: ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

/** Month names, January first, as written inside a sentence. */
export const MONTH_NAMES: Record<Language, readonly string[]> = {
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/**
 * Upper-cases the first letter: "måndag" → "Måndag".
 *
 * @example
 * capitalize("måndag") // => "Måndag"
 */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}

/**
 * A Swedish label as it reads inside a sentence: "Julafton" → "julafton", "Klämdag" →
 * "klämdag", but proper nouns keep their capital ("Kristi himmelsfärdsdag", "Sveriges
 * nationaldag"). English labels are kept as they are.
 *
 * @example
 * inRunningText("Julafton", "sv") // => "julafton"
 * inRunningText("Sveriges nationaldag", "sv") // => "Sveriges nationaldag"
 */
export function inRunningText(label: string, language: Language): string {
  if (language === "en" || /^(Kristi|Sveriges)\b/.test(label)) return label;
  // Keep acronyms and names written in capitals ("IT-avdelningen", "ÖB").
  if (label.length > 1 && label.charAt(1) === label.charAt(1).toLocaleUpperCase("sv") && /\p{L}/u.test(label.charAt(1))) return label;
  return label.charAt(0).toLocaleLowerCase("sv") + label.slice(1);
}

/** The words of the texts, per language. */
export const WORDS = {
  sv: {
    and: "och",
    closed: "stängt",
    today: "idag",
    tomorrow: "imorgon",
    nextDay: "nästa dag",
    at: "kl.",
    open: "Öppet",
    closedNow: "Stängt",
    closedForLunch: "Stängt för lunch",
    closedToday: "Stängt idag",
    closes: "stänger",
    opens: "öppnar",
    weeks: "Vecka",
    publicHolidays: "Helgdagar",
    workFreeEves: "Midsommar-, jul- och nyårsafton",
    /** Finland's and Åland's work-free eves: nyårsafton is a working day there. */
    finnishWorkFreeEves: "Midsommar- och julafton",
  },
  en: {
    and: "and",
    closed: "closed",
    today: "today",
    tomorrow: "tomorrow",
    nextDay: "next day",
    at: "at",
    open: "Open",
    closedNow: "Closed",
    closedForLunch: "Closed for lunch",
    closedToday: "Closed today",
    closes: "closes",
    opens: "opens",
    weeks: "Weeks",
    publicHolidays: "Public holidays",
    workFreeEves: "Midsummer, Christmas and New Year's Eve",
    finnishWorkFreeEves: "Midsummer and Christmas Eve",
  },
} as const;

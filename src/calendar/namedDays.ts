import { holidayNames, type HolidayKey, type Names } from "./holidayNames";

/*
 * The named days of SPEC §7: every eve and public holiday, keyed by its Swedish name in
 * lower case — swedish-holidays' names lower-cased (`holidayNames(key).sv.toLowerCase()`).
 */

/** The canonical key of each day swedish-holidays knows. */
const KEY_OF_HOLIDAY = {
  newYearsDay: "nyårsdagen",
  twelfthNight: "trettondagsafton",
  epiphany: "trettondedag jul",
  maundyThursday: "skärtorsdagen",
  goodFriday: "långfredagen",
  holySaturday: "påskafton",
  easterSunday: "påskdagen",
  easterMonday: "annandag påsk",
  walpurgisNight: "valborgsmässoafton",
  mayFirst: "första maj",
  ascensionDay: "kristi himmelsfärdsdag",
  pentecostEve: "pingstafton",
  whitSunday: "pingstdagen",
  swedishNationalDay: "sveriges nationaldag",
  midsummerEve: "midsommarafton",
  midsummerDay: "midsommardagen",
  allSaintsEve: "allhelgonaafton",
  allSaintsDay: "alla helgons dag",
  christmasEve: "julafton",
  christmasDay: "juldagen",
  boxingDay: "annandag jul",
  newYearsEve: "nyårsafton",
} as const satisfies Record<HolidayKey, string>;

/** A named day's canonical key: `"julafton"`, `"trettondedag jul"`, `"skärtorsdagen"`, … */
export type NamedDay = (typeof KEY_OF_HOLIDAY)[HolidayKey];

/**
 * Every named day's canonical key, in the order of the year (nyårsdagen … nyårsafton).
 *
 * @example
 * NAMED_DAYS.includes("julafton") // => true
 * NAMED_DAYS.length // => 22
 */
export const NAMED_DAYS: readonly NamedDay[] = Object.freeze(Object.values(KEY_OF_HOLIDAY));

const HOLIDAY_OF_KEY = new Map<string, HolidayKey>(Object.entries(KEY_OF_HOLIDAY).map(([holiday, key]) => [key, holiday as HolidayKey]));

/** Lower case, single spaces, no trailing definite "-en": the form two spellings of one name share. */
function comparable(text: string): string {
  const plain = text.normalize("NFC").toLocaleLowerCase("sv").trim().replace(/\s+/g, " ");
  return plain.endsWith("en") ? plain.slice(0, -2) : plain;
}

const KEY_OF_COMPARABLE = new Map<string, NamedDay>(NAMED_DAYS.map((key) => [comparable(key), key]));

/**
 * The canonical key of a named day as people write it, forgiving case, surrounding and
 * repeated spaces, and a trailing definite "-en" either way; null for an unknown name.
 *
 * @example
 * namedDayKey("Skärtorsdag") // => "skärtorsdagen"
 * namedDayKey(" Julaftonen ") // => "julafton"
 * namedDayKey("Trettondedag  Jul") // => "trettondedag jul"
 * namedDayKey("Annandag pingst") // => null (not a public holiday since 2005)
 */
export function namedDayKey(name: string): NamedDay | null {
  return KEY_OF_COMPARABLE.get(comparable(name)) ?? null;
}

/**
 * The canonical key of a day swedish-holidays knows.
 *
 * @example
 * namedDayOfHoliday("christmasEve") // => "julafton"
 */
export function namedDayOfHoliday(holiday: HolidayKey): NamedDay {
  return KEY_OF_HOLIDAY[holiday];
}

/**
 * A named day's names in Swedish and English.
 *
 * @example
 * namedDayNames("julafton") // => { sv: "Julafton", en: "Christmas Eve" }
 */
export function namedDayNames(key: NamedDay): Names {
  return holidayNames(HOLIDAY_OF_KEY.get(key)!);
}

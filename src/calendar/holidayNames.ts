import svNamesModule from "swedish-holidays/dist/holiday-names.sv-se.js";
import { cjsDefault } from "./cjsDefault";

/** The keys `swedish-holidays` uses for the days it knows. */
export type HolidayKey =
  | "newYearsDay"
  | "twelfthNight"
  | "epiphany"
  | "maundyThursday"
  | "goodFriday"
  | "holySaturday"
  | "easterSunday"
  | "easterMonday"
  | "walpurgisNight"
  | "mayFirst"
  | "ascensionDay"
  | "swedishNationalDay"
  | "pentecostEve"
  | "whitSunday"
  | "midsummerEve"
  | "midsummerDay"
  | "allSaintsEve"
  | "allSaintsDay"
  | "christmasEve"
  | "christmasDay"
  | "boxingDay"
  | "newYearsEve";

/** A name in Swedish and English. */
export interface Names {
  readonly sv: string;
  readonly en: string;
}

const swedishNames = cjsDefault(svNamesModule) as Record<HolidayKey, string>;

// swedish-holidays ships Swedish names only; these are the usual English ones.
const englishNames: Record<HolidayKey, string> = {
  newYearsDay: "New Year's Day",
  twelfthNight: "Twelfth Night",
  epiphany: "Epiphany",
  maundyThursday: "Maundy Thursday",
  goodFriday: "Good Friday",
  holySaturday: "Holy Saturday",
  easterSunday: "Easter Sunday",
  easterMonday: "Easter Monday",
  walpurgisNight: "Walpurgis Night",
  mayFirst: "May Day",
  ascensionDay: "Ascension Day",
  swedishNationalDay: "National Day of Sweden",
  pentecostEve: "Whitsun Eve",
  whitSunday: "Whit Sunday",
  midsummerEve: "Midsummer Eve",
  midsummerDay: "Midsummer Day",
  allSaintsEve: "All Saints' Eve",
  allSaintsDay: "All Saints' Day",
  christmasEve: "Christmas Eve",
  christmasDay: "Christmas Day",
  boxingDay: "Boxing Day",
  newYearsEve: "New Year's Eve",
};

const cache = new Map<HolidayKey, Names>();

/**
 * The Swedish (from `swedish-holidays`) and English names of a holiday or eve.
 *
 * @example
 * holidayNames("christmasEve") // => { sv: "Julafton", en: "Christmas Eve" }
 */
export function holidayNames(key: HolidayKey): Names {
  let names = cache.get(key);
  if (!names) {
    names = Object.freeze({ sv: swedishNames[key], en: englishNames[key] });
    cache.set(key, names);
  }
  return names;
}

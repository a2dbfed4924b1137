import svNamesModule from "swedish-holidays/dist/holiday-names.sv-se.js";
import { cjsDefault } from "./cjsDefault";
import type { CalendarCode } from "./calendars";

/** The keys `swedish-holidays` uses for the days it knows, and two days only Finland and Åland have. */
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
  | "newYearsEve"
  | "finnishIndependenceDay"
  | "alandAutonomyDay";

/** A name in Swedish and English. */
export interface Names {
  readonly sv: string;
  readonly en: string;
}

const swedishNames = cjsDefault(svNamesModule) as Record<SwedishHolidayKey, string>;

/** The days swedish-holidays names. */
type SwedishHolidayKey = Exclude<HolidayKey, keyof typeof FINNISH_NAMES>;

// swedish-holidays ships Swedish names only; these are the usual English ones.
const englishNames: Record<SwedishHolidayKey, string> = {
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

/**
 * The names of Finland's own days, as the Finnish almanac writes them in Swedish
 * (Självständighetsdagen; Ålands självstyrelsedag, in running text "självstyrelsedagen").
 */
const FINNISH_NAMES = {
  finnishIndependenceDay: { sv: "Självständighetsdagen", en: "Independence Day" },
  alandAutonomyDay: { sv: "Självstyrelsedagen", en: "Åland Autonomy Day" },
} as const;

/** Where Finland-Swedish names a day shared with Sweden otherwise: 6 January is "Trettondagen". */
const FINLAND_SWEDISH_NAMES: Partial<Record<HolidayKey, Names>> = {
  epiphany: { sv: "Trettondagen", en: "Epiphany" },
};

const cache = new Map<string, Names>();

/**
 * The Swedish and English names of a holiday or eve on a calendar: in Sweden (the
 * default) swedish-holidays' names; in Finland and on Åland the Finland-Swedish ones.
 *
 * @example
 * holidayNames("christmasEve") // => { sv: "Julafton", en: "Christmas Eve" }
 * holidayNames("epiphany", "FI") // => { sv: "Trettondagen", en: "Epiphany" }
 */
export function holidayNames(key: HolidayKey, calendar: CalendarCode = "SE"): Names {
  const finnish = calendar !== "SE";
  const id = finnish ? `FI:${key}` : key;
  let names = cache.get(id);
  if (!names) {
    if (key in FINNISH_NAMES) names = FINNISH_NAMES[key as keyof typeof FINNISH_NAMES];
    else names = (finnish && FINLAND_SWEDISH_NAMES[key]) || { sv: swedishNames[key as SwedishHolidayKey], en: englishNames[key as SwedishHolidayKey] };
    names = Object.freeze({ ...names });
    cache.set(id, names);
  }
  return names;
}

/*
 * How date-holidays (3.37.0, `new Holidays(code, { languages: ["sv"] })`) names and types
 * Finland's and Åland's days, mapped to the names the library reports, and where the
 * library differs from it on purpose (each with its source). Shared by the tests that use
 * date-holidays as the independent calendar for FI and AX.
 *
 * FI data, per year:
 *   "public":     the 13 public holidays (6 January as "trettondedag jul")
 *   "bank":       midsommarafton, julafton, nyårsafton
 *   "observance": Mors dag, Fars dag (Sundays; no eves)
 * AX data ("Landskapet Åland"), per year:
 *   "public":     10 of Finland's 13 — no påskdagen or pingstdagen (typed "observance",
 *                 being Sundays) and no alla helgons dag at all (missing from its data)
 *   "bank":       midsommarafton, julafton (dated 12:00), nyårsafton (12:00)
 *   "observance": påskdagen, pingstdagen, Ålands självstyrelsedag (9 June), Ålands
 *                 demilitariseringsdag (30 March), Ålands flaggas dag (Sunday before May)
 */

/** date-holidays' Swedish names of Finland's public holidays → the library's names. */
export const FINNISH_PUBLIC_HOLIDAY_NAMES: Record<string, string> = {
  "nyårsdagen": "Nyårsdagen",
  // The Finnish almanac's Swedish name (almanakka.helsinki.fi/sv: "trettondagen 6.1").
  "trettondedag jul": "Trettondagen",
  "långfredagen": "Långfredagen",
  "påskdagen": "Påskdagen",
  "annandag påsk": "Annandag påsk",
  "första maj": "Första maj",
  "Kristi himmelsfärdsdag": "Kristi himmelsfärdsdag",
  "pingstdagen": "Pingstdagen",
  "midsommardagen": "Midsommardagen",
  "alla helgons dag": "Alla helgons dag",
  "självständighetsdagen": "Självständighetsdagen",
  "juldagen": "Juldagen",
  "annandag jul": "Annandag jul",
};

/**
 * date-holidays' "bank" days in Finland. Midsommarafton and julafton are work-free (the
 * almanac: paid days off by most collective agreements; semesterlagen 162/2005 4 § counts
 * them with the holidays). Nyårsafton is a working day in Finland (neither the almanac nor
 * the Annual Holidays Act lists it; banks and offices close early), so the library has it as
 * an eve that is not work-free: the one place where it differs from date-holidays' types.
 */
export const FINNISH_WORK_FREE_EVE_NAMES: Record<string, string> = {
  "midsommarafton": "Midsommarafton",
  "julafton": "Julafton",
};
export const FINNISH_BANK_DAYS_THAT_ARE_EVES: Record<string, string> = {
  "nyårsafton": "Nyårsafton",
};

/**
 * date-holidays' Åland "observance" days the library has as public holidays: påskdagen and
 * pingstdagen (church holidays in all of Finland, Åland too; always Sundays), and Ålands
 * självstyrelsedag (landskapslag 1976:26 om Ålands självstyrelsedag; a day off in Åland's
 * public sector). Alla helgons dag, missing from date-holidays' AX data, is taken from its FI data.
 */
export const ALAND_OBSERVANCES_THAT_ARE_HOLIDAYS: Record<string, string> = {
  "påskdagen": "Påskdagen",
  "pingstdagen": "Pingstdagen",
  "Ålands självstyrelsedag": "Självstyrelsedagen",
};

/** Åland's flag days that are working days: no day kind, no named day. */
export const ALAND_FLAG_DAYS = ["Ålands demilitariseringsdag", "Ålands flaggas dag"];

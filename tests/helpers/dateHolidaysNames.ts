/*
 * The names date-holidays (SE) gives the Swedish holidays and eves, exactly as it writes
 * them, mapped to the swedish-holidays names the library reports. Shared by the tests that
 * use date-holidays as the independent calendar.
 */
export const PUBLIC_HOLIDAY_NAMES: Record<string, string> = {
  "nyårsdagen": "Nyårsdagen",
  "trettondedag jul": "Trettondedag jul",
  "långfredagen": "Långfredagen",
  "påskdagen": "Påskdagen",
  "annandag påsk": "Annandag påsk",
  "första maj": "Första maj",
  "Kristi himmelsfärdsdag": "Kristi himmelsfärdsdag",
  "pingstdagen": "Pingstdagen",
  "nationaldagen": "Sveriges nationaldag",
  "midsommardagen": "Midsommardagen",
  "alla helgons dag": "Alla helgons dag",
  "juldagen": "Juldagen",
  "annandag jul": "Annandag jul",
};
export const WORK_FREE_EVE_NAMES: Record<string, string> = {
  "midsommarafton": "Midsommarafton",
  "julafton": "Julafton",
  "nyårsafton": "Nyårsafton",
};
export const EVE_NAMES: Record<string, string> = {
  "trettondagsafton": "Trettondagsafton",
  "skärtorsdagen": "Skärtorsdagen",
  "påskafton": "Påskafton",
  "valborgsmässoafton": "Valborgsmässoafton",
  "pingstafton": "Pingstafton",
  "allhelgonaafton": "Allhelgonaafton",
  ...WORK_FREE_EVE_NAMES,
};

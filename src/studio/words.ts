/*
 * The studio's words, Swedish first. The language comes from `?lang=en` or the toggle.
 */
export type StudioLanguage = "sv" | "en";

const WORDS = {
  title: { sv: "Öppettider – studio", en: "Opening hours – studio" },
  language: { sv: "In English", en: "På svenska" },
  textHeading: { sv: "1. Klistra in dagens text", en: "1. Paste the text you show today" },
  textLabel: { sv: "Öppettider som de står på webbplatsen", en: "Opening hours as your site shows them" },
  useReading: { sv: "Använd som veckotider", en: "Use as weekly hours" },
  lineRead: { sv: "läst", en: "read" },
  lineHeading: { sv: "läst som rubrik (enhetens namn)", en: "read as a heading (the unit's name)" },
  lineUnread: { sv: "inte läst", en: "not read" },
  assumptions: { sv: "Antaganden att kontrollera", en: "Assumptions to check" },
  formHeading: { sv: "2. Redigera", en: "2. Edit" },
  orgName: { sv: "Organisationens namn", en: "Organisation name" },
  unit: { sv: "Enhet", en: "Unit" },
  unitName: { sv: "Enhetens namn", en: "Unit name" },
  weekly: { sv: "Veckotider", en: "Weekly hours" },
  hoursHint: { sv: "t.ex. 08:00-12:00, 13:00-16:00; tomt eller ”stängt” = stängt", en: "e.g. 08:00-12:00, 13:00-16:00; empty or “closed” = closed" },
  dayKinds: { sv: "Särskilda dagar", en: "Special days" },
  namedDays: { sv: "Namngivna dagar", en: "Named days" },
  addNamedDay: { sv: "Lägg till namngiven dag", en: "Add named day" },
  periods: { sv: "Perioder (t.ex. sommartid)", en: "Periods (e.g. summer hours)" },
  periodDatesHint: { sv: "datum: MM-DD varje år eller ÅÅÅÅ-MM-DD; eller veckor", en: "dates: MM-DD every year or YYYY-MM-DD; or weeks" },
  periodDateFrom: { sv: "Från datum", en: "From date" },
  periodDateTo: { sv: "Till datum", en: "To date" },
  periodWeekFrom: { sv: "Från vecka", en: "From week" },
  periodWeekTo: { sv: "Till vecka", en: "To week" },
  periodParity: { sv: "Veckor", en: "Weeks" },
  weeksAll: { sv: "alla", en: "all" },
  weeksOdd: { sv: "udda", en: "odd" },
  weeksEven: { sv: "jämna", en: "even" },
  addPeriod: { sv: "Lägg till period", en: "Add period" },
  removePeriod: { sv: "Ta bort period", en: "Remove period" },
  contacts: { sv: "Kontakter", en: "Contacts" },
  contactName: { sv: "Namn", en: "Name" },
  contactPhones: { sv: "Telefon", en: "Phone" },
  contactEmails: { sv: "E-post", en: "E-mail" },
  contactNew: { sv: "Ny kontakt", en: "New contact" },
  addContact: { sv: "Lägg till kontakt", en: "Add contact" },
  listHint: { sv: "flera med komma emellan", en: "several separated by commas" },
  exceptions: { sv: "Avvikelser", en: "Exceptions" },
  addException: { sv: "Lägg till avvikelse", en: "Add exception" },
  date: { sv: "Datum", en: "Date" },
  hours: { sv: "Tider", en: "Hours" },
  remove: { sv: "Ta bort", en: "Remove" },
  problems: { sv: "Problem att rätta", en: "Problems to fix" },
  noProblems: { sv: "Inga problem.", en: "No problems." },
  calendarHeading: { sv: "3. Kalender", en: "3. Calendar" },
  year: { sv: "År", en: "Year" },
  why: { sv: "Varför", en: "Why" },
  nextYear: { sv: "Det här ändras nästa år", en: "What changes next year" },
  nothingMoves: { sv: "Inga dagar byter veckodag med andra tider.", en: "No days change weekday with other hours." },
  exportHeading: { sv: "4. Ta ut", en: "4. Take it out" },
  download: { sv: "Ladda ner JSON", en: "Download JSON" },
  openFile: { sv: "Öppna en JSON-fil", en: "Open a JSON file" },
  summarySv: { sv: "Sammanfattning (svenska)", en: "Summary (Swedish)" },
  summaryEn: { sv: "Sammanfattning (engelska)", en: "Summary (English)" },
  embed: { sv: "Kod att klistra in på webbsidan", en: "Code to paste into the web page" },
  jsonLd: { sv: "schema.org (JSON-LD)", en: "schema.org (JSON-LD)" },
  ics: { sv: "Kalenderlänk (iCalendar)", en: "Calendar link (iCalendar)" },
  config: { sv: "Konfiguration (JSON)", en: "Configuration (JSON)" },
  saveHeading: { sv: "5. Spara", en: "5. Save" },
  token: { sv: "Redigeringsnyckel", en: "Edit token" },
  save: { sv: "Spara", en: "Save" },
  loadSaved: { sv: "Hämta sparad version", en: "Load the saved version" },
  saved: { sv: "Sparat.", en: "Saved." },
  ownPlace: { sv: "organisationens egna öppettider", en: "the organisation's own hours" },
  scheduleFile: {
    sv: "Den här filen är ett schema (veckotider på toppnivån), inte en organisation med enheter. Formuläret ändrar den inte; redigera den som JSON, eller gör den till en enhet i en organisation.",
    en: "This file is a schedule (weekly hours at the top level), not an organisation with units. The form does not change it; edit it as JSON, or make it a unit of an organisation.",
  },
  notServed: { sv: "Sidan är öppnad som fil: spara genom att ladda ner JSON.", en: "The page is opened as a file: save by downloading the JSON." },
  e401: { sv: "Fel redigeringsnyckel. Kontrollera nyckeln och försök igen.", en: "Wrong edit token. Check the token and try again." },
  e412: { sv: "Någon annan har sparat sedan du hämtade. Hämta den sparade versionen och gör ändringarna igen.", en: "Someone else saved since you loaded. Load the saved version and make your changes again." },
  e400: { sv: "Tjänsten tog inte emot konfigurationen:", en: "The service did not accept the configuration:" },
  eOther: { sv: "Det gick inte att spara:", en: "Could not save:" },
  badFile: { sv: "Filen kunde inte läsas som JSON:", en: "The file could not be read as JSON:" },
} as const;

export type WordKey = keyof typeof WORDS;

/**
 * A word in the language.
 *
 * @example
 * word("save", "en") // => "Save"
 */
export function word(key: WordKey, language: StudioLanguage): string {
  return WORDS[key][language];
}

/**
 * The language a URL asks for: `?lang=en`, else Swedish.
 *
 * @example
 * languageOf("https://x/studio?lang=en") // => "en"
 */
export function languageOf(url: string): StudioLanguage {
  return new URL(url).searchParams.get("lang") === "en" ? "en" : "sv";
}

const WEEKDAY_WORDS: Record<StudioLanguage, readonly string[]> = {
  sv: ["Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag", "Lördag", "Söndag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

/**
 * Weekday names, Monday first.
 *
 * @example
 * weekdayNames("sv")[0] // => "Måndag"
 */
export function weekdayNames(language: StudioLanguage): readonly string[] {
  return WEEKDAY_WORDS[language];
}

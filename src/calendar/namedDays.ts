import { CALENDARS, type CalendarCode } from "./calendars";
import { holidayNames, type HolidayKey, type Names } from "./holidayNames";
import { holidaysOfYear, type HolidayKind } from "./holidays";

/*
 * The named days of SPEC §7: every eve and public holiday of a calendar, keyed by its
 * Swedish name in lower case (`holidayNames(key, calendar).sv`, lower-cased). Sweden's keys
 * are swedish-holidays' names; Finland and Åland share most of them, name 6 January
 * "trettondagen", and have days of their own.
 */

/** The canonical key of each day on the Swedish calendar. */
const SWEDISH_KEYS = {
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
} as const satisfies Record<Exclude<HolidayKey, "finnishIndependenceDay" | "alandAutonomyDay">, string>;

/** Where Finland's and Åland's keys differ from Sweden's, and their own days. */
const FINNISH_KEYS = {
  epiphany: "trettondagen",
  finnishIndependenceDay: "självständighetsdagen",
  alandAutonomyDay: "självstyrelsedagen",
} as const;

/**
 * A named day's canonical key: `"julafton"`, `"trettondedag jul"`, `"skärtorsdagen"`, and on
 * the Finnish calendars `"trettondagen"`, `"självständighetsdagen"`, `"självstyrelsedagen"`.
 */
export type NamedDay = (typeof SWEDISH_KEYS)[keyof typeof SWEDISH_KEYS] | (typeof FINNISH_KEYS)[keyof typeof FINNISH_KEYS];

/**
 * Other names of the same day that a config may use, besides the canonical key: 6 January
 * is "trettondedag jul" in Sweden and "trettondagen" in Finland, and both are understood on
 * both; the official names of Finland's own days too.
 */
const OTHER_NAMES: Record<CalendarCode, Readonly<Record<string, NamedDay>>> = {
  SE: { trettondagen: "trettondedag jul" },
  FI: { "trettondedag jul": "trettondagen", "finlands självständighetsdag": "självständighetsdagen" },
  AX: { "trettondedag jul": "trettondagen", "finlands självständighetsdag": "självständighetsdagen", "ålands självstyrelsedag": "självstyrelsedagen" },
};

/** The key of a day on a calendar. */
function keyOf(holiday: HolidayKey, calendar: CalendarCode): NamedDay {
  if (calendar !== "SE" && holiday in FINNISH_KEYS) return FINNISH_KEYS[holiday as keyof typeof FINNISH_KEYS];
  return SWEDISH_KEYS[holiday as keyof typeof SWEDISH_KEYS];
}

interface CalendarNamedDays {
  /** Every key, in the order of the year. */
  readonly keys: readonly NamedDay[];
  /** The kind of each key's day. */
  readonly kinds: ReadonlyMap<NamedDay, HolidayKind>;
  readonly holidays: ReadonlyMap<NamedDay, HolidayKey>;
  /** Comparable spelling → key, the other names included. */
  readonly byComparable: ReadonlyMap<string, NamedDay>;
}

/** Lower case, single spaces, no trailing definite "-en": the form two spellings of one name share. */
function comparable(text: string): string {
  const plain = text.normalize("NFC").toLocaleLowerCase("sv").trim().replace(/\s+/g, " ");
  return plain.endsWith("en") ? plain.slice(0, -2) : plain;
}

const tables = new Map<CalendarCode, CalendarNamedDays>();

/** A calendar's named days, made once: which days a calendar has does not change from year to year. */
function tableOf(calendar: CalendarCode): CalendarNamedDays {
  let table = tables.get(calendar);
  if (!table) {
    const days = holidaysOfYear(2026, calendar);
    const keys = Object.freeze(days.map((day) => keyOf(day.key, calendar)));
    const byComparable = new Map<string, NamedDay>(keys.map((key) => [comparable(key), key]));
    for (const [name, key] of Object.entries(OTHER_NAMES[calendar])) byComparable.set(comparable(name), key);
    table = {
      keys,
      kinds: new Map(days.map((day, i) => [keys[i]!, day.kind])),
      holidays: new Map(days.map((day, i) => [keys[i]!, day.key])),
      byComparable,
    };
    tables.set(calendar, table);
  }
  return table;
}

/**
 * Every named day's canonical key on the Swedish calendar, in the order of the year
 * (nyårsdagen … nyårsafton). `namedDaysOf(calendar)` gives another calendar's.
 *
 * @example
 * NAMED_DAYS.includes("julafton") // => true
 * NAMED_DAYS.length // => 22
 */
export const NAMED_DAYS: readonly NamedDay[] = tableOf("SE").keys;

/**
 * Every named day's canonical key on a calendar, in the order of the year.
 *
 * @example
 * namedDaysOf("FI").includes("självständighetsdagen") // => true
 * namedDaysOf("FI").includes("sveriges nationaldag") // => false
 * namedDaysOf("AX").length // => 23
 */
export function namedDaysOf(calendar: CalendarCode): readonly NamedDay[] {
  return tableOf(calendar).keys;
}

/**
 * The canonical key of a named day as people write it, on a calendar (default Sweden),
 * forgiving case, surrounding and repeated spaces, and a trailing definite "-en" either way;
 * null for a name the calendar does not have (see `namedDayCalendars` for which one has it).
 *
 * @example
 * namedDayKey("Skärtorsdag") // => "skärtorsdagen"
 * namedDayKey(" Julaftonen ") // => "julafton"
 * namedDayKey("Trettondedag  Jul") // => "trettondedag jul"
 * namedDayKey("Annandag pingst") // => null (not a public holiday since 2005)
 * namedDayKey("Självständighetsdagen", "FI") // => "självständighetsdagen"
 * namedDayKey("trettondedag jul", "FI") // => "trettondagen"
 * namedDayKey("Sveriges nationaldag", "FI") // => null
 */
export function namedDayKey(name: string, calendar: CalendarCode = "SE"): NamedDay | null {
  return tableOf(calendar).byComparable.get(comparable(name)) ?? null;
}

/**
 * The calendars that have a named day of this name.
 *
 * @example
 * namedDayCalendars("sveriges nationaldag") // => ["SE"]
 * namedDayCalendars("självstyrelsedagen") // => ["AX"]
 * namedDayCalendars("julafton") // => ["SE", "FI", "AX"]
 */
export function namedDayCalendars(name: string): CalendarCode[] {
  return CALENDARS.filter((calendar) => namedDayKey(name, calendar) !== null);
}

/**
 * The canonical key of a day on a calendar.
 *
 * @example
 * namedDayOfHoliday("christmasEve") // => "julafton"
 * namedDayOfHoliday("epiphany", "FI") // => "trettondagen"
 */
export function namedDayOfHoliday(holiday: HolidayKey, calendar: CalendarCode = "SE"): NamedDay {
  return keyOf(holiday, calendar);
}

/**
 * A named day's names in Swedish and English (on the calendar whose key it is).
 *
 * @example
 * namedDayNames("julafton") // => { sv: "Julafton", en: "Christmas Eve" }
 * namedDayNames("självstyrelsedagen") // => { sv: "Självstyrelsedagen", en: "Åland Autonomy Day" }
 */
export function namedDayNames(key: NamedDay): Names {
  const se = tableOf("SE").holidays.get(key);
  if (se !== undefined) return holidayNames(se);
  return holidayNames(tableOf("AX").holidays.get(key)!, "AX");
}

/**
 * The named days a day kind always covers on a calendar: the public holidays, or the
 * work-free eves.
 *
 * @example
 * namedDaysOfKind("workFreeEve") // => ["midsommarafton", "julafton", "nyårsafton"]
 * namedDaysOfKind("workFreeEve", "FI") // => ["midsommarafton", "julafton"]
 */
export function namedDaysOfKind(kind: "publicHoliday" | "workFreeEve", calendar: CalendarCode = "SE"): readonly NamedDay[] {
  const table = tableOf(calendar);
  return table.keys.filter((key) => table.kinds.get(key) === kind);
}

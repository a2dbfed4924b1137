// Named examples of swedishDay() for every kind of day (SPEC §1), 2024–2027.
//
// Every expected value below comes from the calendar itself, not from the code under test:
// - weekdays and ISO weeks from a printed almanac (cross-read with GNU `date +%u %V %G`);
// - public holidays from lag (1989:253) om allmänna helgdagar, as in force since 2005;
// - Easter Sundays (Påskdagen): 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2008-03-23;
//   Långfredagen = Easter − 2, Annandag påsk = Easter + 1, Kristi himmelsfärdsdag = Easter + 39,
//   Pingstdagen = Easter + 49; Midsommardagen = Saturday 20–26 June, Alla helgons dag =
//   Saturday 31 Oct–6 Nov, each eve the day before;
// - bridge day / day before eve / day before red day worked out by hand from SPEC §1.
import { describe, expect, it } from "vitest";
import { swedishDay } from "../src/index";

interface Expected {
  date: string;
  weekday: number;
  isoWeek: number;
  isoWeekYear: number;
  workFree: boolean;
  redDay: boolean;
  publicHoliday: string | null;
  workFreeEve: string | null;
  eve: string | null;
  bridgeDay: boolean;
  dayBeforeEve: boolean;
  dayBeforeRedDay: boolean;
}

type Kind = Partial<Omit<Expected, "date" | "weekday" | "isoWeek" | "isoWeekYear">>;

// Building blocks; every row states its weekday, ISO week and ISO week-year explicitly.
const SATURDAY: Kind = { workFree: true };
const SUNDAY: Kind = { workFree: true, redDay: true };
const holiday = (name: string): Kind => ({ workFree: true, redDay: true, publicHoliday: name });
const workFreeEve = (name: string): Kind => ({ workFree: true, workFreeEve: name, eve: name });
const eve = (name: string): Kind => ({ eve: name });
const BRIDGE: Kind = { bridgeDay: true };
const BEFORE_EVE: Kind = { dayBeforeEve: true };
const BEFORE_RED: Kind = { dayBeforeRedDay: true };

function row(date: string, weekday: number, isoWeek: number, ...kinds: Kind[]): Expected;
function row(date: string, weekday: number, isoWeek: number, isoWeekYear: number, ...kinds: Kind[]): Expected;
function row(date: string, weekday: number, isoWeek: number, ...rest: (number | Kind)[]): Expected {
  const isoWeekYear = typeof rest[0] === "number" ? (rest.shift() as number) : Number(date.slice(0, 4));
  const base: Expected = {
    date,
    weekday,
    isoWeek,
    isoWeekYear,
    workFree: false,
    redDay: false,
    publicHoliday: null,
    workFreeEve: null,
    eve: null,
    bridgeDay: false,
    dayBeforeEve: false,
    dayBeforeRedDay: false,
  };
  return Object.assign(base, ...(rest as Kind[]));
}

const MON = 1, TUE = 2, WED = 3, THU = 4, FRI = 5, SAT = 6, SUN = 7;

/** The full result swedishDay must return for an expected row (names: sv as the field, en any text). */
function fullResult(e: Expected) {
  const names = (sv: string | null) => (sv === null ? null : { sv, en: expect.stringMatching(/\S/) });
  // The named days' keys are the names in lower case; two holidays on one date are "A, B".
  const namedDays = [...new Set([e.publicHoliday, e.workFreeEve, e.eve].flatMap((name) => (name === null ? [] : name.toLowerCase().split(", "))))];
  return {
    ...e,
    namedDays: expect.toSatisfy((keys: string[]) => [...keys].sort().join("|") === namedDays.sort().join("|")),
    names: { publicHoliday: names(e.publicHoliday), workFreeEve: names(e.workFreeEve), eve: names(e.eve) },
  };
}

function check(rows: Expected[]) {
  it.each(rows.map((r) => [r.date, r] as const))("%s", (date, expected) => {
    expect(swedishDay(date)).toEqual(fullResult(expected));
  });
}

describe("the dates named in the brief", () => {
  check([
    // Friday after Nyårsdagen (Thu 1 Jan), before Saturday: klämdag.
    row("2026-01-02", FRI, 1, BRIDGE),
    // Monday between Sunday 4 Jan and Trettondedag jul (Tue 6 Jan): bridge day, day before red day.
    row("2026-01-05", MON, 2, eve("Trettondagsafton"), BRIDGE, BEFORE_RED),
    // Skärtorsdagen, the day before Långfredagen.
    row("2026-04-02", THU, 14, eve("Skärtorsdagen"), BEFORE_RED),
    // Wednesday before Kristi himmelsfärdsdag (Thu 14 May 2026).
    row("2026-05-13", WED, 20, BEFORE_RED),
    // Friday after Kristi himmelsfärdsdag.
    row("2026-05-15", FRI, 20, BRIDGE),
    // Thursday before Midsommarafton (Fri 19 June 2026).
    row("2026-06-18", THU, 25, BEFORE_EVE),
    // Wednesday before Julafton (Thu), Wednesday before Nyårsafton (Thu).
    row("2026-12-23", WED, 52, BEFORE_EVE),
    row("2026-12-30", WED, 53, BEFORE_EVE),
    // Monday between Sunday 22 Dec and Julafton (Tue): bridge day and day before eve.
    row("2024-12-23", MON, 52, BRIDGE, BEFORE_EVE),
    // Friday between Annandag jul (Thu) and Saturday.
    row("2024-12-27", FRI, 52, BRIDGE),
  ]);
});

describe("work-free eves: Midsommarafton, Julafton, Nyårsafton", () => {
  check([
    row("2024-06-21", FRI, 25, workFreeEve("Midsommarafton")),
    row("2025-06-20", FRI, 25, workFreeEve("Midsommarafton")),
    row("2026-06-19", FRI, 25, workFreeEve("Midsommarafton")),
    row("2027-06-25", FRI, 25, workFreeEve("Midsommarafton")),
    row("2024-12-24", TUE, 52, workFreeEve("Julafton")),
    row("2025-12-24", WED, 52, workFreeEve("Julafton")),
    row("2026-12-24", THU, 52, workFreeEve("Julafton")),
    row("2027-12-24", FRI, 51, workFreeEve("Julafton")),
    row("2024-12-31", TUE, 1, 2025, workFreeEve("Nyårsafton")),
    row("2025-12-31", WED, 1, 2026, workFreeEve("Nyårsafton")),
    row("2026-12-31", THU, 53, workFreeEve("Nyårsafton")),
    row("2027-12-31", FRI, 52, workFreeEve("Nyårsafton")),
    // On a Sunday an eve is a red day (because it is a Sunday), still not a public holiday.
    row("2028-12-24", SUN, 51, SUNDAY, workFreeEve("Julafton")),
    row("2028-12-31", SUN, 52, SUNDAY, workFreeEve("Nyårsafton")),
    // Saturday 23 Dec 2028 is not a working day, so not a day before eve.
    row("2028-12-23", SAT, 51, SATURDAY),
  ]);
});

describe("the days around the work-free eves", () => {
  check([
    row("2024-06-20", THU, 25, BEFORE_EVE),
    row("2025-06-19", THU, 25, BEFORE_EVE),
    row("2027-06-24", THU, 25, BEFORE_EVE),
    row("2024-06-22", SAT, 25, holiday("Midsommardagen")),
    row("2025-06-21", SAT, 25, holiday("Midsommardagen")),
    row("2026-06-20", SAT, 25, holiday("Midsommardagen")),
    row("2027-06-26", SAT, 25, holiday("Midsommardagen")),
    row("2025-12-23", TUE, 52, BEFORE_EVE),
    row("2027-12-23", THU, 51, BEFORE_EVE),
    row("2024-12-25", WED, 52, holiday("Juldagen")),
    row("2024-12-26", THU, 52, holiday("Annandag jul")),
    row("2026-12-25", FRI, 52, holiday("Juldagen")),
    row("2026-12-26", SAT, 52, holiday("Annandag jul")),
    row("2027-12-25", SAT, 51, holiday("Juldagen")),
    row("2027-12-26", SUN, 51, holiday("Annandag jul")),
    // Monday after Annandag jul (Sunday) is followed by an ordinary Tuesday: no bridge day.
    row("2027-12-27", MON, 52),
    // Monday 30 Dec 2024 between Sunday and Nyårsafton (Tue): bridge day and day before eve;
    // ISO week 1 of 2025.
    row("2024-12-30", MON, 1, 2025, BRIDGE, BEFORE_EVE),
    // Monday 29 Dec 2025: before an ordinary Tuesday; ISO week 1 of 2026.
    row("2025-12-29", MON, 1, 2026),
    row("2025-12-30", TUE, 1, 2026, BEFORE_EVE),
    row("2027-12-30", THU, 52, BEFORE_EVE),
    row("2025-12-22", MON, 52),
  ]);
});

describe("New Year and Epiphany", () => {
  check([
    row("2024-01-01", MON, 1, holiday("Nyårsdagen")),
    row("2025-01-01", WED, 1, holiday("Nyårsdagen")),
    row("2026-01-01", THU, 1, holiday("Nyårsdagen")),
    // 2026 has 53 ISO weeks: Friday 1 Jan 2027 is in week 53 of 2026.
    row("2027-01-01", FRI, 53, 2026, holiday("Nyårsdagen")),
    row("2027-01-03", SUN, 53, 2026, SUNDAY),
    row("2027-01-04", MON, 1, 2027),
    // 2 Jan 2025 (Thu) is followed by an ordinary Friday: no bridge day.
    row("2025-01-02", THU, 1),
    // Trettondagsafton on a Friday before Saturday Trettondedag jul: day before red day, no bridge.
    row("2024-01-05", FRI, 1, eve("Trettondagsafton"), BEFORE_RED),
    row("2024-01-06", SAT, 1, holiday("Trettondedag jul")),
    // Trettondagsafton on a Sunday.
    row("2025-01-05", SUN, 1, SUNDAY, eve("Trettondagsafton")),
    row("2025-01-06", MON, 2, holiday("Trettondedag jul")),
    row("2026-01-06", TUE, 2, holiday("Trettondedag jul")),
    row("2027-01-05", TUE, 1, eve("Trettondagsafton"), BEFORE_RED),
    row("2027-01-06", WED, 1, holiday("Trettondedag jul")),
  ]);
});

describe("Easter and the days that depend on it", () => {
  check([
    // 2024: Påskdagen 31 March.
    row("2024-03-28", THU, 13, eve("Skärtorsdagen"), BEFORE_RED),
    row("2024-03-29", FRI, 13, holiday("Långfredagen")),
    row("2024-03-30", SAT, 13, SATURDAY, eve("Påskafton")),
    row("2024-03-31", SUN, 13, holiday("Påskdagen")),
    row("2024-04-01", MON, 14, holiday("Annandag påsk")),
    row("2024-05-08", WED, 19, BEFORE_RED),
    row("2024-05-09", THU, 19, holiday("Kristi himmelsfärdsdag")),
    row("2024-05-10", FRI, 19, BRIDGE),
    row("2024-05-18", SAT, 20, SATURDAY, eve("Pingstafton")),
    row("2024-05-19", SUN, 20, holiday("Pingstdagen")),
    // 2025: Påskdagen 20 April.
    row("2025-04-17", THU, 16, eve("Skärtorsdagen"), BEFORE_RED),
    row("2025-04-18", FRI, 16, holiday("Långfredagen")),
    row("2025-04-19", SAT, 16, SATURDAY, eve("Påskafton")),
    row("2025-04-20", SUN, 16, holiday("Påskdagen")),
    row("2025-04-21", MON, 17, holiday("Annandag påsk")),
    row("2025-05-28", WED, 22, BEFORE_RED),
    row("2025-05-29", THU, 22, holiday("Kristi himmelsfärdsdag")),
    row("2025-05-30", FRI, 22, BRIDGE),
    row("2025-06-08", SUN, 23, holiday("Pingstdagen")),
    // 2026: Påskdagen 5 April.
    row("2026-04-01", WED, 14),
    row("2026-04-03", FRI, 14, holiday("Långfredagen")),
    row("2026-04-04", SAT, 14, SATURDAY, eve("Påskafton")),
    row("2026-04-05", SUN, 14, holiday("Påskdagen")),
    row("2026-04-06", MON, 15, holiday("Annandag påsk")),
    row("2026-05-14", THU, 20, holiday("Kristi himmelsfärdsdag")),
    row("2026-05-23", SAT, 21, SATURDAY, eve("Pingstafton")),
    row("2026-05-24", SUN, 21, holiday("Pingstdagen")),
    // 2027: Påskdagen 28 March.
    row("2027-03-25", THU, 12, eve("Skärtorsdagen"), BEFORE_RED),
    row("2027-03-26", FRI, 12, holiday("Långfredagen")),
    row("2027-03-27", SAT, 12, SATURDAY, eve("Påskafton")),
    row("2027-03-28", SUN, 12, holiday("Påskdagen")),
    row("2027-03-29", MON, 13, holiday("Annandag påsk")),
    row("2027-05-06", THU, 18, holiday("Kristi himmelsfärdsdag")),
    row("2027-05-07", FRI, 18, BRIDGE),
    row("2027-05-16", SUN, 19, holiday("Pingstdagen")),
  ]);
});

describe("Valborgsmässoafton, Första maj, Sveriges nationaldag", () => {
  check([
    row("2024-04-30", TUE, 18, eve("Valborgsmässoafton"), BEFORE_RED),
    row("2024-05-01", WED, 18, holiday("Första maj")),
    row("2025-04-30", WED, 18, eve("Valborgsmässoafton"), BEFORE_RED),
    row("2025-05-01", THU, 18, holiday("Första maj")),
    row("2025-05-02", FRI, 18, BRIDGE),
    row("2026-04-30", THU, 18, eve("Valborgsmässoafton"), BEFORE_RED),
    row("2026-05-01", FRI, 18, holiday("Första maj")),
    // Friday 30 April before Saturday Första maj: still a day before red day.
    row("2027-04-30", FRI, 17, eve("Valborgsmässoafton"), BEFORE_RED),
    row("2027-05-01", SAT, 17, holiday("Första maj")),
    row("2024-06-05", WED, 23, BEFORE_RED),
    row("2024-06-06", THU, 23, holiday("Sveriges nationaldag")),
    row("2024-06-07", FRI, 23, BRIDGE),
    row("2025-06-05", THU, 23, BEFORE_RED),
    row("2025-06-06", FRI, 23, holiday("Sveriges nationaldag")),
    // Friday 5 June before Saturday 6 June.
    row("2026-06-05", FRI, 23, BEFORE_RED),
    row("2026-06-06", SAT, 23, holiday("Sveriges nationaldag")),
    // 5 June 2027 is a Saturday (not a working day); 6 June 2027 a Sunday.
    row("2027-06-05", SAT, 22, SATURDAY),
    row("2027-06-06", SUN, 22, holiday("Sveriges nationaldag")),
  ]);
});

describe("Allhelgonaafton and Alla helgons dag", () => {
  check([
    row("2024-11-01", FRI, 44, eve("Allhelgonaafton"), BEFORE_RED),
    row("2024-11-02", SAT, 44, holiday("Alla helgons dag")),
    row("2025-10-31", FRI, 44, eve("Allhelgonaafton"), BEFORE_RED),
    row("2025-11-01", SAT, 44, holiday("Alla helgons dag")),
    row("2026-10-30", FRI, 44, eve("Allhelgonaafton"), BEFORE_RED),
    row("2026-10-31", SAT, 44, holiday("Alla helgons dag")),
    row("2027-11-05", FRI, 44, eve("Allhelgonaafton"), BEFORE_RED),
    row("2027-11-06", SAT, 44, holiday("Alla helgons dag")),
  ]);
});

describe("ordinary weeks: working days, Saturdays, Sundays", () => {
  check([
    row("2026-03-10", TUE, 11),
    row("2026-03-14", SAT, 11, SATURDAY),
    row("2026-03-15", SUN, 11, SUNDAY),
    row("2025-09-17", WED, 38),
  ]);
});

describe("two public holidays on one date: 1 May 2008 (Easter 23 March)", () => {
  it("1 May 2008 is both Första maj and Kristi himmelsfärdsdag (Easter + 39)", () => {
    const day = swedishDay("2008-05-01");
    expect(day.weekday).toBe(THU);
    expect(day.isoWeek).toBe(18);
    expect(day.workFree).toBe(true);
    expect(day.redDay).toBe(true);
    // One name or both (the SPEC leaves the form open); nothing else.
    const names = (day.publicHoliday ?? "").split(", ");
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(["Första maj", "Kristi himmelsfärdsdag"]).toContain(name);
    expect(new Set(names).size).toBe(names.length);
    expect(day.names.publicHoliday?.sv).toBe(day.publicHoliday);
    expect(day.workFreeEve).toBeNull();
    expect(day.eve).toBeNull();
    expect(day.bridgeDay || day.dayBeforeEve || day.dayBeforeRedDay).toBe(false);
  });
  check([
    row("2008-04-30", WED, 18, eve("Valborgsmässoafton"), BEFORE_RED),
    row("2008-05-02", FRI, 18, BRIDGE),
  ]);
});

describe("English names", () => {
  it.each([
    ["2026-01-01", "publicHoliday", "New Year's Day"],
    ["2026-04-03", "publicHoliday", "Good Friday"],
    ["2026-04-06", "publicHoliday", "Easter Monday"],
    ["2026-05-14", "publicHoliday", "Ascension Day"],
    ["2026-12-25", "publicHoliday", "Christmas Day"],
    ["2026-06-19", "workFreeEve", "Midsummer Eve"],
    ["2026-12-24", "workFreeEve", "Christmas Eve"],
    ["2026-12-31", "workFreeEve", "New Year's Eve"],
    ["2026-12-24", "eve", "Christmas Eve"],
  ] as const)("%s %s is %s", (date, field, en) => {
    expect(swedishDay(date).names[field]?.en).toBe(en);
  });
});

/** Every date of a year, as YYYY-MM-DD (UTC arithmetic, independent of the host's TZ). */
function datesOf(year: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

const PUBLIC_HOLIDAYS = [
  "Nyårsdagen", "Trettondedag jul", "Långfredagen", "Påskdagen", "Annandag påsk", "Första maj",
  "Kristi himmelsfärdsdag", "Pingstdagen", "Sveriges nationaldag", "Midsommardagen",
  "Alla helgons dag", "Juldagen", "Annandag jul",
];
const EVES = [
  "Trettondagsafton", "Skärtorsdagen", "Påskafton", "Valborgsmässoafton", "Pingstafton",
  "Midsommarafton", "Allhelgonaafton", "Julafton", "Nyårsafton",
];

// Whole years, worked out by hand from the almanac and SPEC §1.
const YEARS = {
  2024: {
    bridgeDay: ["2024-05-10", "2024-06-07", "2024-12-23", "2024-12-27", "2024-12-30"],
    dayBeforeEve: ["2024-06-20", "2024-12-23", "2024-12-30"],
    dayBeforeRedDay: ["2024-01-05", "2024-03-28", "2024-04-30", "2024-05-08", "2024-06-05", "2024-11-01"],
  },
  2025: {
    bridgeDay: ["2025-05-02", "2025-05-30"],
    dayBeforeEve: ["2025-06-19", "2025-12-23", "2025-12-30"],
    dayBeforeRedDay: ["2025-04-17", "2025-04-30", "2025-05-28", "2025-06-05", "2025-10-31"],
  },
  2026: {
    bridgeDay: ["2026-01-02", "2026-01-05", "2026-05-15"],
    dayBeforeEve: ["2026-06-18", "2026-12-23", "2026-12-30"],
    dayBeforeRedDay: ["2026-01-05", "2026-04-02", "2026-04-30", "2026-05-13", "2026-06-05", "2026-10-30"],
  },
  2027: {
    bridgeDay: ["2027-05-07"],
    dayBeforeEve: ["2027-06-24", "2027-12-23", "2027-12-30"],
    dayBeforeRedDay: ["2027-01-05", "2027-03-25", "2027-04-30", "2027-05-05", "2027-11-05"],
  },
} as const;

describe.each(Object.entries(YEARS))("the whole year %s", (year, lists) => {
  const days = datesOf(Number(year)).map((d) => swedishDay(d));

  it("has each of the 13 public holidays exactly once", () => {
    const names = days.map((d) => d.publicHoliday).filter((n) => n !== null);
    expect([...names].sort()).toEqual([...PUBLIC_HOLIDAYS].sort());
  });
  it("has each of the 9 eves exactly once, and the 3 work-free eves", () => {
    expect(days.map((d) => d.eve).filter((n) => n !== null).sort()).toEqual([...EVES].sort());
    expect(days.map((d) => d.workFreeEve).filter((n) => n !== null).sort()).toEqual(
      ["Julafton", "Midsommarafton", "Nyårsafton"].sort(),
    );
  });
  it.each(["bridgeDay", "dayBeforeEve", "dayBeforeRedDay"] as const)("has exactly the expected %s dates", (flag) => {
    expect(days.filter((d) => d[flag]).map((d) => d.date)).toEqual(lists[flag]);
  });
  it("has weekdays 1..7 cycling from 1 January with the right count of red days", () => {
    const sundays = days.filter((d) => d.weekday === 7).length;
    const holidaysNotOnSunday = days.filter((d) => d.publicHoliday !== null && d.weekday !== 7).length;
    expect(days.filter((d) => d.redDay).length).toBe(sundays + holidaysNotOnSunday);
    for (let i = 1; i < days.length; i++) expect(days[i]!.weekday).toBe((days[i - 1]!.weekday % 7) + 1);
  });
});

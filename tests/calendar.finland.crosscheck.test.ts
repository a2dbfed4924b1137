// calendarDay() on the Finnish (FI) and Åland (AX) calendars for every date
// 2005-01-01..2100-12-31, against independent sources, as tests/calendar.crosscheck.test.ts
// does for Sweden (and, like every library test, under each host TZ of scripts/test.mjs):
// - `date-holidays` FI and AX for the public holidays and work-free eves, mapped and with the
//   deliberate differences of tests/helpers/dateHolidaysFinnishNames.ts (nyårsafton is a
//   working day in Finland; Åland's data lacks alla helgons dag and types påskdagen,
//   pingstdagen and 9 June as observances);
// - the rules of the law, derived here with luxon: the fixed dates, Easter ± n days,
//   midsommardagen the Saturday 20–26 June, alla helgons dag the Saturday 31 Oct–6 Nov,
//   midsommarafton the Friday 19–25 June, självstyrelsedagen 9 June on Åland;
// - `date-holidays` SE for the eves Finland shares with Sweden (skärtorsdagen, påskafton, …);
// - the day kinds derived here from the SPEC §1 definitions on top of that data.
import Holidays from "date-holidays";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { datesBetween, shift } from "./helpers/plainDates";
import { calendarDay, swedishDay, type CalendarDay, type CalendarCode } from "../src/index";
import { EVE_NAMES } from "./helpers/dateHolidaysNames";
import {
  ALAND_FLAG_DAYS,
  ALAND_OBSERVANCES_THAT_ARE_HOLIDAYS,
  FINNISH_BANK_DAYS_THAT_ARE_EVES,
  FINNISH_PUBLIC_HOLIDAY_NAMES,
  FINNISH_WORK_FREE_EVE_NAMES,
} from "./helpers/dateHolidaysFinnishNames";

const FIRST_YEAR = 2005;
const LAST_YEAR = 2100;
const weekdayOf = (date: string) => DateTime.fromISO(date, { zone: "UTC" }).weekday;

type NameIndex = Map<string, string[]>;
interface Reference {
  publicHolidays: NameIndex;
  workFreeEves: NameIndex;
  eves: NameIndex;
}
const add = (index: NameIndex, date: string, name: string) => index.set(date, [...(index.get(date) ?? []), name]);

/** date-holidays' days of a country, one year either side of the range: { date, name, type }. */
function dateHolidays(country: string): { date: string; name: string; type: string }[] {
  const hd = new Holidays(country, { languages: ["sv"] });
  const days: { date: string; name: string; type: string }[] = [];
  for (let year = FIRST_YEAR - 1; year <= LAST_YEAR + 1; year++) {
    for (const h of hd.getHolidays(year)) days.push({ date: h.date.slice(0, 10), name: h.name, type: h.type });
  }
  return days;
}

const SE_DAYS = dateHolidays("SE");
const FI_DAYS = dateHolidays("FI");
const AX_DAYS = dateHolidays("AX");

/** The eves Finland shares with Sweden, not work-free in either: from date-holidays SE. */
function sharedEves(into: NameIndex): void {
  for (const h of SE_DAYS) {
    if (h.name in EVE_NAMES && !["midsommarafton", "julafton", "nyårsafton"].includes(h.name)) add(into, h.date, EVE_NAMES[h.name]!);
  }
}

function finnishReference(): Reference {
  const ref: Reference = { publicHolidays: new Map(), workFreeEves: new Map(), eves: new Map() };
  for (const h of FI_DAYS) {
    if (h.type === "public") add(ref.publicHolidays, h.date, FINNISH_PUBLIC_HOLIDAY_NAMES[h.name] ?? `?${h.name}`);
    if (h.type === "bank" && h.name in FINNISH_WORK_FREE_EVE_NAMES) {
      add(ref.workFreeEves, h.date, FINNISH_WORK_FREE_EVE_NAMES[h.name]!);
      add(ref.eves, h.date, FINNISH_WORK_FREE_EVE_NAMES[h.name]!);
    }
    if (h.type === "bank" && h.name in FINNISH_BANK_DAYS_THAT_ARE_EVES) add(ref.eves, h.date, FINNISH_BANK_DAYS_THAT_ARE_EVES[h.name]!);
  }
  sharedEves(ref.eves);
  return ref;
}

function alandReference(): Reference {
  const ref: Reference = { publicHolidays: new Map(), workFreeEves: new Map(), eves: new Map() };
  for (const h of AX_DAYS) {
    if (h.type === "public") add(ref.publicHolidays, h.date, FINNISH_PUBLIC_HOLIDAY_NAMES[h.name] ?? `?${h.name}`);
    if (h.type === "observance" && h.name in ALAND_OBSERVANCES_THAT_ARE_HOLIDAYS) add(ref.publicHolidays, h.date, ALAND_OBSERVANCES_THAT_ARE_HOLIDAYS[h.name]!);
    if (h.type === "bank" && h.name in FINNISH_WORK_FREE_EVE_NAMES) {
      add(ref.workFreeEves, h.date, FINNISH_WORK_FREE_EVE_NAMES[h.name]!);
      add(ref.eves, h.date, FINNISH_WORK_FREE_EVE_NAMES[h.name]!);
    }
    if (h.type === "bank" && h.name in FINNISH_BANK_DAYS_THAT_ARE_EVES) add(ref.eves, h.date, FINNISH_BANK_DAYS_THAT_ARE_EVES[h.name]!);
  }
  // Missing from date-holidays' AX data: alla helgons dag, a church holiday of all Finland.
  for (const h of FI_DAYS) if (h.name === "alla helgons dag") add(ref.publicHolidays, h.date, "Alla helgons dag");
  sharedEves(ref.eves);
  return ref;
}

/** Whether a reported name (one, or several joined with ", ") names exactly the reference's names. */
function sameNames(reported: string | null, expected: string[] | undefined): boolean {
  if (!expected || expected.length === 0) return reported === null;
  if (reported === null) return false;
  const parts = reported.split(", ");
  return parts.length === expected.length && parts.every((p) => expected.includes(p));
}

function report(what: string, diffs: string[]): string {
  return `${diffs.length} differences in ${what}${diffs.length ? `; first: ${diffs.slice(0, 15).join(" | ")}` : ""}`;
}

const typesOf = (days: { name: string; type: string }[]) => {
  const byType: Record<string, string[]> = {};
  for (const { name, type } of days) if (!(byType[type] ??= []).includes(name)) byType[type]!.push(name);
  for (const names of Object.values(byType)) names.sort();
  return byType;
};

let dates: string[];
const refs = {} as Record<"FI" | "AX", Reference>;
const days = {} as Record<"FI" | "AX", Map<string, CalendarDay>>;

beforeAll(() => {
  dates = datesBetween(`${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`);
  refs.FI = finnishReference();
  refs.AX = alandReference();
  for (const calendar of ["FI", "AX"] as const) days[calendar] = new Map(dates.map((d) => [d, calendarDay(d, { calendar })]));
});

describe("date-holidays' FI and AX data is what the mapping says (guards the mapping itself)", () => {
  it("FI: 13 public holidays, 3 bank days, 2 observances", () => {
    expect(typesOf(FI_DAYS)).toEqual({
      public: Object.keys(FINNISH_PUBLIC_HOLIDAY_NAMES).sort(),
      bank: [...Object.keys(FINNISH_WORK_FREE_EVE_NAMES), ...Object.keys(FINNISH_BANK_DAYS_THAT_ARE_EVES)].sort(),
      observance: ["Fars dag", "Mors dag"],
    });
  });
  it("AX: Finland's public holidays but påskdagen, pingstdagen (observances) and alla helgons dag (missing); 9 June an observance", () => {
    const missing = ["påskdagen", "pingstdagen", "alla helgons dag"];
    expect(typesOf(AX_DAYS)).toEqual({
      public: Object.keys(FINNISH_PUBLIC_HOLIDAY_NAMES).filter((name) => !missing.includes(name)).sort(),
      bank: ["julafton", "midsommarafton", "nyårsafton"],
      observance: [...Object.keys(ALAND_OBSERVANCES_THAT_ARE_HOLIDAYS), ...ALAND_FLAG_DAYS].sort(),
    });
  });
  it("every year 2005–2100 has 13 public holidays, 2 work-free eves and 9 eves on FI; 14, 2 and 9 on AX", () => {
    const count = (index: NameIndex, year: number) => [...index.entries()].filter(([d]) => d.startsWith(`${year}-`)).reduce((n, [, names]) => n + names.length, 0);
    const wrong: string[] = [];
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      for (const [calendar, expected] of [["FI", "13,2,9"], ["AX", "14,2,9"]] as const) {
        const ref = refs[calendar];
        const counts = [count(ref.publicHolidays, y), count(ref.workFreeEves, y), count(ref.eves, y)].join();
        if (counts !== expected) wrong.push(`${calendar} ${y}: ${counts}`);
      }
    }
    expect(wrong, report("yearly counts", wrong)).toEqual([]);
  });
});

describe(`date-holidays FI against the rules of the law, every year ${FIRST_YEAR}–${LAST_YEAR}`, () => {
  it("fixed dates, Easter ± n, midsommardagen on the Saturday 20–26 June, alla helgons dag on the Saturday 31 Oct–6 Nov, midsommarafton the Friday 19–25 June", () => {
    const wrong: string[] = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const easter = FI_DAYS.find((h) => h.name === "påskdagen" && h.date.startsWith(`${year}-`))!.date;
      if (weekdayOf(easter) !== 7) wrong.push(`${year}: påskdagen ${easter} is no Sunday`);
      const saturdayIn = (from: string) => [0, 1, 2, 3, 4, 5, 6].map((n) => shift(from, n)).find((d) => weekdayOf(d) === 6)!;
      const expected = [
        `${year}-01-01`, `${year}-01-06`, shift(easter, -2), easter, shift(easter, 1), `${year}-05-01`, shift(easter, 39), shift(easter, 49),
        saturdayIn(`${year}-06-20`), saturdayIn(`${year}-10-31`), `${year}-12-06`, `${year}-12-25`, `${year}-12-26`,
      ].sort();
      const got = FI_DAYS.filter((h) => h.type === "public" && h.date.startsWith(`${year}-`)).map((h) => h.date).sort();
      if (got.join() !== expected.join()) wrong.push(`${year}: date-holidays ${got.join()} vs the law ${expected.join()}`);
      const midsummerEve = FI_DAYS.find((h) => h.name === "midsommarafton" && h.date.startsWith(`${year}-`))!.date;
      if (midsummerEve !== shift(saturdayIn(`${year}-06-20`), -1) || weekdayOf(midsummerEve) !== 5) wrong.push(`${year}: midsommarafton ${midsummerEve}`);
      const autonomyDay = AX_DAYS.find((h) => h.name === "Ålands självstyrelsedag" && h.date.startsWith(`${year}-`))!.date;
      if (autonomyDay !== `${year}-06-09`) wrong.push(`${year}: självstyrelsedagen ${autonomyDay}`);
    }
    expect(wrong, report("the law's rules", wrong)).toEqual([]);
  });
});

for (const calendar of ["FI", "AX"] as const) {
  describe(`calendarDay on ${calendar} against date-holidays, every date ${FIRST_YEAR}–${LAST_YEAR}`, () => {
    it("public holidays agree in date and name", () => {
      const diffs: string[] = [];
      for (const [date, day] of days[calendar]) {
        const expected = refs[calendar].publicHolidays.get(date);
        if (!sameNames(day.publicHoliday, expected)) diffs.push(`${date}: got ${JSON.stringify(day.publicHoliday)}, expected ${JSON.stringify(expected ?? null)}`);
        if (day.names.publicHoliday?.sv !== (day.publicHoliday ?? undefined)) diffs.push(`${date}: names.publicHoliday.sv differs`);
      }
      expect(diffs, report("public holidays", diffs)).toEqual([]);
    });

    it("work-free eves (midsommarafton, julafton) and eves agree in date and name; nyårsafton is not work-free", () => {
      const diffs: string[] = [];
      for (const [date, day] of days[calendar]) {
        if (!sameNames(day.workFreeEve, refs[calendar].workFreeEves.get(date))) diffs.push(`${date} workFreeEve: got ${JSON.stringify(day.workFreeEve)}`);
        if (!sameNames(day.eve, refs[calendar].eves.get(date))) diffs.push(`${date} eve: got ${JSON.stringify(day.eve)}, expected ${JSON.stringify(refs[calendar].eves.get(date) ?? null)}`);
        if (date.endsWith("-12-31") && (day.eve !== "Nyårsafton" || day.workFreeEve !== null)) diffs.push(`${date}: nyårsafton ${day.eve}/${day.workFreeEve}`);
      }
      expect(diffs, report("eves", diffs)).toEqual([]);
    });

    it("6 June is an ordinary day: never Sveriges nationaldag", () => {
      const wrong = dates.filter((d) => d.endsWith("-06-06")).map((d) => days[calendar].get(d)!).filter((day) => day.publicHoliday !== null && day.publicHoliday !== "Pingstdagen");
      expect(wrong.map((day) => `${day.date}: ${day.publicHoliday}`)).toEqual([]);
    });

    it("workFree, redDay, bridgeDay, dayBeforeEve, dayBeforeRedDay agree with SPEC §1 on this data", () => {
      const ref = refs[calendar];
      const isWorkFree = (date: string) => weekdayOf(date) >= 6 || ref.publicHolidays.has(date) || ref.workFreeEves.has(date);
      const fields = ["workFree", "redDay", "bridgeDay", "dayBeforeEve", "dayBeforeRedDay"] as const;
      const diffs: string[] = [];
      const counts = { bridgeDay: 0, dayBeforeEve: 0, dayBeforeRedDay: 0, yearEndBridges: 0 };
      for (const [date, day] of days[calendar]) {
        const workFree = isWorkFree(date);
        const expected = {
          workFree,
          redDay: weekdayOf(date) === 7 || ref.publicHolidays.has(date),
          bridgeDay: !workFree && isWorkFree(shift(date, -1)) && isWorkFree(shift(date, 1)),
          dayBeforeEve: !workFree && ref.workFreeEves.has(shift(date, 1)),
          dayBeforeRedDay: !workFree && ref.publicHolidays.has(shift(date, 1)),
        };
        for (const field of fields) if (day[field] !== expected[field]) diffs.push(`${date} ${field}: got ${day[field]}, expected ${expected[field]}`);
        if (expected.bridgeDay) counts.bridgeDay++;
        if (expected.dayBeforeEve) counts.dayBeforeEve++;
        if (expected.dayBeforeRedDay) counts.dayBeforeRedDay++;
        if (expected.bridgeDay && date.endsWith("-12-31")) counts.yearEndBridges++;
      }
      expect(counts.bridgeDay).toBeGreaterThan(100);
      expect(counts.dayBeforeEve).toBeGreaterThan(100);
      expect(counts.dayBeforeRedDay).toBeGreaterThan(300);
      // A Monday 31 December between Sunday and nyårsdagen is a bridge day in Finland (2029, 2035, …).
      expect(counts.yearEndBridges).toBeGreaterThan(10);
      expect(diffs, report("day kinds", diffs)).toEqual([]);
    });

    it("namedDays are the lower-cased names of the date's holiday and eve", () => {
      const diffs: string[] = [];
      for (const [date, day] of days[calendar]) {
        const names = [day.publicHoliday, day.eve].filter((n): n is string => n !== null).flatMap((n) => n.split(", ")).map((n) => n.toLocaleLowerCase("sv"));
        if ([...day.namedDays].sort().join() !== [...new Set(names)].sort().join()) diffs.push(`${date}: ${day.namedDays.join()} vs ${names.join()}`);
      }
      expect(diffs, report("named days", diffs)).toEqual([]);
    });
  });
}

describe("the Swedish calendar is unchanged", () => {
  it("calendarDay(date) and calendarDay(date, { calendar: 'SE' }) are swedishDay(date) on every date", () => {
    const diffs = dates.filter((d) => {
      const se = JSON.stringify(swedishDay(d));
      return JSON.stringify(calendarDay(d)) !== se || JSON.stringify(calendarDay(d, { calendar: "SE" as CalendarCode })) !== se;
    });
    expect(diffs.slice(0, 10)).toEqual([]);
  });

  it("AX is FI but for 9 June and the days beside it", () => {
    const diffs = dates.filter((d) => JSON.stringify(days.FI.get(d)) !== JSON.stringify(days.AX.get(d)) && !["06-08", "06-09", "06-10"].includes(d.slice(5)));
    expect(diffs).toEqual([]);
  });
});

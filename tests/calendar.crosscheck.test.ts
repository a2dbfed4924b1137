// swedishDay() for every date 2005-01-01..2100-12-31, against independent sources:
// - `date-holidays` (SE) for the public holidays, work-free eves and eves;
// - a derivation of the day kinds written here from the SPEC §1 definitions on top of that data;
// - `luxon` (zone UTC) for ISO weekday, week and week-year.
//
// date-holidays' SE data, as inspected (3.37.0), per year:
//   type "public":     the 13 allmänna helgdagar of lag (1989:253) (nationaldagen "since 2005")
//   type "bank":       midsommarafton, julafton, nyårsafton (the work-free eves)
//   type "optional":   trettondagsafton, valborgsmässoafton, allhelgonaafton (dated 12:00)
//   type "observance": skärtorsdagen, påskafton, pingstafton, plus days that are no eves
//                      (annandag pingst, Mors dag, Luciadagen, Vasaloppet, …)
// Its `date` field "YYYY-MM-DD hh:mm:ss" is local to the country, not to the host's TZ.
import Holidays from "date-holidays";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { datesBetween, shift } from "./helpers/plainDates";
import { swedishDay, type SwedishDay } from "../src/index";
import { EVE_NAMES, PUBLIC_HOLIDAY_NAMES, WORK_FREE_EVE_NAMES } from "./helpers/dateHolidaysNames";

const FIRST_YEAR = 2005;
const LAST_YEAR = 2100;

/** date → names of that kind on that date (a date can carry two, e.g. 1 May 2008). */
type NameIndex = Map<string, string[]>;

interface Reference {
  publicHolidays: NameIndex;
  workFreeEves: NameIndex;
  eves: NameIndex;
  /** type → set of names date-holidays gives that type (to notice if its data changes). */
  namesByType: Map<string, Set<string>>;
}

function loadReference(): Reference {
  const hd = new Holidays("SE");
  const ref: Reference = { publicHolidays: new Map(), workFreeEves: new Map(), eves: new Map(), namesByType: new Map() };
  const add = (index: NameIndex, date: string, name: string) => index.set(date, [...(index.get(date) ?? []), name]);
  // One year either side, for the neighbours of the first and last dates.
  for (let year = FIRST_YEAR - 1; year <= LAST_YEAR + 1; year++) {
    for (const h of hd.getHolidays(year)) {
      const date = h.date.slice(0, 10);
      if (!ref.namesByType.has(h.type)) ref.namesByType.set(h.type, new Set());
      ref.namesByType.get(h.type)!.add(h.name);
      if (h.type === "public") add(ref.publicHolidays, date, PUBLIC_HOLIDAY_NAMES[h.name] ?? `?${h.name}`);
      if (h.type === "bank") add(ref.workFreeEves, date, WORK_FREE_EVE_NAMES[h.name] ?? `?${h.name}`);
      if (h.name in EVE_NAMES) add(ref.eves, date, EVE_NAMES[h.name]!);
    }
  }
  return ref;
}

/** A readable failure: how many dates differ, and the first few. */
function report(what: string, diffs: string[]): string {
  return `${diffs.length} differences in ${what}${diffs.length ? `; first: ${diffs.slice(0, 15).join(" | ")}` : ""}`;
}

/** Whether a reported name (one name, or several joined with ", ") names exactly the reference's names. */
function sameNames(reported: string | null, expected: string[] | undefined): boolean {
  if (!expected || expected.length === 0) return reported === null;
  if (reported === null) return false;
  if (expected.length === 1) return reported === expected[0];
  // Two holidays on one date: accept one of them or all of them, each once.
  const parts = reported.split(", ");
  return new Set(parts).size === parts.length && parts.every((p) => expected.includes(p));
}

let ref: Reference;
let dates: string[];
let days: Map<string, SwedishDay>;
/** luxon's view of every date of the range and one day either side. */
let luxonDays: Map<string, { weekday: number; weekNumber: number; weekYear: number }>;

beforeAll(() => {
  ref = loadReference();
  dates = datesBetween(`${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`);
  days = new Map(dates.map((d) => [d, swedishDay(d)]));
  luxonDays = new Map(
    datesBetween(`${FIRST_YEAR - 1}-12-31`, `${LAST_YEAR + 1}-01-01`).map((d) => {
      const dt = DateTime.fromISO(d, { zone: "UTC" });
      return [d, { weekday: dt.weekday, weekNumber: dt.weekNumber, weekYear: dt.weekYear }];
    }),
  );
});

describe("date-holidays data is what this test maps (guards the mapping itself)", () => {
  it("its 'public' days are exactly the 13 public holidays, its 'bank' days the 3 work-free eves", () => {
    expect([...ref.namesByType.get("public")!].sort()).toEqual(Object.keys(PUBLIC_HOLIDAY_NAMES).sort());
    expect([...ref.namesByType.get("bank")!].sort()).toEqual(Object.keys(WORK_FREE_EVE_NAMES).sort());
  });
  it("every year 2005–2100 has 13 public-holiday entries, 3 work-free eves and 9 eves", () => {
    const count = (index: NameIndex, year: number) =>
      [...index.entries()].filter(([d]) => d.startsWith(`${year}-`)).reduce((n, [, names]) => n + names.length, 0);
    const wrong: string[] = [];
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      const counts = [count(ref.publicHolidays, y), count(ref.workFreeEves, y), count(ref.eves, y)];
      if (counts.join() !== "13,3,9") wrong.push(`${y}: ${counts.join()}`);
    }
    expect(wrong, report("yearly counts of date-holidays", wrong)).toEqual([]);
  });
});

describe(`swedishDay against date-holidays, every date ${FIRST_YEAR}–${LAST_YEAR}`, () => {
  it("covers every date of the range", () => {
    expect(dates.length).toBe(35_063); // 96 years, 23 of them leap years (2008…2096; 2100 is not)
    expect(dates[0]).toBe("2005-01-01");
    expect(dates.at(-1)).toBe("2100-12-31");
  });

  it("the dates with a public holiday are exactly date-holidays' public holidays", () => {
    const diffs: string[] = [];
    for (const [date, day] of days) {
      const expected = ref.publicHolidays.has(date);
      if ((day.publicHoliday !== null) !== expected) {
        diffs.push(`${date}: got ${JSON.stringify(day.publicHoliday)}, date-holidays ${JSON.stringify(ref.publicHolidays.get(date) ?? null)}`);
      }
    }
    expect(diffs, report("public-holiday dates", diffs)).toEqual([]);
  });

  it("the dates with a work-free eve are exactly date-holidays' midsommarafton/julafton/nyårsafton", () => {
    const diffs: string[] = [];
    for (const [date, day] of days) {
      if ((day.workFreeEve !== null) !== ref.workFreeEves.has(date)) {
        diffs.push(`${date}: got ${JSON.stringify(day.workFreeEve)}, date-holidays ${JSON.stringify(ref.workFreeEves.get(date) ?? null)}`);
      }
    }
    expect(diffs, report("work-free-eve dates", diffs)).toEqual([]);
  });

  it("public holiday and work-free eve names agree", () => {
    const diffs: string[] = [];
    for (const [date, day] of days) {
      if (!sameNames(day.publicHoliday, ref.publicHolidays.get(date))) {
        diffs.push(`${date} publicHoliday: got ${JSON.stringify(day.publicHoliday)}, expected ${JSON.stringify(ref.publicHolidays.get(date) ?? null)}`);
      }
      if (!sameNames(day.workFreeEve, ref.workFreeEves.get(date))) {
        diffs.push(`${date} workFreeEve: got ${JSON.stringify(day.workFreeEve)}, expected ${JSON.stringify(ref.workFreeEves.get(date) ?? null)}`);
      }
      if (day.names.publicHoliday?.sv !== (day.publicHoliday ?? undefined) || day.names.workFreeEve?.sv !== (day.workFreeEve ?? undefined)) {
        diffs.push(`${date}: names.*.sv differ from the top-level names`);
      }
    }
    expect(diffs, report("holiday names", diffs)).toEqual([]);
  });

  it("eves (all nine, work-free eves included) agree in date and name", () => {
    const diffs: string[] = [];
    for (const [date, day] of days) {
      if (!sameNames(day.eve, ref.eves.get(date))) {
        diffs.push(`${date}: got ${JSON.stringify(day.eve)}, expected ${JSON.stringify(ref.eves.get(date) ?? null)}`);
      }
      if (day.names.eve?.sv !== (day.eve ?? undefined)) diffs.push(`${date}: names.eve.sv differs from eve`);
    }
    expect(diffs, report("eves", diffs)).toEqual([]);
  });
});

describe(`day kinds derived from SPEC §1, every date ${FIRST_YEAR}–${LAST_YEAR}`, () => {
  it("workFree, redDay, bridgeDay, dayBeforeEve, dayBeforeRedDay agree", () => {
    // ISO weekday from luxon, for the range and one day either side.
    const weekdayOf = (date: string) => luxonDays.get(date)!.weekday;
    const isWorkFree = (date: string) =>
      weekdayOf(date) >= 6 || ref.publicHolidays.has(date) || ref.workFreeEves.has(date);
    const fields = ["workFree", "redDay", "bridgeDay", "dayBeforeEve", "dayBeforeRedDay"] as const;
    const diffs: Record<(typeof fields)[number], string[]> = {
      workFree: [], redDay: [], bridgeDay: [], dayBeforeEve: [], dayBeforeRedDay: [],
    };
    const counts = { bridgeDay: 0, dayBeforeEve: 0, dayBeforeRedDay: 0 };
    for (const [date, day] of days) {
      const previous = shift(date, -1);
      const next = shift(date, 1);
      const workFree = isWorkFree(date);
      const expected = {
        workFree,
        redDay: weekdayOf(date) === 7 || ref.publicHolidays.has(date),
        bridgeDay: !workFree && isWorkFree(previous) && isWorkFree(next),
        dayBeforeEve: !workFree && ref.workFreeEves.has(next),
        dayBeforeRedDay: !workFree && ref.publicHolidays.has(next),
      };
      for (const field of fields) {
        if (day[field] !== expected[field]) diffs[field].push(`${date}: got ${day[field]}, expected ${expected[field]}`);
      }
      if (expected.bridgeDay) counts.bridgeDay++;
      if (expected.dayBeforeEve) counts.dayBeforeEve++;
      if (expected.dayBeforeRedDay) counts.dayBeforeRedDay++;
    }
    // The derivation must actually find such days (a few hundred of each over 96 years).
    expect(counts.bridgeDay).toBeGreaterThan(100);
    expect(counts.dayBeforeEve).toBeGreaterThan(200);
    expect(counts.dayBeforeRedDay).toBeGreaterThan(300);
    const all = fields.flatMap((f) => diffs[f].map((d) => `${f} ${d}`));
    expect(all, `${fields.map((f) => `${f}: ${diffs[f].length}`).join(", ")}; ${report("day kinds", all)}`).toEqual([]);
  });
});

describe(`weekday and ISO week against luxon, every date ${FIRST_YEAR}–${LAST_YEAR}`, () => {
  it("weekday, isoWeek, isoWeekYear and date agree", () => {
    const diffs: string[] = [];
    for (const [date, day] of days) {
      const dt = luxonDays.get(date)!;
      if (day.date !== date) diffs.push(`${date}: date ${day.date}`);
      if (day.weekday !== dt.weekday) diffs.push(`${date}: weekday ${day.weekday}, luxon ${dt.weekday}`);
      if (day.isoWeek !== dt.weekNumber) diffs.push(`${date}: isoWeek ${day.isoWeek}, luxon ${dt.weekNumber}`);
      if (day.isoWeekYear !== dt.weekYear) diffs.push(`${date}: isoWeekYear ${day.isoWeekYear}, luxon ${dt.weekYear}`);
    }
    expect(diffs, report("weekday/ISO week", diffs)).toEqual([]);
  });
});

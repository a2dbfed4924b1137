/**
 * An independent reference model of the Arjeplog preset (SPEC §5 table, §2 precedence),
 * checked against the library for every date 2024-01-01..2031-12-31.
 *
 * Sources of truth used here, none of them the code under test:
 * - public holidays and the work-free eves: `date-holidays` (`new Holidays("SE")`, its
 *   `date` string field, which is the same under every host TZ);
 * - weekday, ISO week, bridge day, day before eve, day before red day: plain-date arithmetic
 *   below (only `Date.UTC` and UTC getters, never local-time `Date` methods);
 * - local time → instant: the EU summer-time rule (last Sunday of March / October, 01:00 UTC),
 *   itself cross-checked against luxon's IANA data.
 */
import Holidays from "date-holidays";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { createSchedule, presets } from "../src/index";
import { PUBLIC_HOLIDAY_NAMES, WORK_FREE_EVE_NAMES } from "./helpers/dateHolidaysNames";

// ---------------------------------------------------------------------------
// Plain-date arithmetic (day numbers since 1970-01-01, via Date.UTC only)
// ---------------------------------------------------------------------------

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function dateOf(n: number): string {
  const t = new Date(n * DAY_MS);
  const pad = (v: number) => String(v).padStart(2, "0");
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
function weekdayOfN(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** ISO-8601 week number: the week of the Thursday of the date's week. */
function isoWeekOfN(n: number): number {
  const thursday = n - (weekdayOfN(n) - 1) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1) / DAY_MS;
  return Math.floor((thursday - jan1) / 7) + 1;
}

/** Epoch ms of a Stockholm wall-clock time, by the EU rule (CET +1, CEST +2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October). */
function lastSundayUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0) / DAY_MS; // day 0 of next month = last day of `month`
  return lastDay - (weekdayOfN(lastDay) % 7);
}
function stockholmToEpoch(date: string, minutes: number): number {
  const n = dayNumber(date);
  const year = new Date(n * DAY_MS).getUTCFullYear();
  const summerStart = lastSundayUtc(year, 3) * DAY_MS + 3_600_000;
  const summerEnd = lastSundayUtc(year, 10) * DAY_MS + 3_600_000;
  // Office hours are never inside the 02:00–03:00 transition hours, so either guess is unambiguous.
  const asCet = n * DAY_MS + minutes * 60_000 - 3_600_000;
  const inSummer = asCet >= summerStart && asCet < summerEnd;
  return inSummer ? asCet - 3_600_000 : asCet;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------
// The Swedish calendar from date-holidays
// ---------------------------------------------------------------------------

const publicHolidays = new Map<number, string>();
const workFreeEves = new Map<number, string>();
{
  const hd = new Holidays("SE");
  for (let year = 2023; year <= 2032; year++) {
    let publicCount = 0;
    for (const holiday of hd.getHolidays(year)) {
      const n = dayNumber(holiday.date.slice(0, 10));
      const name = holiday.name;
      if (holiday.type === "public") {
        const specName = PUBLIC_HOLIDAY_NAMES[name];
        if (!specName) throw new Error(`date-holidays gave an unexpected public holiday ${holiday.name} ${holiday.date}`);
        publicHolidays.set(n, specName);
        publicCount++;
      } else if (WORK_FREE_EVE_NAMES[name]) {
        workFreeEves.set(n, WORK_FREE_EVE_NAMES[name]!);
      }
    }
    if (publicCount !== 13) throw new Error(`date-holidays gave ${publicCount} public holidays for ${year}, expected 13`);
  }
}

function isWorkFree(n: number): boolean {
  return weekdayOfN(n) >= 6 || publicHolidays.has(n) || workFreeEves.has(n);
}

// ---------------------------------------------------------------------------
// The reference model of SPEC §5 with the precedence of §2
// ---------------------------------------------------------------------------

type Kind = "publicHoliday" | "workFreeEve" | "bridgeDay" | "dayBeforeEve" | "dayBeforeRedDay" | "period" | "weekly";
interface Expected {
  kind: Kind;
  /** minutes from midnight */
  hours: [number, number][];
  label?: string;
}

const H = (h: number, m = 0) => h * 60 + m;
const MON_THU: [number, number][] = [
  [H(8), H(12)],
  [H(13), H(16)],
];
const FRIDAY: [number, number][] = [
  [H(8), H(12)],
  [H(13), H(15)],
];
const SUMMER: [number, number][] = [
  [H(9), H(12)],
  [H(13), H(15)],
];
const MORNING: [number, number][] = [[H(8), H(12)]];
const BRIDGE: [number, number][] = [[H(10), H(12)]];

function expectedDay(n: number): Expected {
  const weekday = weekdayOfN(n);
  const working = !isWorkFree(n);
  if (publicHolidays.has(n)) return { kind: "publicHoliday", hours: [], label: publicHolidays.get(n)! };
  if (workFreeEves.has(n)) return { kind: "workFreeEve", hours: [], label: workFreeEves.get(n)! };
  if (working && isWorkFree(n - 1) && isWorkFree(n + 1)) return { kind: "bridgeDay", hours: BRIDGE };
  if (working && workFreeEves.has(n + 1)) return { kind: "dayBeforeEve", hours: MORNING };
  if (working && publicHolidays.has(n + 1)) return { kind: "dayBeforeRedDay", hours: MORNING };
  const week = isoWeekOfN(n);
  if (week >= 25 && week <= 32 && weekday <= 5) return { kind: "period", hours: SUMMER };
  if (weekday <= 4) return { kind: "weekly", hours: MON_THU };
  if (weekday === 5) return { kind: "weekly", hours: FRIDAY };
  return { kind: "weekly", hours: [] };
}

const FIRST = dayNumber("2024-01-01");
const LAST = dayNumber("2031-12-31");

/** Every reference interval of the whole range, as absolute instants, in order. */
const referenceIntervals: { date: string; start: number; end: number }[] = [];
for (let n = FIRST; n <= LAST; n++) {
  const date = dateOf(n);
  for (const [from, to] of expectedDay(n).hours) {
    referenceIntervals.push({ date, start: stockholmToEpoch(date, from), end: stockholmToEpoch(date, to) });
  }
}

const schedule = createSchedule(presets.arjeplog);
const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? String(ms) : new Date(ms).toISOString());

function failIfAny(mismatches: string[], what: string) {
  if (mismatches.length > 0) {
    throw new Error(`${mismatches.length} ${what} mismatch(es); first ones:\n  ${mismatches.slice(0, 12).join("\n  ")}`);
  }
}

// ---------------------------------------------------------------------------

describe("test helpers (sanity of the oracle itself)", () => {
  it("plain-date arithmetic matches known facts", () => {
    expect(weekdayOfN(dayNumber("2026-12-24"))).toBe(4); // Thursday
    expect(weekdayOfN(dayNumber("2024-01-01"))).toBe(1); // Monday
    expect(isoWeekOfN(dayNumber("2026-06-15"))).toBe(25);
    expect(isoWeekOfN(dayNumber("2026-12-31"))).toBe(53); // 2026 starts on a Thursday: 53 weeks
    expect(isoWeekOfN(dayNumber("2027-01-03"))).toBe(53);
    expect(isoWeekOfN(dayNumber("2027-01-04"))).toBe(1);
    expect(isoWeekOfN(dayNumber("2024-12-30"))).toBe(1); // belongs to 2025's week 1
    expect(dateOf(dayNumber("2028-02-29"))).toBe("2028-02-29");
  });

  it("date-holidays gives the expected Swedish dates", () => {
    expect(publicHolidays.get(dayNumber("2026-04-03"))).toBe("Långfredagen");
    expect(publicHolidays.get(dayNumber("2026-05-14"))).toBe("Kristi himmelsfärdsdag");
    expect(publicHolidays.get(dayNumber("2026-06-20"))).toBe("Midsommardagen");
    expect(publicHolidays.get(dayNumber("2026-10-31"))).toBe("Alla helgons dag");
    expect(workFreeEves.get(dayNumber("2026-06-19"))).toBe("Midsommarafton");
    expect(workFreeEves.get(dayNumber("2024-12-24"))).toBe("Julafton");
    expect(workFreeEves.get(dayNumber("2030-12-31"))).toBe("Nyårsafton");
    expect(publicHolidays.has(dayNumber("2026-05-25"))).toBe(false); // Annandag pingst: not since 2005
  });

  it("the EU summer-time helper agrees with luxon's tz data for Stockholm", () => {
    const bad: string[] = [];
    for (let n = FIRST; n <= LAST; n += 3) {
      const date = dateOf(n);
      for (const minutes of [H(0), H(8), H(12, 30), H(23, 59)]) {
        const luxon = DateTime.fromISO(`${date}T${hhmm(minutes)}`, { zone: "Europe/Stockholm" }).toMillis();
        const mine = stockholmToEpoch(date, minutes);
        if (luxon !== mine) bad.push(`${date} ${hhmm(minutes)}: luxon ${iso(luxon)}, EU rule ${iso(mine)}`);
      }
    }
    failIfAny(bad, "helper");
    expect(stockholmToEpoch("2026-03-29", H(8))).toBe(Date.UTC(2026, 2, 29, 6));
    expect(stockholmToEpoch("2026-03-28", H(8))).toBe(Date.UTC(2026, 2, 28, 7));
    expect(stockholmToEpoch("2026-10-25", H(8))).toBe(Date.UTC(2026, 9, 25, 7));
    expect(stockholmToEpoch("2026-10-24", H(8))).toBe(Date.UTC(2026, 9, 24, 6));
  });
});

describe("Arjeplog preset against the reference model, every date 2024–2031", () => {
  it("day(date): same intervals and rule kind (and holiday/eve names) on every date", () => {
    const mismatches: string[] = [];
    const kindsSeen = new Set<string>();
    for (let n = FIRST; n <= LAST; n++) {
      const date = dateOf(n);
      const want = expectedDay(n);
      kindsSeen.add(want.kind);
      const got = schedule.day(date);
      const wantIntervals = want.hours.map(([from, to]) => ({ from: hhmm(from), to: hhmm(to) }));
      const gotIntervals = got.intervals.map((i) => ({ from: i.from, to: i.to }));
      const problems: string[] = [];
      if (got.date !== date) problems.push(`date ${got.date}`);
      if (got.rule.kind !== want.kind) problems.push(`kind ${got.rule.kind}, expected ${want.kind}`);
      if (JSON.stringify(gotIntervals) !== JSON.stringify(wantIntervals)) {
        problems.push(`intervals ${JSON.stringify(gotIntervals)}, expected ${JSON.stringify(wantIntervals)}`);
      }
      if (want.label !== undefined && got.rule.label !== want.label) problems.push(`label ${JSON.stringify(got.rule.label)}, expected ${JSON.stringify(want.label)}`);
      if (problems.length) mismatches.push(`${date}: ${problems.join("; ")}`);
    }
    failIfAny(mismatches, "day()");
    // The range exercises every kind the preset can produce.
    expect([...kindsSeen].sort()).toEqual(["bridgeDay", "dayBeforeEve", "dayBeforeRedDay", "period", "publicHoliday", "weekly", "workFreeEve"]);
  });

  it("isOpen at every interval's edges (start, start − 1 ms, end − 1 ms, end)", () => {
    const mismatches: string[] = [];
    for (let i = 0; i < referenceIntervals.length; i++) {
      const { date, start, end } = referenceIntervals[i]!;
      const touchesPrevious = i > 0 && referenceIntervals[i - 1]!.end === start;
      const touchesNext = i + 1 < referenceIntervals.length && referenceIntervals[i + 1]!.start === end;
      const checks: [number, boolean][] = [
        [start, true],
        [start - 1, touchesPrevious],
        [end - 1, true],
        [end, touchesNext],
      ];
      for (const [at, want] of checks) {
        const got = schedule.isOpen(at);
        if (got !== want) mismatches.push(`${date} isOpen(${iso(at)}) = ${got}, expected ${want}`);
      }
    }
    failIfAny(mismatches, "isOpen");
    expect(referenceIntervals.length).toBeGreaterThan(3000);
  });

  it("openIntervals over the whole range is exactly the reference intervals", () => {
    const from = stockholmToEpoch("2024-01-01", 0);
    const to = stockholmToEpoch("2032-01-01", 0);
    const got = schedule.openIntervals(from, to).map((i) => ({ start: i.start.getTime(), end: i.end.getTime() }));
    const want = referenceIntervals.map(({ start, end }) => ({ start, end }));
    const mismatches: string[] = [];
    for (let i = 0; i < Math.max(got.length, want.length); i++) {
      const g = got[i];
      const w = want[i];
      if (!g || !w || g.start !== w.start || g.end !== w.end) {
        mismatches.push(`#${i}: got ${iso(g?.start)}–${iso(g?.end)}, expected ${iso(w?.start)}–${iso(w?.end)} (${referenceIntervals[i]?.date})`);
      }
    }
    failIfAny(mismatches, "openIntervals");
  });

  it("nextOpening / nextClosing chain through every reference interval", () => {
    const mismatches: string[] = [];
    for (let i = 1; i < referenceIntervals.length; i++) {
      const previous = referenceIntervals[i - 1]!;
      const { date, start, end } = referenceIntervals[i]!;
      // From the previous closing (closed then) the next opening is this start…
      const opening = schedule.nextOpening(previous.end)?.getTime() ?? null;
      if (opening !== start) mismatches.push(`${date} nextOpening(${iso(previous.end)}) = ${iso(opening)}, expected ${iso(start)}`);
      // …and at the start (open, strictly after) the next closing is this end.
      const closing = schedule.nextClosing(start)?.getTime() ?? null;
      if (closing !== end) mismatches.push(`${date} nextClosing(${iso(start)}) = ${iso(closing)}, expected ${iso(end)}`);
      // While open, nextOpening is the start of the following interval.
      if (i + 1 < referenceIntervals.length) {
        const following = referenceIntervals[i + 1]!.start;
        const whileOpen = schedule.nextOpening(start)?.getTime() ?? null;
        if (whileOpen !== following) mismatches.push(`${date} nextOpening(${iso(start)}) while open = ${iso(whileOpen)}, expected ${iso(following)}`);
      }
    }
    failIfAny(mismatches, "nextOpening/nextClosing");
  });
});

describe("Arjeplog: hand-checked named dates", () => {
  const cases: [string, string, [string, string][], string][] = [
    // Wed 23 Dec 2026: next day Julafton → day before eve; Tue 22 Dec is a working day, so no bridge day.
    ["2026-12-23", "dayBeforeEve", [["08:00", "12:00"]], "day before Julafton"],
    // Mon 23 Dec 2024: Sunday before, Julafton after → bridge day, which beats day before eve.
    ["2024-12-23", "bridgeDay", [["10:00", "12:00"]], "bridge day beats day before eve"],
    // Mon 5 Jan 2026: Sunday before, Trettondedag jul after → bridge day (also day before red day).
    ["2026-01-05", "bridgeDay", [["10:00", "12:00"]], "bridge day beats day before red day"],
    // Thu 18 Jun 2026 (ISO week 25): next day Midsommarafton → day before eve beats the summer period.
    ["2026-06-18", "dayBeforeEve", [["08:00", "12:00"]], "day before eve beats period"],
    // Wed 17 Jun 2026, week 25: summer hours.
    ["2026-06-17", "period", [["09:00", "12:00"], ["13:00", "15:00"]], "summer week"],
    // Fri 15 May 2026: after Kristi himmelsfärdsdag (Thu 14 May), before Saturday → bridge day.
    ["2026-05-15", "bridgeDay", [["10:00", "12:00"]], "Friday after Ascension"],
    // Thu 24 Dec 2026: Julafton, closed.
    ["2026-12-24", "workFreeEve", [], "Julafton"],
    // Thu 2 Apr 2026: Skärtorsdagen, day before Långfredagen.
    ["2026-04-02", "dayBeforeRedDay", [["08:00", "12:00"]], "Skärtorsdagen"],
    // Thu 30 Apr 2026: day before Första maj (Friday), prev day Wednesday is working → not a bridge day.
    ["2026-04-30", "dayBeforeRedDay", [["08:00", "12:00"]], "Valborgsmässoafton"],
    // Fri 30 Oct 2026: day before Alla helgons dag (Sat 31 Oct).
    ["2026-10-30", "dayBeforeRedDay", [["08:00", "12:00"]], "Allhelgonaafton"],
    // Sat 20 Jun 2026, Midsommardagen: public holiday beats weekly.
    ["2026-06-20", "publicHoliday", [], "Midsommardagen on a Saturday"],
    // Sat 27 Jun 2026, week 26: the period names only Mon–Fri, so the weekend stays weekly and closed.
    ["2026-06-27", "weekly", [], "summer Saturday"],
    ["2026-06-28", "weekly", [], "summer Sunday"],
    // Mon 3 Aug 2026, week 32 (last summer week); Mon 10 Aug week 33 is back to normal.
    ["2026-08-03", "period", [["09:00", "12:00"], ["13:00", "15:00"]], "week 32"],
    ["2026-08-10", "weekly", [["08:00", "12:00"], ["13:00", "16:00"]], "week 33"],
    // Fri 12 Jun 2026, week 24: ordinary Friday.
    ["2026-06-12", "weekly", [["08:00", "12:00"], ["13:00", "15:00"]], "week 24 Friday"],
    // Wed 30 Dec 2026: day before Nyårsafton.
    ["2026-12-30", "dayBeforeEve", [["08:00", "12:00"]], "day before Nyårsafton"],
  ];
  for (const [date, kind, intervals, why] of cases) {
    it(`${date}: ${kind} ${JSON.stringify(intervals)} (${why})`, () => {
      const got = schedule.day(date);
      expect(got.date).toBe(date);
      expect(got.rule.kind).toBe(kind);
      expect(got.intervals.map((i) => [i.from, i.to])).toEqual(intervals);
    });
  }

  it('2026-12-24 is labelled "Julafton"', () => {
    expect(schedule.day("2026-12-24").rule.label).toBe("Julafton");
  });
});

describe("Arjeplog: queries at named instants", () => {
  it("at 2026-12-23T12:00 Stockholm the next opening is Monday 2026-12-28T08:00 (07:00Z)", () => {
    const at = Date.UTC(2026, 11, 23, 11); // 12:00 CET
    expect(schedule.isOpen(at)).toBe(false);
    expect(schedule.isOpen(at - 1)).toBe(true);
    expect(schedule.nextOpening(at)?.toISOString()).toBe("2026-12-28T07:00:00.000Z");
    expect(schedule.nextOpening(new Date("2026-12-23T12:00:00+01:00"))?.getTime()).toBe(Date.UTC(2026, 11, 28, 7));
  });

  it("at 2026-12-23T09:00+01:00 it is open until 12:00", () => {
    const at = new Date("2026-12-23T09:00:00+01:00");
    expect(schedule.isOpen(at)).toBe(true);
    expect(schedule.nextClosing(at)?.toISOString()).toBe("2026-12-23T11:00:00.000Z");
    expect(schedule.nextOpening(at)?.toISOString()).toBe("2026-12-28T07:00:00.000Z");
  });

  it("Friday 2026-11-27T15:00+01:00 → next opening Monday 2026-11-30T08:00+01:00", () => {
    const at = new Date("2026-11-27T15:00:00+01:00");
    expect(schedule.isOpen(at)).toBe(false);
    expect(schedule.isOpen(at.getTime() - 1)).toBe(true);
    expect(schedule.nextOpening(at)?.getTime()).toBe(Date.UTC(2026, 10, 30, 7));
    expect(schedule.nextClosing(at)?.getTime()).toBe(Date.UTC(2026, 10, 30, 11)); // 12:00+01:00
  });

  it("status at 2026-12-24T10:00+01:00 is closed on Julafton", () => {
    const s = schedule.status(new Date("2026-12-24T10:00:00+01:00"));
    expect(s.open).toBe(false);
    expect(s.rule.kind).toBe("workFreeEve");
    expect(s.rule.label).toBe("Julafton");
    expect(s.date).toBe("2026-12-24");
    expect(s.since?.getTime()).toBe(Date.UTC(2026, 11, 23, 11)); // closed since 23 Dec 12:00 CET
    expect(s.until?.getTime()).toBe(Date.UTC(2026, 11, 28, 7));
    expect(s.nextOpening?.getTime()).toBe(Date.UTC(2026, 11, 28, 7));
    expect(s.nextClosing?.getTime()).toBe(Date.UTC(2026, 11, 28, 11));
    expect(s.today.intervals).toEqual([]);
  });

  it("status at a summer-week morning (2026-06-17T10:00+02:00) is open on the period rule", () => {
    const s = schedule.status(new Date("2026-06-17T10:00:00+02:00"));
    expect(s.open).toBe(true);
    expect(s.rule.kind).toBe("period");
    expect(s.since?.getTime()).toBe(Date.UTC(2026, 5, 17, 7)); // 09:00 CEST
    expect(s.until?.getTime()).toBe(Date.UTC(2026, 5, 17, 10)); // 12:00 CEST
    expect(s.nextOpening?.getTime()).toBe(Date.UTC(2026, 5, 17, 11)); // 13:00 CEST
  });

  it("status on the bridge day 2026-05-15 at 11:00+02:00: open on the bridge-day rule until 12:00", () => {
    const s = schedule.status(new Date("2026-05-15T11:00:00+02:00"));
    expect(s.open).toBe(true);
    expect(s.rule.kind).toBe("bridgeDay");
    expect(s.since?.getTime()).toBe(Date.UTC(2026, 4, 15, 8)); // 10:00 CEST
    expect(s.until?.getTime()).toBe(Date.UTC(2026, 4, 15, 10)); // 12:00 CEST
    // Then closed over the weekend: Monday 18 May 08:00 CEST.
    expect(s.nextOpening?.getTime()).toBe(Date.UTC(2026, 4, 18, 6));
  });
});

/**
 * Rules as people write them (SPEC §8): a rule's hours as a list, hours per weekday or a clip,
 * the short forms of a `dayKinds`/`namedDays` entry, and odd/even weeks.
 *
 * Dates are checked against the almanac with luxon (weekdays, ISO weeks) and date-holidays
 * (which day is an eve or a red day); the hours expected are worked out by hand from the
 * meaning of a clip: the hours the day would have without the rule, cut to its window.
 */
import Holidays from "date-holidays";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { createSchedule, presets, type ScheduleConfig } from "../src/index";

const ZONE = "Europe/Stockholm";
const hoursOf = (day: { intervals: readonly { from: string; to: string }[] }) => day.intervals.map((i) => `${i.from}-${i.to}`);
const at = (local: string) => DateTime.fromISO(local, { zone: ZONE }).toMillis();
const luxon = (date: string) => DateTime.fromISO(date, { zone: "utc" });

/** date-holidays' names of a date (SE). */
const holidays = new Holidays("SE");
const namesOn = (date: string) =>
  holidays
    .getHolidays(Number(date.slice(0, 4)))
    .filter((h) => h.date.startsWith(date))
    .map((h) => h.name);

const arjeplog = structuredClone(presets.arjeplog) as ScheduleConfig;

describe("a clip: the hours the day would have without the rule, cut to the window", () => {
  it("dag före afton stänger 12.00 on a summer-week day (Thursday before midsommarafton 2026)", () => {
    expect(namesOn("2026-06-19")).toContain("midsommarafton");
    expect(luxon("2026-06-18").weekNumber).toBe(25);
    const schedule = createSchedule({ ...arjeplog, dayKinds: { ...arjeplog.dayKinds, dayBeforeEve: { closesAt: "12:00" } } });
    const day = schedule.day("2026-06-18");
    // Summer hours 09–12 and 13–15, cut at 12.
    expect(hoursOf(day)).toEqual(["09:00-12:00"]);
    expect(day.rule).toEqual({ kind: "dayBeforeEve", label: "Dag före afton", labels: { sv: "Dag före afton", en: "Day before a holiday eve" } });
    // The Thursday before, week 25 too, keeps the summer hours.
    expect(hoursOf(schedule.day("2026-06-11"))).toEqual(["08:00-12:00", "13:00-16:00"]); // week 24: not summer
    expect(hoursOf(schedule.day("2026-06-17"))).toEqual(["09:00-12:00", "13:00-15:00"]);
  });

  it("dag före röd dag stänger 12.00 in a summer period and on a day with a lunch break", () => {
    // Valborgsmässoafton 2026 (Thursday 30 April) is the day before första maj.
    expect(namesOn("2026-05-01")).toContain("första maj");
    const config: ScheduleConfig = {
      weekly: { mon: ["08:00-12:00", "13:00-16:00"], tue: ["08:00-12:00", "13:00-16:00"], wed: ["08:00-12:00", "13:00-16:00"], thu: ["08:00-12:00", "13:00-16:00"], fri: ["08:00-15:00"] },
      periods: [{ dates: { from: "04-20", to: "05-31" }, hours: { mon: ["07:00-15:00"], tue: ["07:00-15:00"], wed: ["07:00-15:00"], thu: ["07:00-15:00"], fri: ["07:00-15:00"] }, label: "Vårtid" }],
      dayKinds: { dayBeforeRedDay: { closesAt: "12:00" } },
    };
    const schedule = createSchedule(config);
    expect(hoursOf(schedule.day("2026-04-30"))).toEqual(["07:00-12:00"]); // the period's 07–15, cut
    expect(schedule.day("2026-04-30").rule.kind).toBe("dayBeforeRedDay");
    // 5 January 2026 (before trettondedag jul) is outside the period: the lunch break stays, the afternoon goes.
    expect(hoursOf(schedule.day("2026-01-05"))).toEqual(["08:00-12:00"]);
    const at1400 = createSchedule({ ...config, dayKinds: { dayBeforeRedDay: { closesAt: "14.00" } } });
    expect(hoursOf(at1400.day("2026-01-05"))).toEqual(["08:00-12:00", "13:00-14:00"]);
    const at1230 = createSchedule({ ...config, dayKinds: { dayBeforeRedDay: { closesAt: "12:30" } } });
    expect(hoursOf(at1230.day("2026-01-05"))).toEqual(["08:00-12:00"]);
    expect(at1230.isOpen(at("2026-01-05T11:59"))).toBe(true);
    expect(at1230.isOpen(at("2026-01-05T12:00"))).toBe(false);
    // No rule closes trettondedag jul in this config, so Tuesday's weekly hours hold.
    expect(at1230.nextOpening(at("2026-01-05T12:00"))).toEqual(new Date(at("2026-01-06T08:00")));
  });

  it("on an overnight interval (socialjour 16.00–08.00), across midnight", () => {
    const night = ["16:00-32:00"];
    const config: ScheduleConfig = { weekly: { mon: night, tue: night, wed: night, thu: night, fri: night, sat: night, sun: night }, dayKinds: { dayBeforeRedDay: { closesAt: "24:00" } } };
    const schedule = createSchedule(config);
    // 2026-04-02 Skärtorsdagen is the day before långfredagen.
    expect(hoursOf(schedule.day("2026-04-02"))).toEqual(["16:00-24:00"]);
    // The night of 1 April runs into 2 April: it is 1 April's hours and is not cut.
    expect(schedule.isOpen(at("2026-04-02T07:59"))).toBe(true);
    expect(schedule.isOpen(at("2026-04-02T08:00"))).toBe(false);
    expect(schedule.isOpen(at("2026-04-02T23:59"))).toBe(true);
    expect(schedule.isOpen(at("2026-04-03T00:00"))).toBe(false);
    expect(schedule.nextOpening(at("2026-04-03T00:00"))).toEqual(new Date(at("2026-04-03T16:00")));
    const to0200 = createSchedule({ ...config, dayKinds: { dayBeforeRedDay: { closesAt: "26:00" } } });
    expect(hoursOf(to0200.day("2026-04-02"))).toEqual(["16:00-26:00"]);
    const from1800 = createSchedule({ ...config, dayKinds: { dayBeforeRedDay: { opensAt: "18:00" } } });
    expect(hoursOf(from1800.day("2026-04-02"))).toEqual(["18:00-32:00"]);
    const window = createSchedule({ ...config, dayKinds: { dayBeforeRedDay: { opensAt: "18:00", closesAt: "25:00" } } });
    expect(hoursOf(window.day("2026-04-02"))).toEqual(["18:00-25:00"]);
  });

  it("an open-ended clip takes the hours of the rule below, down to the weekly hours", () => {
    // Skärtorsdagen 2026: named day opens at 10, below it the day before a red day closes at 15, below that the weekly 08–16.
    const schedule = createSchedule({
      weekly: { thu: ["08:00-16:00"] },
      dayKinds: { dayBeforeRedDay: { closesAt: "15:00" } },
      namedDays: { skärtorsdagen: { opensAt: "10:00" } },
    });
    const day = schedule.day("2026-04-02");
    expect(hoursOf(day)).toEqual(["10:00-15:00"]);
    expect(day.rule.kind).toBe("namedDay");
    expect(day.rule.label).toBe("Skärtorsdagen");
  });

  it("skips a rule below that does not speak for the weekday", () => {
    const schedule = createSchedule({
      weekly: { mon: ["08:00-16:00"], tue: ["08:00-16:00"], wed: ["08:00-16:00"], thu: ["08:00-16:00"], fri: ["08:00-16:00"] },
      periods: [{ weeks: { from: 1, to: 53 }, hours: { sat: ["10:00-14:00"] } }],
      dayKinds: { dayBeforeRedDay: { closesAt: "12:00" } },
    });
    expect(hoursOf(schedule.day("2026-04-02"))).toEqual(["08:00-12:00"]); // Thursday: the period says nothing
  });

  it("leaves a closed day closed, with the clip's rule", () => {
    const schedule = createSchedule({ ...arjeplog, dayKinds: { ...arjeplog.dayKinds, dayBeforeRedDay: { closesAt: "12:00" } } });
    // A day whose rules below leave it closed: a config without weekly hours.
    const empty = createSchedule({ dayKinds: { dayBeforeRedDay: { closesAt: "12:00" } } });
    expect(hoursOf(empty.day("2026-04-02"))).toEqual([]);
    expect(empty.day("2026-04-02").rule.kind).toBe("dayBeforeRedDay");
    // 2026-10-30, the Friday before alla helgons dag: 08–12 and 13–15, cut at 12.
    expect(namesOn("2026-10-31")).toContain("alla helgons dag");
    expect(hoursOf(schedule.day("2026-10-30"))).toEqual(["08:00-12:00"]);
  });

  it("clips in periods and exceptions", () => {
    const schedule = createSchedule({
      ...arjeplog,
      periods: [{ dates: { from: "2026-07-06", to: "2026-07-31" }, hours: { closesAt: "14:00" }, label: "Sommar, stänger 14" }, ...arjeplog.periods!],
      exceptions: [{ date: "2026-11-27", hours: { opensAt: "10:00" }, note: "Personalmöte" }],
    });
    // A Monday in July: the summer-week period below gives 09–12, 13–15; cut at 14.
    expect(hoursOf(schedule.day("2026-07-06"))).toEqual(["09:00-12:00", "13:00-14:00"]);
    expect(schedule.day("2026-07-06").rule.label).toBe("Sommar, stänger 14");
    // A Saturday in July: every weekday alike for a clip, so the weekly (closed) hours, cut: closed, rule "period".
    expect(schedule.day("2026-07-11").rule.kind).toBe("period");
    expect(hoursOf(schedule.day("2026-07-11"))).toEqual([]);
    // Friday 27 November: 08–12, 13–15 from 10.
    expect(hoursOf(schedule.day("2026-11-27"))).toEqual(["10:00-12:00", "13:00-15:00"]);
    expect(schedule.day("2026-11-27").rule).toEqual({ kind: "exception", label: "Personalmöte", labels: { sv: "Personalmöte", en: "Personalmöte" } });
  });
});

describe("the forms of a rule's hours", () => {
  it("a list in a period is every weekday alike; hours per weekday only the weekdays named", () => {
    const schedule = createSchedule({
      weekly: { mon: ["08:00-16:00"], tue: ["08:00-16:00"], wed: ["08:00-16:00"], thu: ["08:00-16:00"], fri: ["08:00-16:00"] },
      periods: [{ dates: { from: "07-01", to: "07-31" }, hours: ["10:00-14:00"], label: "Juli" }],
    });
    expect(hoursOf(schedule.day("2026-07-04"))).toEqual(["10:00-14:00"]); // a Saturday
    expect(hoursOf(schedule.day("2026-07-06"))).toEqual(["10:00-14:00"]); // a Monday
    expect(hoursOf(schedule.day("2026-08-03"))).toEqual(["08:00-16:00"]);
  });

  it("\"Röda dagar måndag–lördag 10–16\": public holidays with hours per weekday", () => {
    const schedule = createSchedule({
      weekly: { mon: ["09:00-18:00"], tue: ["09:00-18:00"], wed: ["09:00-18:00"], thu: ["09:00-18:00"], fri: ["09:00-18:00"], sat: ["10:00-16:00"], sun: ["12:00-16:00"] },
      dayKinds: { publicHoliday: { mon: ["10:00-16:00"], tue: ["10:00-16:00"], wed: ["10:00-16:00"], thu: ["10:00-16:00"], fri: ["10:00-16:00"], sat: ["10:00-16:00"], label: "Röda dagar" } },
    });
    expect(luxon("2026-04-06").weekday).toBe(1); // annandag påsk, a Monday
    expect(hoursOf(schedule.day("2026-04-06"))).toEqual(["10:00-16:00"]);
    expect(schedule.day("2026-04-06").rule).toEqual({ kind: "publicHoliday", label: "Röda dagar", labels: { sv: "Röda dagar", en: "Röda dagar" } });
    // Påskdagen is a Sunday: the rule does not speak for Sundays, so the weekly Sunday hours hold.
    expect(schedule.day("2026-04-05").rule.kind).toBe("weekly");
    expect(hoursOf(schedule.day("2026-04-05"))).toEqual(["12:00-16:00"]);
  });

  it("the short forms of dayKinds and namedDays entries mean the full ones", () => {
    const full = createSchedule({
      ...arjeplog,
      dayKinds: { ...arjeplog.dayKinds, bridgeDay: { hours: ["10:00-12:00"] }, dayBeforeRedDay: { hours: { closesAt: "12:00" } } },
      namedDays: { julafton: { hours: { closesAt: "12:00" }, label: "Julafton" } },
    });
    const short = createSchedule({
      ...arjeplog,
      dayKinds: { ...arjeplog.dayKinds, bridgeDay: ["10:00-12:00"], dayBeforeRedDay: { closesAt: "12:00" } },
      namedDays: { julafton: { closesAt: "12:00", label: "Julafton" } },
    });
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      expect(short.day(date).intervals, date).toEqual(full.day(date).intervals);
      expect(short.day(date).rule, date).toEqual(full.day(date).rule);
    }
  });
});

describe("odd and even weeks (parity)", () => {
  const config = (weeks: NonNullable<ScheduleConfig["periods"]>[number]["weeks"]): ScheduleConfig => ({
    weekly: { sat: ["10:00-14:00"] },
    periods: [{ weeks, hours: { sat: [] } }],
  });

  it("\"lördagar udda veckor stängt\": the ISO week number's parity, checked against luxon for 2024–2033", () => {
    const odd = createSchedule(config({ parity: "odd" }));
    const even = createSchedule(config({ parity: "even" }));
    for (let saturday = luxon("2024-01-06"); saturday.year < 2034; saturday = saturday.plus({ weeks: 1 })) {
      const date = saturday.toISODate()!;
      const isOdd = saturday.weekNumber % 2 === 1;
      expect(hoursOf(odd.day(date)), date).toEqual(isOdd ? [] : ["10:00-14:00"]);
      expect(hoursOf(even.day(date)), date).toEqual(isOdd ? ["10:00-14:00"] : []);
    }
  });

  it("week 53 is odd, so weeks 53 and 1 are both odd", () => {
    const odd = createSchedule(config({ parity: "odd" }));
    expect(luxon("2027-01-02").weekNumber).toBe(53);
    expect(luxon("2027-01-09").weekNumber).toBe(1);
    expect(hoursOf(odd.day("2027-01-02"))).toEqual([]);
    expect(hoursOf(odd.day("2027-01-09"))).toEqual([]);
    expect(odd.day("2027-01-09").rule.label).toBe("Udda veckor");
  });

  it("with from and to: the odd (or even) weeks of the range", () => {
    const schedule = createSchedule(config({ from: 10, to: 20, parity: "even" }));
    const saturdays: [string, number, boolean][] = [
      ["2026-02-28", 9, false], // before the range
      ["2026-03-07", 10, true],
      ["2026-03-14", 11, false], // odd
      ["2026-05-16", 20, true],
      ["2026-05-23", 21, false], // after the range
    ];
    for (const [date, week, inPeriod] of saturdays) {
      expect(luxon(date).weekNumber, date).toBe(week);
      expect(schedule.day(date).rule.kind, date).toBe(inPeriod ? "period" : "weekly");
      expect(hoursOf(schedule.day(date)), date).toEqual(inPeriod ? [] : ["10:00-14:00"]);
    }
    expect(schedule.day("2026-05-16").rule).toEqual({ kind: "period", label: "Vecka 10–20, jämna veckor", labels: { sv: "Vecka 10–20, jämna veckor", en: "Weeks 10–20, even weeks" } });
  });
});

describe("the README's library", () => {
  const library = createSchedule({
    timeZone: "Europe/Stockholm",
    weekly: { mon: ["10:00-19:00"], tue: ["10:00-19:00"], wed: ["10:00-19:00"], thu: ["10:00-19:00"], fri: ["10:00-16:00"], sat: ["10:00-14:00"] },
    periods: [
      { dates: { from: "06-22", to: "08-16" }, hours: { closesAt: "16:00" }, label: "Sommartid" },
      { weeks: { parity: "odd" }, hours: { sat: [] }, label: "Lördagsstängt udda veckor" },
    ],
    dayKinds: { publicHoliday: [], workFreeEve: [], dayBeforeRedDay: { closesAt: "15:00" } },
    namedDays: { Skärtorsdag: ["10:00-16:00"], valborgsmässoafton: ["10:00-14:00"], julafton: ["10:00-12:00"] },
  });

  it("has the hours the README shows", () => {
    expect(namesOn("2026-05-14")).toContain("Kristi himmelsfärdsdag");
    expect(luxon("2026-01-17").weekNumber).toBe(3);
    expect(library.day("2026-04-02").rule.label).toBe("Skärtorsdagen");
    expect(hoursOf(library.day("2026-04-02"))).toEqual(["10:00-16:00"]);
    expect(hoursOf(library.day("2026-04-30"))).toEqual(["10:00-14:00"]);
    expect(hoursOf(library.day("2026-05-13"))).toEqual(["10:00-15:00"]);
    expect(hoursOf(library.day("2026-07-08"))).toEqual(["10:00-16:00"]);
    expect(hoursOf(library.day("2026-01-10"))).toEqual(["10:00-14:00"]); // week 2, even
    expect(hoursOf(library.day("2026-01-17"))).toEqual([]);
    expect(library.day("2026-12-24").rule).toEqual({ kind: "namedDay", label: "Julafton", labels: { sv: "Julafton", en: "Christmas Eve" } });
    expect(hoursOf(library.day("2026-12-24"))).toEqual(["10:00-12:00"]);
    expect(library.day("2026-12-31").rule.kind).toBe("workFreeEve");
    // An odd-week Saturday in the summer: the summer clip (listed first) cuts what is below it, the closed Saturday.
    expect(luxon("2026-07-18").weekNumber).toBe(29);
    expect(library.day("2026-07-18").rule.label).toBe("Sommartid");
    expect(hoursOf(library.day("2026-07-18"))).toEqual([]);
  });
});

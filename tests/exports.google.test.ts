/**
 * `toGoogleBusinessHours` (Google Business Profile `regularHours` + `specialHours`), read back
 * with tests/helpers/googleHoursReader.ts — an interpreter written by Google's documented rules,
 * independently of src/google/ — day by day over whole windows: the hours Google would show on
 * every date must be the schedule's.
 *
 * Dates from the almanac, cross-checked with date-holidays where they are red days:
 * - 2026-12-23 Wed (day before julafton), 2026-12-24 Thu julafton, 2026-12-25 Fri juldagen.
 * - 2026-06-06 Sat Sveriges nationaldag; ISO week 25 of 2026 starts Mon 15 June.
 * - 2026-12-31 Thu nyårsafton; 2027-01-01 Fri nyårsdagen.
 * - Finland: Itsenäisyyspäivä (självständighetsdagen) Mon 6 December 2027, an ordinary Monday in Sweden.
 */
import Holidays from "date-holidays";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createOrganization, createSchedule, presets, type OrganizationConfig, type Schedule, type ScheduleConfig } from "../src/index";
import { MAX_GOOGLE_BUSINESS_DAYS, toGoogleBusinessHours } from "../src/entries/exports";
import { googleHoursOn, intervalsInMinutes, type GoogleHoursJson } from "./helpers/googleHoursReader";
import { datesBetween, shift } from "./helpers/plainDates";

/** Through JSON text, as it would be sent to the API. */
const sent = (value: unknown) => JSON.parse(JSON.stringify(value)) as GoogleHoursJson;

/** Every date of the window on which Google would show other hours than the schedule has. */
function mismatches(schedule: Schedule, json: GoogleHoursJson, from: string, days: number): string[] {
  return datesBetween(from, shift(from, days - 1)).flatMap((date) => {
    const google = googleHoursOn(json, date);
    const own = intervalsInMinutes(schedule.day(date).intervals);
    return JSON.stringify(google) === JSON.stringify(own) ? [] : [`${date}: google ${JSON.stringify(google)}, schedule ${JSON.stringify(own)}`];
  });
}

const isPublicHoliday = (country: string, date: string) =>
  (new Holidays(country).isHoliday(new Date(`${date}T12:00:00Z`)) || []).some((h) => h.type === "public");

const date = (text: string) => ({ year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) });
const time = (hours: number, minutes = 0) => ({ hours, minutes });
const specialsOn = (json: GoogleHoursJson, day: string) => json.specialHours.specialHourPeriods.filter((p) => JSON.stringify(p.startDate) === JSON.stringify(date(day)));

const lunch: ScheduleConfig = {
  timeZone: "Europe/Stockholm",
  weekly: { mon: ["09:00-12:00", "13:00-17:00"], tue: ["09:00-12:00", "13:00-17:00"], wed: ["09:00-12:00", "13:00-17:00"], thu: ["09:00-12:00", "13:00-17:00"], fri: ["09:00-12:00", "13:00-17:00"], sat: ["10:00-14:00"] },
  dayKinds: { publicHoliday: [], workFreeEve: [] },
  exceptions: [{ date: "2026-07-01", hours: ["00:00-24:00"], note: "Dygnet runt" }],
};
const night: ScheduleConfig = {
  timeZone: "Europe/Stockholm",
  weekly: { fri: ["20:00-26:00"], sat: ["20:00-27:00"], sun: ["12:00-18:00", "22:00-24:00"] },
  dayKinds: { publicHoliday: [], workFreeEve: [] },
  exceptions: [{ date: "2026-12-31", hours: ["20:00-26:00"], note: "Nyårsnatt" }],
};
const allDay: ScheduleConfig = {
  timeZone: "Europe/Stockholm",
  weekly: { mon: ["00:00-24:00"], tue: ["00:00-24:00"], wed: ["00:00-24:00"], thu: ["00:00-24:00"], fri: ["00:00-24:00"], sat: ["00:00-24:00"], sun: ["00:00-24:00"] },
  dayKinds: { workFreeEve: { hours: ["10:00-14:00"] } },
};
const finnish: ScheduleConfig = { calendar: "FI", weekly: { mon: ["08:00-16:00"], tue: ["08:00-16:00"], wed: ["08:00-16:00"], thu: ["08:00-16:00"], fri: ["08:00-16:00"] }, dayKinds: { publicHoliday: [] } };

describe("toGoogleBusinessHours: read back day by day, Google's way", () => {
  const cases: [string, Schedule][] = [
    ["Arjeplog (the default)", createSchedule(presets.arjeplog)],
    ["lunch breaks", createSchedule(lunch)],
    ["past midnight", createSchedule(night)],
    ["open 24 hours", createSchedule(allDay)],
    ["Finnish calendar", createSchedule(finnish)],
  ];
  it.each(cases)("%s: every date of three years", (_name, schedule) => {
    const json = sent(toGoogleBusinessHours(schedule, { from: "2026-01-01", days: MAX_GOOGLE_BUSINESS_DAYS }));
    expect(mismatches(schedule, json, "2026-01-01", MAX_GOOGLE_BUSINESS_DAYS)).toEqual([]);
  });

  it("the read-back notices a missing or wrong period (the reader is not a copy of the output)", () => {
    const schedule = createSchedule(presets.arjeplog);
    const json = sent(toGoogleBusinessHours(schedule, { from: "2026-12-20", days: 14 }));
    const without24 = { ...json, specialHours: { specialHourPeriods: json.specialHours.specialHourPeriods.filter((p) => p.startDate.day !== 24) } };
    expect(mismatches(schedule, without24, "2026-12-20", 14)).toEqual(["2026-12-24: google [{\"from\":480,\"to\":720},{\"from\":780,\"to\":960}], schedule []"]);
    const mondayIntoTuesday = { ...json, regularHours: { periods: json.regularHours.periods.map((p) => ({ ...p, closeDay: p.openDay === "MONDAY" ? "TUESDAY" : p.closeDay })) } };
    expect(mismatches(schedule, mondayIntoTuesday, "2026-12-20", 14)).toContain('2026-12-21: google [{"from":480,"to":2400}], schedule [{"from":480,"to":720},{"from":780,"to":960}]');
  });

  it("every unit of examples/organization.json, and an Organization taken as its own hours", () => {
    const exempla = createOrganization(JSON.parse(readFileSync("examples/organization.json", "utf8")) as OrganizationConfig);
    expect(exempla.units.length).toBeGreaterThan(1);
    for (const unit of exempla.units) {
      const json = sent(toGoogleBusinessHours(unit, { from: "2026-06-01", days: 366 }));
      expect(mismatches(unit.hours, json, "2026-06-01", 366), unit.id).toEqual([]);
      expect(toGoogleBusinessHours(unit.hours, { from: "2026-06-01", days: 366 })).toEqual(json);
    }
    const kommun = createOrganization(presets.arjeplogKommun);
    expect(toGoogleBusinessHours(kommun, { from: "2026-12-01", days: 31 })).toEqual(toGoogleBusinessHours(createSchedule(presets.arjeplog), { from: "2026-12-01", days: 31 }));
  });
});

describe("toGoogleBusinessHours: what the calendar says", () => {
  const arjeplog = toGoogleBusinessHours(createSchedule(presets.arjeplog), { from: "2026-06-01", days: 366 });

  it("regular hours are the weekly ones: a lunch break is two periods, the weekend has none", () => {
    // presets.arjeplog: Mon–Thu 08–12, 13–16; Fri 08–12, 13–15 (SPEC §5).
    const monday = arjeplog.regularHours.periods.filter((p) => p.openDay === "MONDAY");
    expect(monday).toEqual([
      { openDay: "MONDAY", openTime: time(8), closeDay: "MONDAY", closeTime: time(12) },
      { openDay: "MONDAY", openTime: time(13), closeDay: "MONDAY", closeTime: time(16) },
    ]);
    expect(arjeplog.regularHours.periods.filter((p) => p.openDay === "FRIDAY").map((p) => p.closeTime)).toEqual([time(12), time(15)]);
    expect(arjeplog.regularHours.periods.some((p) => p.openDay === "SATURDAY" || p.openDay === "SUNDAY")).toBe(false);
    expect(arjeplog.regularHours.periods).toHaveLength(10);
  });

  it("julafton and juldagen closed, the day before eve 08–12", () => {
    expect(isPublicHoliday("SE", "2026-12-25")).toBe(true);
    expect(specialsOn(arjeplog, "2026-12-24")).toEqual([{ startDate: date("2026-12-24"), endDate: date("2026-12-24"), closed: true }]);
    expect(specialsOn(arjeplog, "2026-12-25")).toEqual([{ startDate: date("2026-12-25"), endDate: date("2026-12-25"), closed: true }]);
    expect(specialsOn(arjeplog, "2026-12-23")).toEqual([{ startDate: date("2026-12-23"), openTime: time(8), endDate: date("2026-12-23"), closeTime: time(12) }]);
    expect(specialsOn(arjeplog, "2026-12-22")).toEqual([]); // an ordinary Tuesday
  });

  it("summer weeks 25–32 are special hours (Google has no seasons); the national day on a Saturday is not", () => {
    expect(specialsOn(arjeplog, "2026-06-15").map((p) => "openTime" in p && [p.openTime, p.closeTime])).toEqual([
      [time(9), time(12)],
      [time(13), time(15)],
    ]);
    expect(specialsOn(arjeplog, "2026-06-12")).toEqual([]); // Friday of week 24
    expect(isPublicHoliday("SE", "2026-06-06")).toBe(true);
    expect(specialsOn(arjeplog, "2026-06-06")).toEqual([]); // closed on Saturdays anyway
  });

  it("the national day closes a place open on Saturdays; a whole day is 00:00–24:00", () => {
    const json = toGoogleBusinessHours(createSchedule(lunch), { from: "2026-06-01", days: 60 });
    expect(specialsOn(json, "2026-06-06")).toEqual([{ startDate: date("2026-06-06"), endDate: date("2026-06-06"), closed: true }]);
    expect(specialsOn(json, "2026-07-01")).toEqual([{ startDate: date("2026-07-01"), openTime: time(0), endDate: date("2026-07-01"), closeTime: time(24) }]);
    expect(json.regularHours.periods.filter((p) => p.openDay === "TUESDAY")).toHaveLength(2);
  });

  it("past midnight closes the next day, Sunday's on Monday, the end of a day at 24:00", () => {
    const json = toGoogleBusinessHours(createSchedule(night), { from: "2026-12-20", days: 14 });
    expect(json.regularHours.periods).toEqual([
      { openDay: "FRIDAY", openTime: time(20), closeDay: "SATURDAY", closeTime: time(2) },
      { openDay: "SATURDAY", openTime: time(20), closeDay: "SUNDAY", closeTime: time(3) },
      { openDay: "SUNDAY", openTime: time(12), closeDay: "SUNDAY", closeTime: time(18) },
      { openDay: "SUNDAY", openTime: time(22), closeDay: "SUNDAY", closeTime: time(24) },
    ]);
    // Nyårsafton (Thursday) by exception 20:00–02:00, into nyårsdagen.
    expect(specialsOn(json, "2026-12-31")).toEqual([{ startDate: date("2026-12-31"), openTime: time(20), endDate: date("2027-01-01"), closeTime: time(2) }]);
    // Juldagen (a Friday) closed, its night too.
    expect(specialsOn(json, "2026-12-25")).toEqual([{ startDate: date("2026-12-25"), endDate: date("2026-12-25"), closed: true }]);
  });

  it("open 24 hours: 00:00–24:00 every day; julafton, an eve, 10–14", () => {
    const json = toGoogleBusinessHours(createSchedule(allDay), { from: "2026-12-01", days: 31 });
    expect(json.regularHours.periods).toHaveLength(7);
    expect(json.regularHours.periods[6]).toEqual({ openDay: "SUNDAY", openTime: time(0), closeDay: "SUNDAY", closeTime: time(24) });
    expect(specialsOn(json, "2026-12-24")).toEqual([{ startDate: date("2026-12-24"), openTime: time(10), endDate: date("2026-12-24"), closeTime: time(14) }]);
  });

  it("Finland: självständighetsdagen Monday 6 December 2027 is closed; in Sweden it is an ordinary Monday", () => {
    expect(isPublicHoliday("FI", "2027-12-06")).toBe(true);
    expect(isPublicHoliday("SE", "2027-12-06")).toBe(false);
    const fi = toGoogleBusinessHours(createSchedule(finnish), { from: "2027-12-01", days: 10 });
    expect(specialsOn(fi, "2027-12-06")).toEqual([{ startDate: date("2027-12-06"), endDate: date("2027-12-06"), closed: true }]);
    const se = toGoogleBusinessHours(createSchedule({ ...finnish, calendar: "SE" }), { from: "2027-12-01", days: 10 });
    expect(specialsOn(se, "2027-12-06")).toEqual([]);
  });

  it("without options: a year (365 days) from today in the schedule's zone", () => {
    const schedule = createSchedule(finnish);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" }).format(new Date());
    const json = toGoogleBusinessHours(schedule);
    const explicit = toGoogleBusinessHours(schedule, { from: today, days: 365 });
    // Equal unless the clock passed midnight in between; then one day's difference at most.
    if (JSON.stringify(json) !== JSON.stringify(explicit)) expect(toGoogleBusinessHours(schedule, { from: shift(today, 1), days: 365 })).toEqual(json);
    else expect(json).toEqual(explicit);
    expect(toGoogleBusinessHours(schedule, { from: today })).toEqual(explicit);
  });
});

describe("toGoogleBusinessHours: bad input", () => {
  const schedule = createSchedule(presets.arjeplog);
  it.each([
    [{ from: "2026-02-30" }, RangeError, /toGoogleBusinessHours: from.*2026-02 has 28 days/],
    [{ from: 20260101 }, TypeError, /toGoogleBusinessHours: from must be a "YYYY-MM-DD" string, got number 20260101/],
    [{ from: "2026-06-01", days: 0 }, RangeError, /days must be a whole number of days 1–1096.*got 0/],
    [{ from: "2026-06-01", days: 1.5 }, RangeError, /got 1\.5/],
    [{ from: "2026-06-01", days: 1097 }, RangeError, /got 1097/],
    [{ from: "2026-06-01", days: "30" }, TypeError, /days must be a number of days 1–1096, got "30"/],
    [{ from: "2100-12-01", days: 60 }, RangeError, /last date 2101-01-29.*2005–2100/],
    [{ form: "2026-06-01" }, TypeError, /unknown option "form" \(options: from, days\)/],
  ])("%j", (options, type, message) => {
    expect(() => toGoogleBusinessHours(schedule, options as never)).toThrow(type);
    expect(() => toGoogleBusinessHours(schedule, options as never)).toThrow(message);
  });

  it("options that are not an object", () => {
    expect(() => toGoogleBusinessHours(schedule, null as never)).toThrow(/options must be an object/);
  });

  it("not a schedule, organisation or unit", () => {
    for (const input of [undefined, null, {}, presets.arjeplog, { hours: {} }]) {
      expect(() => toGoogleBusinessHours(input as never, { from: "2026-06-01" })).toThrow(TypeError);
      expect(() => toGoogleBusinessHours(input as never, { from: "2026-06-01" })).toThrow(/schedule must be a Schedule from createSchedule\(config\), or an Organization/);
    }
  });

  it("a special date Google cannot express: past 11:59 the next day, or over 24 hours", () => {
    const late = createSchedule({ weekly: { mon: ["08:00-16:00"] }, exceptions: [{ date: "2026-06-03", hours: ["20:00-36:00"] }] });
    expect(() => toGoogleBusinessHours(late, { from: "2026-06-01", days: 7 })).toThrow(/2026-06-03 is open 20:00–36:00, past 11:59 the next day/);
    expect(() => toGoogleBusinessHours(late, { from: "2026-06-04", days: 7 })).not.toThrow(); // outside the window
    const long = createSchedule({ weekly: { mon: ["08:00-16:00"] }, exceptions: [{ date: "2026-06-03", hours: ["00:00-30:00"] }] });
    expect(() => toGoogleBusinessHours(long, { from: "2026-06-01", days: 7 })).toThrow(/2026-06-03 is open 00:00–30:00, longer than 24 hours/);
    // 11:59 the next day is the latest close Google takes.
    const latest = createSchedule({ weekly: { mon: ["08:00-16:00"] }, exceptions: [{ date: "2026-06-03", hours: ["13:00-35:59"] }] });
    expect(specialsOn(toGoogleBusinessHours(latest, { from: "2026-06-03", days: 1 }), "2026-06-03")).toEqual([
      { startDate: date("2026-06-03"), openTime: time(13), endDate: date("2026-06-04"), closeTime: time(11, 59) },
    ]);
  });
});

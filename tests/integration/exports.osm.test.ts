/**
 * `toOpeningHoursTag` against opening_hours.js, OpenStreetMap's reference evaluator: over whole
 * years, the tag must be open exactly when `schedule.isOpen` is.
 *
 * opening_hours.js reads a tag in the host's local time, so it runs in a child process started
 * with TZ set to the schedule's zone (tests/fixtures/opening-hours-states.mjs); this process
 * computes the tags and the expected states, and passes them over stdin. Every instant is an
 * absolute epoch millisecond and every local midnight comes from luxon in the schedule's zone,
 * so the suite means the same under any host TZ.
 *
 * Instants compared: every 15 minutes of the window, and at each boundary `b` of
 * `openIntervals`: `b`, `b − 1 min` and `b − 1 ms` (opening_hours.js works in whole minutes).
 *
 * Daylight saving: the skipped hour (02:00–03:00 on 2026-03-29 in Stockholm) is compared like
 * any other (an interval ending inside it ends at the jump in both). A time strictly inside the
 * repeated hour (02:00–03:00 on 2026-10-25) cannot be written in `opening_hours`, which is
 * wall-clock time, so the configs keep their open and close times out of it; times at its
 * edges (a night ending 03:00, an exception 01:00–04:00) are compared.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { calendarDay, createSchedule, presets, type Schedule, type ScheduleConfig } from "../../src/index";
import { toOpeningHoursTag } from "../../src/exports/toOpeningHoursTag";

const MINUTE = 60_000;
const FIXTURE = fileURLToPath(new URL("../fixtures/opening-hours-states.mjs", import.meta.url));
const ARJEPLOG_BASE = "Mo-Th 08:00-12:00,13:00-16:00; Fr 08:00-12:00,13:00-15:00";

/**
 * Nights past midnight (Thursday to 01:00, Friday and Saturday to 03:00), a Christmas/New Year
 * period over ISO weeks 52–2 (2026 has a week 53) with nights of its own, a summer closure and a
 * festival (exception ranges, one to 05:00), eves, days before red days open all night (whose
 * night runs into the closed holiday), and both DST days of 2026.
 */
const nights: ScheduleConfig = {
  timeZone: "Europe/Stockholm",
  weekly: {
    mon: ["10:00-18:00"],
    tue: ["10:00-18:00"],
    wed: ["10:00-18:00"],
    thu: ["10:00-18:00", "21:00-25:00"],
    fri: ["10:00-18:00", "21:00-27:00"],
    sat: ["12:00-27:00"],
    sun: ["12:00-16:00"],
  },
  periods: [
    {
      weeks: { from: 52, to: 2 },
      hours: {
        mon: ["11:00-15:00"],
        tue: ["11:00-15:00"],
        wed: ["11:00-15:00"],
        thu: ["11:00-15:00"],
        fri: ["11:00-15:00", "20:00-26:00"],
        sat: ["20:00-26:00"],
      },
      label: "Jul och nyår",
    },
  ],
  dayKinds: {
    publicHoliday: { hours: [] },
    workFreeEve: { hours: ["10:00-14:00"] },
    dayBeforeRedDay: { hours: ["10:00-18:00", "20:00-28:00"] },
  },
  exceptions: [
    { date: "2026-03-29", hours: ["01:00-04:00", "12:00-16:00"], note: "Sommartid börjar" },
    { from: "2026-07-06", to: "2026-07-19", hours: [], note: "Sommarstängt" },
    { from: "2026-08-13", to: "2026-08-16", hours: ["16:00-29:00"], note: "Festival" },
    { date: "2026-10-25", hours: ["01:00-04:00"], note: "Vintertid börjar" },
  ],
};

/**
 * Every night runs past midnight and the weekdays alternate between two sets of hours, so no
 * order of `;` rules keeps every night: the weekly rules must be additional (`, `). In Los
 * Angeles: DST on 2026-03-08 and 2026-11-01 (01:00–02:00 repeated; a night ends at 01:00 and
 * 02:00, its edges), and four days open round the clock.
 */
const alternating: ScheduleConfig = {
  timeZone: "America/Los_Angeles",
  weekly: {
    mon: ["18:00-26:00"],
    tue: ["19:00-25:00"],
    wed: ["18:00-26:00"],
    thu: ["19:00-25:00"],
    fri: ["18:00-26:00"],
    sat: ["19:00-25:00"],
    sun: ["12:00-24:00"],
  },
  dayKinds: { publicHoliday: { hours: [] } },
  exceptions: [{ from: "2026-11-26", to: "2026-11-29", hours: ["00:00-24:00"], note: "Open round the clock" }],
};

/**
 * Named days (julafton and nyårsafton open into the night before a closed holiday, a named
 * public holiday open on a Monday only), clips (summer weeks closing at 16 cut Friday nights
 * off; a day before a red day closing at 13; a bridge day cut to 10–12), a list-hours
 * period (every weekday alike) and odd-week Saturdays closed.
 */
const named: ScheduleConfig = {
  timeZone: "Europe/Stockholm",
  weekly: {
    mon: ["09:00-18:00"],
    tue: ["09:00-18:00"],
    wed: ["09:00-18:00"],
    thu: ["09:00-18:00"],
    fri: ["09:00-18:00", "21:00-26:00"],
    sat: ["10:00-15:00"],
  },
  periods: [
    { weeks: { parity: "odd" }, hours: { sat: [] }, label: "Udda lördagar stängt" },
    { weeks: { from: 25, to: 32 }, hours: { closesAt: "16:00" }, label: "Sommar" },
    { dates: { from: "07-13", to: "07-26" }, hours: ["11:00-14:00"] },
  ],
  dayKinds: { publicHoliday: [], workFreeEve: [], dayBeforeRedDay: { closesAt: "13:00" }, bridgeDay: { opensAt: "10:00", closesAt: "12:00" } },
  namedDays: {
    julafton: ["08:00-25:30"],
    Nyårsafton: ["10:00-27:00"],
    midsommarafton: ["10:00-14:00"],
    skärtorsdag: { closesAt: "15:00" },
    "Sveriges nationaldag": ["11:00-15:00"],
    "annandag påsk": { mon: ["12:00-16:00"] },
  },
};

/**
 * A Finnish office (Helsinki's zone and DST: 2027-03-28, 2027-10-31): självständighetsdagen
 * closed, nyårsafton a short working day, the day before a red day clipped, a Friday bridge
 * day, and a night opening on midsommarafton; and the same hours on Åland (9 June closed).
 */
const finnish: ScheduleConfig = {
  calendar: "FI",
  weekly: { mon: ["09:00-16:00"], tue: ["09:00-16:00"], wed: ["09:00-16:00"], thu: ["09:00-16:00"], fri: ["09:00-15:00"], sat: ["10:00-14:00"] },
  dayKinds: { publicHoliday: [], workFreeEve: [], dayBeforeRedDay: { closesAt: "13:00" }, bridgeDay: ["10:00-12:00"] },
  namedDays: { nyårsafton: ["09:00-12:00"], midsommarafton: ["20:00-26:00"], självständighetsdagen: [] },
};
const alandConfig: ScheduleConfig = { ...finnish, calendar: "AX" };

interface Case {
  name: string;
  schedule: Schedule;
  from: string;
  to: string;
}

interface Compared extends Case {
  tag: string;
  pretty: string;
  instants: number[];
  /** The instants where opening_hours.js and isOpen disagree. */
  disagreeAt: number[];
  /** Those instants, readable; or why opening_hours.js could not read the tag. */
  mismatches: string[];
}

/** Every 15 minutes of [from 00:00, the day after `to` 00:00) in the schedule's zone, and around each change. */
function instantsOf(schedule: Schedule, from: string, to: string): number[] {
  const start = DateTime.fromISO(from, { zone: schedule.timeZone }).toMillis();
  const end = DateTime.fromISO(to, { zone: schedule.timeZone }).plus({ days: 1 }).toMillis();
  const instants = new Set<number>();
  for (let t = start; t < end; t += 15 * MINUTE) instants.add(t);
  for (const interval of schedule.openIntervals(start, end)) {
    for (const boundary of [interval.start.getTime(), interval.end.getTime()]) {
      for (const t of [boundary, boundary - MINUTE, boundary - 1]) if (t >= start && t < end) instants.add(t);
    }
  }
  return [...instants].sort((a, b) => a - b);
}

/** Runs opening_hours.js in a child process with TZ = the zone; one state string per tag. */
function evaluateInZone(timeZone: string, cases: { tag: string; instants: number[]; nominatim?: unknown }[]): { states: string; pretty: string; error: string | null }[] {
  const output = execFileSync(process.execPath, [FIXTURE], {
    input: JSON.stringify(cases),
    env: { ...process.env, TZ: timeZone },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(output);
}

/** Tags, expected and evaluated states of all cases: one child process per zone. */
function compare(cases: Case[]): Compared[] {
  const prepared = cases.map((c) => ({ ...c, tag: toOpeningHoursTag(c.schedule, { from: c.from, to: c.to }), instants: instantsOf(c.schedule, c.from, c.to) }));
  const results: Compared[] = [];
  for (const zone of new Set(prepared.map((c) => c.schedule.timeZone))) {
    const inZone = prepared.flatMap((c, index) => (c.schedule.timeZone === zone ? [{ c, index }] : []));
    const evaluated = evaluateInZone(zone, inZone.map(({ c }) => ({ tag: c.tag, instants: c.instants })));
    inZone.forEach(({ c, index }, i) => {
      const { states, pretty, error } = evaluated[i]!;
      const mismatches: string[] = error ? [`opening_hours.js cannot read the tag: ${error}`] : [];
      const disagreeAt: number[] = [];
      c.instants.forEach((t, k) => {
        const expected = c.schedule.isOpen(t);
        if (!error && (states[k] === "1") !== expected) {
          const local = DateTime.fromMillis(t, { zone }).toFormat("yyyy-MM-dd HH:mm:ss.SSS ZZ");
          disagreeAt.push(t);
          mismatches.push(`${new Date(t).toISOString()} (${local}): schedule ${expected ? "open" : "closed"}, opening_hours.js ${expected ? "closed" : "open"}`);
        }
      });
      results[index] = { ...c, pretty, disagreeAt, mismatches };
    });
  }
  return results;
}

const arjeplog = createSchedule(presets.arjeplog);
const nightSchedule = createSchedule(nights);
const alternatingSchedule = createSchedule(alternating);
const namedSchedule = createSchedule(named);
const finnishSchedule = createSchedule(finnish);
const alandSchedule = createSchedule(alandConfig);

const CASES: Case[] = [
  { name: "Arjeplog default, 2026", schedule: arjeplog, from: "2026-01-01", to: "2026-12-31" },
  { name: "nights, week period 52–2, exception ranges, DST (Stockholm), 2026", schedule: nightSchedule, from: "2026-01-01", to: "2026-12-31" },
  { name: "alternating nights, additional weekly rules, DST (Los Angeles), 2026", schedule: alternatingSchedule, from: "2026-01-01", to: "2026-12-31" },
  // Windows that start inside the night of the day before them, or on a day after a clock change.
  { name: "nights, window starting inside a festival night", schedule: nightSchedule, from: "2026-08-15", to: "2026-08-20" },
  { name: "nights, window starting the day after spring forward, over Easter", schedule: nightSchedule, from: "2026-03-30", to: "2026-04-07" },
  { name: "nights, window over New Year into 2027 (weeks 52–2)", schedule: nightSchedule, from: "2026-12-20", to: "2027-01-17" },
  { name: "alternating nights, week after spring forward", schedule: alternatingSchedule, from: "2026-03-09", to: "2026-03-15" },
  { name: "Arjeplog default, first supported date", schedule: arjeplog, from: "2005-01-01", to: "2005-01-31" },
  { name: "named days, clips, list hours and odd weeks (Stockholm), 2026", schedule: namedSchedule, from: "2026-01-01", to: "2026-12-31" },
  { name: "named days, Easter 2027", schedule: namedSchedule, from: "2027-03-20", to: "2027-04-10" },
  { name: "named days, window starting inside julafton's night, into 2028", schedule: namedSchedule, from: "2027-12-25", to: "2028-01-10" },
  { name: "Finnish calendar (Helsinki), 2027", schedule: finnishSchedule, from: "2027-01-01", to: "2027-12-31" },
  { name: "Åland calendar (Helsinki), summer 2026", schedule: alandSchedule, from: "2026-05-01", to: "2026-07-31" },
];

describe("toOpeningHoursTag: opening_hours.js agrees with isOpen at every instant compared", () => {
  let compared: Compared[];
  beforeAll(() => {
    compared = compare(CASES);
    const total = compared.reduce((sum, c) => sum + c.instants.length, 0);
    console.log(`toOpeningHoursTag: ${total} instants compared with opening_hours.js over ${compared.length} windows`);
  }, 60_000);

  CASES.forEach((c, i) => {
    it(`${c.name} (${c.from}..${c.to})`, () => {
      const result = compared[i]!;
      expect(result.instants.length).toBeGreaterThan(0);
      expect(result.mismatches.slice(0, 10), `tag: ${result.tag}`).toEqual([]);
      // The tag is in opening_hours.js's own normal form.
      expect(result.pretty).toBe(result.tag);
    });
  });

  it("compares a whole year at 15-minute steps and around every change", () => {
    const year = compared[0]!;
    expect(year.instants.length).toBeGreaterThan(365 * 96);
    const changes = arjeplog.openIntervals(new Date("2026-01-01T00:00:00+01:00"), new Date("2027-01-01T00:00:00+01:00")).length * 2;
    expect(changes).toBeGreaterThan(400);
  });
});

describe("toOpeningHoursTag on the Finnish and Åland calendars", () => {
  it("writes Finland's days, not Sweden's, as date rules", () => {
    const tag = toOpeningHoursTag(finnishSchedule, { from: "2027-12-01", to: "2027-12-31" });
    // Mon 6 Dec självständighetsdagen; Thu 23 Dec before julafton (no rule for it); julafton to
    // annandag jul closed; nyårsafton 09–12 (its day-before clip loses to the named day).
    expect(tag).toContain("2027 Dec 06 off");
    expect(tag).toContain("2027 Dec 31 09:00-12:00");
    expect(toOpeningHoursTag(finnishSchedule, { from: "2028-06-01", to: "2028-06-10" })).not.toContain("Jun 06");
    const { namedDays: _finnishDays, ...sameHours } = finnish;
    expect(toOpeningHoursTag(createSchedule({ ...sameHours, calendar: "SE" }), { from: "2028-06-01", to: "2028-06-10" })).toContain("2028 Jun 06 off");
    expect(toOpeningHoursTag(alandSchedule, { from: "2026-06-01", to: "2026-06-10" })).toContain("2026 Jun 09 off");
  });

  it("opening_hours.js's own PH for Finland is the Finnish calendar's public holidays (it has no Åland state): every date 2005–2100", () => {
    // The tags above never use PH; this checks the reference evaluator's Finnish data against
    // calendarDay, so that a tag written with PH by hand would mean the same days (but 9 June on Åland).
    const noon: number[] = [];
    const expected: boolean[] = [];
    for (let day = DateTime.fromISO("2005-01-01", { zone: "Europe/Helsinki" }); day.year <= 2100; day = day.plus({ days: 1 })) {
      noon.push(day.set({ hour: 12 }).toMillis());
      expected.push(calendarDay(day.toISODate()!, { calendar: "FI" }).publicHoliday !== null);
    }
    const [result] = evaluateInZone("Europe/Helsinki", [{ tag: "PH", instants: noon, nominatim: { lat: 63.1, lon: 21.6, address: { country_code: "fi" } } }]);
    expect(result!.error).toBeNull();
    const differ = noon.filter((_, i) => (result!.states[i] === "1") !== expected[i]).map((t) => new Date(t).toISOString().slice(0, 10));
    expect(expected.filter(Boolean).length).toBe(96 * 13 - 1); // 13 a year; första maj and Kristi himmelsfärdsdag share 1 May 2008
    expect(differ).toEqual([]);
  });
});

describe("toOpeningHoursTag: the repeated hour of a DST change (documented limitation)", () => {
  it("differs from isOpen only during the second 02:00–02:30 of 2026-10-25, for an opening at 02:30 that night", () => {
    // isOpen opens at the first 02:30 (CEST, 00:30Z) and stays open to 05:00 CET (04:00Z). The
    // wall-clock tag `2026 Oct 25 02:30-05:00` also opens at 00:30Z, but is closed again while
    // the clocks show 02:00–02:30 the second time (CET, 01:00Z–01:30Z).
    const schedule = createSchedule({ timeZone: "Europe/Stockholm", exceptions: [{ date: "2026-10-25", hours: ["02:30-05:00"] }] });
    const [result] = compare([{ name: "repeated hour", schedule, from: "2026-10-24", to: "2026-10-26" }]);
    expect(result!.tag).toBe("2026 Oct 25 02:30-05:00");
    expect(result!.disagreeAt.length).toBeGreaterThan(0);
    const [from, to] = [Date.parse("2026-10-25T01:00:00Z"), Date.parse("2026-10-25T01:30:00Z")];
    expect(result!.disagreeAt.filter((t) => t < from || t >= to).map((t) => new Date(t).toISOString())).toEqual([]);
  });
});

describe("toOpeningHoursTag: the tag", () => {
  it("for Arjeplog's December is the weekly hours, then the days before eves and the closed eves and holidays", () => {
    expect(toOpeningHoursTag(arjeplog, { from: "2026-12-01", to: "2026-12-31" })).toBe(
      `${ARJEPLOG_BASE}; 2026 Dec 23 08:00-12:00; 2026 Dec 24-25 off; 2026 Dec 30 08:00-12:00; 2026 Dec 31 off`,
    );
  });

  it("for Arjeplog's 2026 starts with the weekly hours and closes Julafton", () => {
    const tag = toOpeningHoursTag(arjeplog, { from: "2026-01-01", to: "2026-12-31" });
    expect(tag.startsWith(`${ARJEPLOG_BASE}; `)).toBe(true);
    expect(tag).toMatch(/; 2026 Dec (24|([01]\d|2[0-4])-(2[4-9]|3[01])) off(;|$)/); // Dec 24, or a range over it
    // The summer weeks as one range, Midsommarafton and the day before it on their own after it.
    expect(tag).toContain("; 2026 Jun 15-2026 Aug 07 Mo-Fr 09:00-12:00,13:00-15:00; 2026 Jun 18 08:00-12:00; 2026 Jun 19 off");
    expect(tag).toContain("; 2026 Apr 03-06 off"); // Långfredagen to Annandag påsk
  });

  it("is only the weekly hours when nothing in the window differs", () => {
    expect(toOpeningHoursTag(arjeplog, { from: "2026-11-02", to: "2026-11-06" })).toBe(ARJEPLOG_BASE);
  });

  it("writes nights past midnight as extended times, and orders the weekly rules so that each night survives", () => {
    const tag = toOpeningHoursTag(nightSchedule, { from: "2026-02-02", to: "2026-02-08" });
    expect(tag).toBe("Mo-We 10:00-18:00; Su 12:00-16:00; Sa 12:00-27:00; Fr 10:00-18:00,21:00-27:00; Th 10:00-18:00,21:00-25:00");
  });

  it("spells out a day whose night before would be lost (Skärtorsdagen's night into the closed Långfredagen)", () => {
    const tag = toOpeningHoursTag(nightSchedule, { from: "2026-03-30", to: "2026-04-07" });
    expect(tag).toContain("2026 Apr 02 10:00-18:00,20:00-28:00");
    expect(tag).toContain("2026 Apr 03 00:00-04:00");
  });

  it("joins the weekly rules as additional rules when no order keeps every night", () => {
    const tag = toOpeningHoursTag(alternatingSchedule, { from: "2026-02-02", to: "2026-02-08" });
    expect(tag).toBe("Mo,We,Fr 18:00-26:00, Tu,Th,Sa 19:00-25:00, Su 12:00-24:00");
  });

  it("writes named days and odd-week Saturdays as date rules, keeping the nights before them", () => {
    const schedule = createSchedule({
      timeZone: "Europe/Stockholm",
      weekly: { mon: ["09:00-18:00"], tue: ["09:00-18:00"], wed: ["09:00-18:00"], thu: ["09:00-18:00"], fri: ["09:00-18:00", "21:00-26:00"], sat: ["10:00-15:00"] },
      periods: [{ weeks: { parity: "odd" }, hours: { sat: [] } }],
      dayKinds: { publicHoliday: [], workFreeEve: [] },
      namedDays: { julafton: ["08:00-25:30"] },
    });
    // Week 51 (14–20 December 2026) is odd: Saturday the 19th is closed but for Friday's night.
    // Julafton's night runs into the closed juldagen; annandag jul is a closed Saturday of week 52.
    expect(toOpeningHoursTag(schedule, { from: "2026-12-14", to: "2026-12-27" })).toBe(
      "Mo-Th 09:00-18:00; Sa 10:00-15:00; Fr 09:00-18:00,21:00-26:00; 2026 Dec 19 00:00-02:00; 2026 Dec 24 08:00-25:30; 2026 Dec 25 00:00-01:30; 2026 Dec 26 off",
    );
  });

  it("is 'off' for a schedule that is never open", () => {
    expect(toOpeningHoursTag(createSchedule({}), { from: "2026-01-01", to: "2026-12-31" })).toBe("off");
  });

  it("takes the longest window, 1096 days", () => {
    expect(toOpeningHoursTag(arjeplog, { from: "2026-01-01", to: "2028-12-31" }).startsWith(ARJEPLOG_BASE)).toBe(true);
  });
});

describe("toOpeningHoursTag: bad arguments", () => {
  const window = { from: "2026-01-01", to: "2026-12-31" };
  const call = (options: unknown, schedule: unknown = arjeplog) => () => toOpeningHoursTag(schedule as Schedule, options as { from: string; to: string });

  it("needs a schedule", () => {
    expect(call(window, presets.arjeplog)).toThrow(TypeError);
    expect(call(window, presets.arjeplog)).toThrow(/schedule must be a Schedule from createSchedule/);
    expect(call(window, null)).toThrow(TypeError);
  });

  it("needs { from, to } as YYYY-MM-DD strings", () => {
    expect(call(undefined)).toThrow(TypeError);
    expect(call("2026-01-01")).toThrow(/options must be an object/);
    expect(call({ from: "2026-01-01" })).toThrow(TypeError);
    expect(call({ from: "2026-01-01" })).toThrow(/to must be a "YYYY-MM-DD" string/);
    expect(call({ from: new Date(), to: "2026-12-31" })).toThrow(TypeError);
    expect(call({ ...window, form: "2026-01-01" })).toThrow(/unknown option "form"/);
  });

  it("rejects impossible and malformed dates", () => {
    expect(call({ from: "2026-02-30", to: "2026-12-31" })).toThrow(RangeError);
    expect(call({ from: "2026-02-30", to: "2026-12-31" })).toThrow(/from "2026-02-30" does not exist/);
    expect(call({ from: "2026-1-1", to: "2026-12-31" })).toThrow(/not a date of the form YYYY-MM-DD/);
  });

  it("rejects to before from", () => {
    expect(call({ from: "2026-12-31", to: "2026-01-01" })).toThrow(RangeError);
    expect(call({ from: "2026-12-31", to: "2026-01-01" })).toThrow(/to "2026-01-01" is before from "2026-12-31"/);
  });

  it("rejects a window over three years", () => {
    expect(call({ from: "2026-01-01", to: "2029-01-01" })).toThrow(RangeError);
    expect(call({ from: "2026-01-01", to: "2029-01-01" })).toThrow(/1097 days; at most 1096 days/);
  });

  it("rejects years outside 2005–2100", () => {
    expect(call({ from: "2004-12-31", to: "2005-01-31" })).toThrow(RangeError);
    expect(call({ from: "2100-12-01", to: "2101-01-01" })).toThrow(/outside the supported years/);
  });
});

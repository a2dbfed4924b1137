/**
 * Daylight-saving days are exact (SPEC §3). Every expected instant is computed by hand from
 * the zone rules, never from the code under test:
 *
 * - Europe/Stockholm (EU rule): CET = UTC+1, CEST = UTC+2; clocks go forward at 01:00 UTC on the
 *   last Sunday of March (02:00 CET → 03:00 CEST; 2026-03-29) and back at 01:00 UTC on the last
 *   Sunday of October (03:00 CEST → 02:00 CET; 2026-10-25). So on 2026-03-29 local 02:00–03:00
 *   does not exist, and on 2026-10-25 local 02:00–03:00 happens twice (00:00Z–01:00Z, then
 *   01:00Z–02:00Z). A skipped time is reached at the jump; a repeated time at its first occurrence.
 * - America/New_York (US rule): EST = UTC−5, EDT = UTC−4; forward on the second Sunday of March
 *   at 02:00 local (2026-03-08, 07:00Z), back on the first Sunday of November at 02:00 EDT
 *   (2026-11-01, 06:00Z; local 01:00–02:00 happens twice).
 * - Australia/Sydney: AEST = UTC+10, AEDT = UTC+11; back on the first Sunday of April at 03:00 AEDT
 *   (2026-04-05, 16:00Z on the 4th), forward on the first Sunday of October at 02:00 AEST
 *   (2026-10-04, 16:00Z on the 3rd).
 *
 * The suite runs under several host TZs; all assertions are absolute instants, so they must hold
 * under each one.
 */
import { describe, expect, it } from "vitest";
import { createSchedule, type ScheduleConfig } from "../src/index";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const iso = (ms: number) => new Date(ms).toISOString();

/** A schedule open only on the given dates (exceptions), closed otherwise. */
function onDates(dates: Record<string, string[]>, timeZone = "Europe/Stockholm") {
  const config: ScheduleConfig = {
    timeZone,
    exceptions: Object.entries(dates).map(([date, hours]) => ({ date, hours })),
  };
  return createSchedule(config);
}

/** openIntervals as [startISO, endISO] pairs for readable comparisons. */
function intervals(schedule: ReturnType<typeof createSchedule>, from: number, to: number): [string, string][] {
  return schedule.openIntervals(from, to).map((i) => [i.start.toISOString(), i.end.toISOString()]);
}

// Stockholm spring-forward: 2026-03-29 01:00Z (02:00 CET → 03:00 CEST)
const SPRING = utc(2026, 3, 29, 1);
// Stockholm fall-back: 2026-10-25 01:00Z (03:00 CEST → 02:00 CET)
const FALL = utc(2026, 10, 25, 1);

describe("Europe/Stockholm, spring forward 2026-03-29 (02:00–03:00 does not exist)", () => {
  // The whole local day 2026-03-29: 00:00 CET (23:00Z on the 28th) to 24:00 CEST (22:00Z).
  const dayStart = utc(2026, 3, 28, 23);
  const dayEnd = utc(2026, 3, 29, 22);

  it('"02:15-02:45" is never open that day', () => {
    const s = onDates({ "2026-03-29": ["02:15-02:45"], "2026-03-30": ["10:00-11:00"] });
    expect(intervals(s, dayStart, dayEnd)).toEqual([]);
    for (const at of [SPRING - 1, SPRING, SPRING + 1, SPRING + 15 * MINUTE, SPRING + 30 * MINUTE, utc(2026, 3, 29, 0, 30)]) {
      expect(s.isOpen(at), iso(at)).toBe(false);
    }
    // The first opening after Saturday is Monday 10:00 CEST, not anything on the Sunday.
    expect(s.nextOpening(utc(2026, 3, 28, 12))?.getTime()).toBe(utc(2026, 3, 30, 8));
    expect(s.status(SPRING).open).toBe(false);
  });

  it('"01:00-02:30" opens at 01:00 CET (00:00Z) and closes at the jump (01:00Z)', () => {
    const s = onDates({ "2026-03-29": ["01:00-02:30"] });
    expect(intervals(s, dayStart, dayEnd)).toEqual([[iso(utc(2026, 3, 29, 0)), iso(SPRING)]]);
    expect(s.isOpen(utc(2026, 3, 29, 0) - 1)).toBe(false);
    expect(s.isOpen(utc(2026, 3, 29, 0))).toBe(true);
    expect(s.isOpen(SPRING - 1)).toBe(true);
    expect(s.isOpen(SPRING)).toBe(false);
    expect(s.nextOpening(utc(2026, 3, 28, 12))?.getTime()).toBe(utc(2026, 3, 29, 0));
    expect(s.nextClosing(utc(2026, 3, 29, 0, 30))?.getTime()).toBe(SPRING);
  });

  it('"02:30-05:00" opens at the jump, 01:00Z = 03:00 CEST, and closes at 05:00 CEST (03:00Z)', () => {
    const s = onDates({ "2026-03-29": ["02:30-05:00"] });
    expect(intervals(s, dayStart, dayEnd)).toEqual([[iso(SPRING), iso(utc(2026, 3, 29, 3))]]);
    expect(s.isOpen(SPRING - 1)).toBe(false);
    expect(s.isOpen(SPRING)).toBe(true);
    expect(s.isOpen(utc(2026, 3, 29, 3) - 1)).toBe(true);
    expect(s.isOpen(utc(2026, 3, 29, 3))).toBe(false);
    expect(s.nextOpening(utc(2026, 3, 28, 12))?.getTime()).toBe(SPRING);
    expect(s.nextClosing(SPRING)?.getTime()).toBe(utc(2026, 3, 29, 3));
  });

  it('"01:00-02:30" and "02:45-05:00" touch at the jump and are one interval 00:00Z–03:00Z', () => {
    const s = onDates({ "2026-03-29": ["01:00-02:30", "02:45-05:00"] });
    expect(intervals(s, dayStart, dayEnd)).toEqual([[iso(utc(2026, 3, 29, 0)), iso(utc(2026, 3, 29, 3))]]);
    expect(s.isOpen(SPRING - 1)).toBe(true);
    expect(s.isOpen(SPRING)).toBe(true);
    expect(s.nextClosing(utc(2026, 3, 29, 0, 30))?.getTime()).toBe(utc(2026, 3, 29, 3));
  });

  it('"00:00-24:00" on that day lasts 23 real hours', () => {
    const s = onDates({ "2026-03-29": ["00:00-24:00"] });
    const got = s.openIntervals(utc(2026, 3, 28), utc(2026, 3, 31));
    expect(got.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([[iso(dayStart), iso(dayEnd)]]);
    expect(got[0]!.end.getTime() - got[0]!.start.getTime()).toBe(23 * HOUR);
  });

  it("an ordinary morning after the jump is on summer time (08:00 CEST = 06:00Z)", () => {
    const s = onDates({ "2026-03-29": ["08:00-12:00"], "2026-03-28": ["08:00-12:00"] });
    expect(intervals(s, utc(2026, 3, 27), utc(2026, 3, 30))).toEqual([
      [iso(utc(2026, 3, 28, 7)), iso(utc(2026, 3, 28, 11))],
      [iso(utc(2026, 3, 29, 6)), iso(utc(2026, 3, 29, 10))],
    ]);
  });
});

describe("Europe/Stockholm, fall back 2026-10-25 (02:00–03:00 happens twice)", () => {
  // The whole local day 2026-10-25: 00:00 CEST (22:00Z on the 24th) to 24:00 CET (23:00Z).
  const dayStart = utc(2026, 10, 24, 22);
  const dayEnd = utc(2026, 10, 25, 23);

  it('"02:00-03:00" lasts 2 real hours, 00:00Z–02:00Z (from the first 02:00)', () => {
    const s = onDates({ "2026-10-25": ["02:00-03:00"] });
    const got = s.openIntervals(dayStart, dayEnd);
    expect(got.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([[iso(utc(2026, 10, 25, 0)), iso(utc(2026, 10, 25, 2))]]);
    expect(got[0]!.end.getTime() - got[0]!.start.getTime()).toBe(2 * HOUR);
    expect(s.isOpen(utc(2026, 10, 25, 0) - 1)).toBe(false);
    expect(s.isOpen(utc(2026, 10, 25, 0))).toBe(true);
    expect(s.isOpen(FALL - 1)).toBe(true);
    expect(s.isOpen(FALL)).toBe(true);
    expect(s.isOpen(utc(2026, 10, 25, 2) - 1)).toBe(true);
    expect(s.isOpen(utc(2026, 10, 25, 2))).toBe(false);
    expect(s.nextOpening(utc(2026, 10, 24, 12))?.getTime()).toBe(utc(2026, 10, 25, 0));
    expect(s.nextClosing(utc(2026, 10, 25, 0, 30))?.getTime()).toBe(utc(2026, 10, 25, 2));
  });

  it('"00:00-04:00" lasts 5 real hours, 22:00Z on the 24th to 03:00Z', () => {
    const s = onDates({ "2026-10-25": ["00:00-04:00"] });
    const got = s.openIntervals(dayStart, dayEnd);
    expect(got.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([[iso(dayStart), iso(utc(2026, 10, 25, 3))]]);
    expect(got[0]!.end.getTime() - got[0]!.start.getTime()).toBe(5 * HOUR);
    expect(s.nextClosing(dayStart)?.getTime()).toBe(utc(2026, 10, 25, 3));
  });

  it('times in the repeated hour are taken at their first occurrence: "02:30-06:00" opens at 00:30Z', () => {
    const s = onDates({ "2026-10-25": ["02:30-06:00"] });
    expect(intervals(s, dayStart, dayEnd)).toEqual([[iso(utc(2026, 10, 25, 0, 30)), iso(utc(2026, 10, 25, 5))]]);
    expect(s.isOpen(utc(2026, 10, 25, 0, 30) - 1)).toBe(false);
    expect(s.isOpen(utc(2026, 10, 25, 0, 30))).toBe(true);
    expect(s.nextOpening(utc(2026, 10, 24, 12))?.getTime()).toBe(utc(2026, 10, 25, 0, 30));
  });

  it('an end in the repeated hour is its first occurrence too: "01:00-02:30" is 23:00Z–00:30Z', () => {
    const s = onDates({ "2026-10-25": ["01:00-02:30"] });
    expect(intervals(s, dayStart, dayEnd)).toEqual([[iso(utc(2026, 10, 24, 23)), iso(utc(2026, 10, 25, 0, 30))]]);
    // The second 02:15 (01:15Z) is after closing.
    expect(s.isOpen(utc(2026, 10, 25, 0, 15))).toBe(true);
    expect(s.isOpen(utc(2026, 10, 25, 1, 15))).toBe(false);
    expect(s.nextClosing(utc(2026, 10, 25, 0))?.getTime()).toBe(utc(2026, 10, 25, 0, 30));
  });

  it('"02:15-02:45" is open once, during the first 02:15–02:45 (00:15Z–00:45Z)', () => {
    const s = onDates({ "2026-10-25": ["02:15-02:45"] });
    expect(intervals(s, dayStart, dayEnd)).toEqual([[iso(utc(2026, 10, 25, 0, 15)), iso(utc(2026, 10, 25, 0, 45))]]);
    expect(s.isOpen(utc(2026, 10, 25, 0, 20))).toBe(true);
    expect(s.isOpen(utc(2026, 10, 25, 1, 20))).toBe(false); // the second 02:20
    expect(s.nextOpening(utc(2026, 10, 25, 0, 45))).toBeNull();
  });

  it('"00:00-24:00" on that day lasts 25 real hours', () => {
    const s = onDates({ "2026-10-25": ["00:00-24:00"] });
    const got = s.openIntervals(utc(2026, 10, 24), utc(2026, 10, 27));
    expect(got.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([[iso(dayStart), iso(dayEnd)]]);
    expect(got[0]!.end.getTime() - got[0]!.start.getTime()).toBe(25 * HOUR);
  });
});

describe("Europe/Stockholm, overnight hours across the DST nights (Saturdays 2026-03-28 and 2026-10-24)", () => {
  it('"22:00-26:00": 4 h in March (21:00Z → the jump at 01:00Z), 4 h in October (20:00Z → the first 02:00, 00:00Z)', () => {
    const s = createSchedule({ timeZone: "Europe/Stockholm", weekly: { sat: ["22:00-26:00"] } });
    const march = s.openIntervals(utc(2026, 3, 28), utc(2026, 3, 30));
    expect(march.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([[iso(utc(2026, 3, 28, 21)), iso(SPRING)]]);
    expect(march[0]!.end.getTime() - march[0]!.start.getTime()).toBe(4 * HOUR);
    const october = s.openIntervals(utc(2026, 10, 24), utc(2026, 10, 26));
    expect(october.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([[iso(utc(2026, 10, 24, 20)), iso(utc(2026, 10, 25, 0))]]);
    expect(october[0]!.end.getTime() - october[0]!.start.getTime()).toBe(4 * HOUR);
    // An ordinary Saturday night in winter: 22:00 CET (21:00Z) to 02:00 CET (01:00Z).
    expect(intervals(s, utc(2026, 11, 7), utc(2026, 11, 9))).toEqual([[iso(utc(2026, 11, 7, 21)), iso(utc(2026, 11, 8, 1))]]);
    // Queries across the night.
    expect(s.nextClosing(utc(2026, 3, 28, 23))?.getTime()).toBe(SPRING);
    expect(s.isOpen(utc(2026, 10, 24, 23, 59))).toBe(true);
    expect(s.isOpen(utc(2026, 10, 25, 0, 30))).toBe(false);
  });

  it('"23:00-27:00" spans the changing hour: 3 h in March (22:00Z–01:00Z), 5 h in October (21:00Z–02:00Z)', () => {
    const s = createSchedule({ timeZone: "Europe/Stockholm", weekly: { sat: ["23:00-27:00"] } });
    const march = s.openIntervals(utc(2026, 3, 28), utc(2026, 3, 30));
    expect(march.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([[iso(utc(2026, 3, 28, 22)), iso(utc(2026, 3, 29, 1))]]);
    expect(march[0]!.end.getTime() - march[0]!.start.getTime()).toBe(3 * HOUR);
    const october = s.openIntervals(utc(2026, 10, 24), utc(2026, 10, 26));
    expect(october.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([[iso(utc(2026, 10, 24, 21)), iso(utc(2026, 10, 25, 2))]]);
    expect(october[0]!.end.getTime() - october[0]!.start.getTime()).toBe(5 * HOUR);
    expect(s.nextClosing(utc(2026, 10, 24, 21))?.getTime()).toBe(utc(2026, 10, 25, 2));
    expect(s.isOpen(utc(2026, 10, 25, 1, 30))).toBe(true); // the second 02:30
    // status during the overnight part is still Saturday's rule.
    const st = s.status(utc(2026, 10, 25, 1, 30));
    expect(st.open).toBe(true);
    expect(st.date).toBe("2026-10-25");
    expect(st.rule.kind).toBe("weekly");
    expect(st.since?.getTime()).toBe(utc(2026, 10, 24, 21));
    expect(st.until?.getTime()).toBe(utc(2026, 10, 25, 2));
  });
});

describe("open all day, every day", () => {
  const allDay = ["00:00-24:00"];
  const s = createSchedule({
    timeZone: "Europe/Stockholm",
    weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
  });

  const probes: number[] = [
    SPRING - 1, SPRING, SPRING + 1, FALL - 1, FALL, FALL + 1,
    utc(2026, 3, 28, 23), utc(2026, 3, 29, 22), utc(2026, 10, 24, 22), utc(2026, 10, 25, 23),
    utc(2026, 12, 31, 23) - 1, utc(2026, 12, 31, 23), utc(2027, 1, 1),
    utc(2025, 12, 31, 23), utc(2028, 2, 29, 12),
  ];
  // Every 17 min 3.007 s through 2026, so the probes fall at all times of day.
  for (let t = utc(2026, 1, 1); t < utc(2027, 1, 1); t += 17 * MINUTE + 3_007) probes.push(t);

  it("isOpen is true at every instant tried", () => {
    const closed = probes.filter((t) => !s.isOpen(t));
    expect(closed.map(iso).slice(0, 10)).toEqual([]);
  });

  it("never closes nor opens within the horizon: nextClosing and nextOpening are null", () => {
    for (const at of [SPRING - 1, FALL - 1, utc(2026, 6, 1, 12), utc(2026, 12, 31, 23)]) {
      expect(s.nextClosing(at), iso(at)).toBeNull();
      expect(s.nextOpening(at), iso(at)).toBeNull();
      expect(s.nextClosing(at, { horizonDays: 30 }), iso(at)).toBeNull();
    }
  });

  it("openIntervals is one interval, clipped to the range, across both DST nights", () => {
    const from = utc(2026, 3, 1, 12, 34);
    const to = utc(2026, 11, 15, 5, 6);
    expect(intervals(s, from, to)).toEqual([[iso(from), iso(to)]]);
  });

  it("status: open with no next change", () => {
    const st = s.status(FALL);
    expect(st.open).toBe(true);
    expect(st.until).toBeNull();
    expect(st.nextClosing).toBeNull();
    expect(st.nextOpening).toBeNull();
  });
});

describe("touching intervals across midnight are one interval", () => {
  it('Friday "20:00-24:00" + Saturday "00:00-04:00": from Friday 21:00 the next closing is Saturday 04:00', () => {
    const s = createSchedule({ timeZone: "Europe/Stockholm", weekly: { fri: ["20:00-24:00"], sat: ["00:00-04:00"] } });
    // Friday 2026-11-27, CET: 20:00 = 19:00Z, midnight = 23:00Z, Saturday 04:00 = 03:00Z.
    const at = utc(2026, 11, 27, 20); // 21:00 CET
    expect(s.isOpen(at)).toBe(true);
    expect(s.nextClosing(at)?.getTime()).toBe(utc(2026, 11, 28, 3));
    expect(s.isOpen(utc(2026, 11, 27, 23) - 1)).toBe(true);
    expect(s.isOpen(utc(2026, 11, 27, 23))).toBe(true);
    // The next opening is not midnight but the following Friday 20:00 CET.
    expect(s.nextOpening(at)?.getTime()).toBe(utc(2026, 12, 4, 19));
    expect(intervals(s, utc(2026, 11, 27), utc(2026, 11, 29))).toEqual([[iso(utc(2026, 11, 27, 19)), iso(utc(2026, 11, 28, 3))]]);
    const st = s.status(at);
    expect(st.since?.getTime()).toBe(utc(2026, 11, 27, 19));
    expect(st.until?.getTime()).toBe(utc(2026, 11, 28, 3));
  });

  it('Saturday "20:00-24:00" + Sunday "00:00-04:00" across both DST nights', () => {
    const s = createSchedule({ timeZone: "Europe/Stockholm", weekly: { sat: ["20:00-24:00"], sun: ["00:00-04:00"] } });
    // March: 20:00 CET = 19:00Z, midnight CET = 23:00Z, 04:00 CEST = 02:00Z: 7 real hours.
    expect(intervals(s, utc(2026, 3, 28), utc(2026, 3, 30))).toEqual([[iso(utc(2026, 3, 28, 19)), iso(utc(2026, 3, 29, 2))]]);
    expect(s.nextClosing(utc(2026, 3, 28, 20))?.getTime()).toBe(utc(2026, 3, 29, 2));
    // October: 20:00 CEST = 18:00Z, midnight CEST = 22:00Z, 04:00 CET = 03:00Z: 9 real hours.
    expect(intervals(s, utc(2026, 10, 24), utc(2026, 10, 26))).toEqual([[iso(utc(2026, 10, 24, 18)), iso(utc(2026, 10, 25, 3))]]);
    expect(s.nextClosing(utc(2026, 10, 24, 19))?.getTime()).toBe(utc(2026, 10, 25, 3));
  });
});

describe("other time zones are honoured", () => {
  it("America/New_York weekday hours follow EST/EDT, Stockholm's follow CET", () => {
    const hours = { mon: ["09:00-17:00"], tue: ["09:00-17:00"], wed: ["09:00-17:00"], thu: ["09:00-17:00"], fri: ["09:00-17:00"] };
    const ny = createSchedule({ timeZone: "America/New_York", weekly: hours });
    const sthlm = createSchedule({ timeZone: "Europe/Stockholm", weekly: hours });
    expect(ny.timeZone).toBe("America/New_York");
    // Monday 2026-01-05: 09:00 EST = 14:00Z; 09:00 CET = 08:00Z.
    expect(intervals(ny, utc(2026, 1, 5), utc(2026, 1, 6))).toEqual([[iso(utc(2026, 1, 5, 14)), iso(utc(2026, 1, 5, 22))]]);
    expect(intervals(sthlm, utc(2026, 1, 5), utc(2026, 1, 6))).toEqual([[iso(utc(2026, 1, 5, 8)), iso(utc(2026, 1, 5, 16))]]);
    // Monday 2026-07-06: 09:00 EDT = 13:00Z.
    expect(intervals(ny, utc(2026, 7, 6), utc(2026, 7, 7))).toEqual([[iso(utc(2026, 7, 6, 13)), iso(utc(2026, 7, 6, 21))]]);
    // Friday 2026-03-06 17:00 EST (22:00Z): the weekend holds New York's change, Monday 09:00 EDT = 13:00Z.
    expect(ny.nextOpening(utc(2026, 3, 6, 22))?.getTime()).toBe(utc(2026, 3, 9, 13));
    // Between 2026-03-09 and 2026-03-29 New York is on EDT while Stockholm is still on CET.
    expect(ny.nextOpening(utc(2026, 3, 13, 22))?.getTime()).toBe(utc(2026, 3, 16, 13));
    expect(sthlm.nextOpening(utc(2026, 3, 13, 22))?.getTime()).toBe(utc(2026, 3, 16, 8));
    // Friday 2026-10-30 17:00 EDT (21:00Z): Monday 2026-11-02 09:00 EST = 14:00Z.
    expect(ny.nextOpening(utc(2026, 10, 30, 21))?.getTime()).toBe(utc(2026, 11, 2, 14));
    // The local date of status is New York's: 2026-01-06T02:00Z is still Monday evening there.
    expect(ny.status(utc(2026, 1, 6, 2)).date).toBe("2026-01-05");
  });

  it("America/New_York spring forward 2026-03-08 (02:00 EST → 03:00 EDT at 07:00Z)", () => {
    const jump = utc(2026, 3, 8, 7);
    const s = onDates({ "2026-03-08": ["00:00-04:00"] }, "America/New_York");
    // 00:00 EST = 05:00Z to 04:00 EDT = 08:00Z: 3 real hours.
    expect(intervals(s, utc(2026, 3, 7), utc(2026, 3, 10))).toEqual([[iso(utc(2026, 3, 8, 5)), iso(utc(2026, 3, 8, 8))]]);
    const gap = onDates({ "2026-03-08": ["02:15-02:45"] }, "America/New_York");
    expect(intervals(gap, utc(2026, 3, 7), utc(2026, 3, 10))).toEqual([]);
    const after = onDates({ "2026-03-08": ["02:30-05:00"] }, "America/New_York");
    expect(intervals(after, utc(2026, 3, 7), utc(2026, 3, 10))).toEqual([[iso(jump), iso(utc(2026, 3, 8, 9))]]);
    // The same wall-clock hours in Stockholm that night are ordinary (CET): 01:15Z–01:45Z.
    const sthlm = onDates({ "2026-03-08": ["02:15-02:45"] });
    expect(intervals(sthlm, utc(2026, 3, 7), utc(2026, 3, 10))).toEqual([[iso(utc(2026, 3, 8, 1, 15)), iso(utc(2026, 3, 8, 1, 45))]]);
  });

  it("America/New_York fall back 2026-11-01 (01:00–02:00 happens twice)", () => {
    const s = onDates({ "2026-11-01": ["00:00-04:00"] }, "America/New_York");
    // 00:00 EDT = 04:00Z to 04:00 EST = 09:00Z: 5 real hours.
    expect(intervals(s, utc(2026, 10, 31), utc(2026, 11, 3))).toEqual([[iso(utc(2026, 11, 1, 4)), iso(utc(2026, 11, 1, 9))]]);
    // The first 01:00 (EDT, 05:00Z) to 02:00 EST (07:00Z): 2 real hours.
    const twice = onDates({ "2026-11-01": ["01:00-02:00"] }, "America/New_York");
    expect(intervals(twice, utc(2026, 10, 31), utc(2026, 11, 3))).toEqual([[iso(utc(2026, 11, 1, 5)), iso(utc(2026, 11, 1, 7))]]);
    expect(twice.nextOpening(utc(2026, 10, 31))?.getTime()).toBe(utc(2026, 11, 1, 5));
  });

  it("Australia/Sydney: 25-hour 2026-04-05, 23-hour 2026-10-04, and a day that straddles UTC midnight", () => {
    const s = onDates(
      { "2026-04-05": ["00:00-24:00"], "2026-07-06": ["09:00-17:00"], "2026-10-04": ["00:00-24:00"] },
      "Australia/Sydney",
    );
    // 00:00 AEDT (+11) on 5 April = 13:00Z on the 4th; 24:00 AEST (+10) = 14:00Z on the 5th.
    expect(intervals(s, utc(2026, 4, 3), utc(2026, 4, 7))).toEqual([[iso(utc(2026, 4, 4, 13)), iso(utc(2026, 4, 5, 14))]]);
    // 00:00 AEST (+10) on 4 October = 14:00Z on the 3rd; 24:00 AEDT (+11) = 13:00Z on the 4th.
    expect(intervals(s, utc(2026, 10, 2), utc(2026, 10, 6))).toEqual([[iso(utc(2026, 10, 3, 14)), iso(utc(2026, 10, 4, 13))]]);
    // Monday 6 July 09:00 AEST = 23:00Z on Sunday 5 July.
    expect(intervals(s, utc(2026, 7, 5), utc(2026, 7, 7))).toEqual([[iso(utc(2026, 7, 5, 23)), iso(utc(2026, 7, 6, 7))]]);
    const st = s.status(utc(2026, 7, 5, 23, 30));
    expect(st.open).toBe(true);
    expect(st.date).toBe("2026-07-06");
    expect(st.rule.kind).toBe("exception");
    expect(st.until?.getTime()).toBe(utc(2026, 7, 6, 7));
  });

  it("Pacific/Kiritimati (UTC+14): the local day starts 10:00Z the day before", () => {
    const s = onDates({ "2026-01-05": ["09:00-17:00"] }, "Pacific/Kiritimati");
    expect(intervals(s, utc(2026, 1, 3), utc(2026, 1, 7))).toEqual([[iso(utc(2026, 1, 4, 19)), iso(utc(2026, 1, 5, 3))]]);
    expect(s.status(utc(2026, 1, 4, 10)).date).toBe("2026-01-05");
    expect(s.status(utc(2026, 1, 4, 10) - 1).date).toBe("2026-01-04");
  });

  it("epoch milliseconds and Date give the same answers", () => {
    const s = onDates({ "2026-10-25": ["02:00-03:00"] });
    const ms = utc(2026, 10, 24, 12);
    expect(s.nextOpening(ms)?.getTime()).toBe(s.nextOpening(new Date(ms))?.getTime());
    expect(s.nextOpening(ms)?.getTime()).toBe(utc(2026, 10, 25, 0));
    expect(s.isOpen(new Date(FALL))).toBe(true);
  });
});

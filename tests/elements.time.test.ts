// The elements' time arithmetic: the start of the next day and the `at` attribute, checked
// against luxon and against the CLI's reader.
import fc from "fast-check";
import { DateTime as LuxonDateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { nextDayStart } from "../src/zone/nextDayStart";
import { parseAtAttribute } from "../src/elements/parseAtAttribute";
import { parseChatInstant } from "../src/index";

const ZONES = ["Europe/Stockholm", "America/Santiago", "America/Asuncion", "America/Havana", "Pacific/Apia", "America/Sao_Paulo", "Asia/Gaza", "Australia/Lord_Howe", "Pacific/Kiritimati", "America/Los_Angeles", "UTC"];
const instant = fc.integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2100, 11, 31) });
const localDate = (ms: number, zone: string) => LuxonDateTime.fromMillis(ms, { zone }).toISODate();

describe("nextDayStart", () => {
  it("is the first instant of the next local date (known nights)", () => {
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(iso(nextDayStart(Date.parse("2026-12-23T15:00:00+01:00"), "Europe/Stockholm"))).toBe("2026-12-23T23:00:00.000Z");
    // Santiago, 6 September 2026: 24.00 is 01.00, so the day starts at 01.00 (−03).
    expect(iso(nextDayStart(Date.parse("2026-09-05T23:30:00-04:00"), "America/Santiago"))).toBe("2026-09-06T04:00:00.000Z");
    // Santiago, 5 April 2026: 24.00 is 23.00 again; both 23.30s belong to the 4th.
    expect(iso(nextDayStart(Date.parse("2026-04-04T23:30:00-03:00"), "America/Santiago"))).toBe("2026-04-05T04:00:00.000Z");
    expect(iso(nextDayStart(Date.parse("2026-04-04T23:30:00-04:00"), "America/Santiago"))).toBe("2026-04-05T04:00:00.000Z");
  });

  it("is after now, on the next local date, and the millisecond before it is still today (random instants, zones with midnight jumps)", () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (now, zone) => {
        const start = nextDayStart(now, zone);
        expect(start).toBeGreaterThan(now);
        expect(localDate(start - 1, zone)).toBe(localDate(now, zone));
        expect(localDate(start, zone)! > localDate(now, zone)!).toBe(true);
      }),
      { seed: 12, numRuns: 2_000 },
    );
  });
});

describe("parseAtAttribute (the `at` attribute)", () => {
  it("reads what the CLI reads, the same way (wall-clock time in the schedule's zone, offsets, DST gaps)", () => {
    const texts = [
      "2026-12-24T10:00", "2026-12-24T10:00:30", "2026-12-24T10:00:30.250", "2026-12-24", "2026-12-24T10:00Z", "2026-12-24T10:00+01:00",
      "2026-12-24T10:00-0330", "2026-12-24T10:00+05", "20261224T1000", "2026-03-29T02:30", "2026-10-25T02:30", "2026-09-06T00:30", "2026-04-04T23:30",
    ];
    for (const zone of ["Europe/Stockholm", "America/Santiago"]) {
      for (const text of texts) expect([text, zone, parseAtAttribute(text, zone)]).toEqual([text, zone, parseChatInstant(text, zone).getTime()]);
    }
  });

  it("refuses junk with a RangeError, not a guess", () => {
    for (const text of ["1", "12", "2026", "tomorrow", "", "2026-02-30", "2026-12-24T25:00", "2026-12-24T10:61", "2026-12-24T10:00+19:00", "2026-12-24T10:00+01:60", "24/12/2026"]) {
      expect(() => parseAtAttribute(text, "Europe/Stockholm"), text).toThrow(RangeError);
    }
  });
});

/*
 * Zone offset changes are found exactly (issue #13 item 8) and the caches behind them are
 * bounded (item 3). Expected instants come from luxon's own tz data, sampled hourly
 * independently of src/zone, and from the tz database's published rules: Gaza changes
 * at midnight local time, Casablanca leaves +01:00 for Ramadan, Lord Howe moves by 30
 * minutes.
 */
import { IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { createSchedule } from "../src/index";
import { keptCalendarCount } from "../src/calendar/yearCalendar";
import { buildTimeline, createZone, zoneCacheStats } from "../src/zone/zone";

const HOUR = 3_600_000;
/** The first whole UTC hour at or after an instant. */
const hourAtOrAfter = (ms: number) => Math.ceil(ms / HOUR) * HOUR;

/** Luxon's offset changes over a UTC year, found by hourly samples: the first whole hour with the new offset. */
function luxonChangeHours(zoneName: string, year: number): { hour: number; from: number; to: number }[] {
  const zone = IANAZone.create(zoneName);
  const changes: { hour: number; from: number; to: number }[] = [];
  let previous = zone.offset(Date.UTC(year, 0, 1));
  for (let t = Date.UTC(year, 0, 1) + HOUR; t <= Date.UTC(year + 1, 0, 1); t += HOUR) {
    const offset = zone.offset(t);
    if (offset !== previous) changes.push({ hour: t, from: previous, to: offset });
    previous = offset;
  }
  return changes;
}

/** src/zone's changes over the same UTC year, each checked against luxon at the millisecond. */
function ourChanges(zoneName: string, year: number) {
  const luxon = IANAZone.create(zoneName);
  const changes = createZone(zoneName).offsetChanges(Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
  for (const change of changes) {
    expect(luxon.offset(change.at - 1), `${zoneName} before ${new Date(change.at).toISOString()}`).toBe(change.from);
    expect(luxon.offset(change.at), `${zoneName} at ${new Date(change.at).toISOString()}`).toBe(change.to);
  }
  return changes;
}

describe("offset changes are found exactly, also when two are less than a week apart", () => {
  // Gaza's rules put the end of DST before Ramadan and its return after it: in these
  // years the return and the final end of DST are 6 days 23 hours apart.
  const gaza: [number, string[]][] = [
    [2040, ["2040-03-24T00:00", "2040-08-31T23:00", "2040-10-20T00:00", "2040-10-26T23:00"]],
    [2054, ["2054-03-28T00:00", "2054-04-03T23:00", "2054-05-23T00:00", "2054-10-23T23:00"]],
    [2072, ["2072-03-26T00:00", "2072-09-09T23:00", "2072-10-22T00:00", "2072-10-28T23:00"]],
  ];
  for (const [year, expected] of gaza) {
    it(`Asia/Gaza ${year}: all four changes, at the second, as luxon has them`, () => {
      const changes = ourChanges("Asia/Gaza", year);
      expect(changes.map((c) => new Date(c.at).toISOString().slice(0, 16))).toEqual(expected);
      expect(changes.map((c) => [c.from, c.to])).toEqual([
        [120, 180],
        [180, 120],
        [120, 180],
        [180, 120],
      ]);
      expect(changes.map((c) => hourAtOrAfter(c.at))).toEqual(luxonChangeHours("Asia/Gaza", year).map((c) => c.hour));
    });
  }

  it("Asia/Gaza, October 2040: both changes found on a sample grid starting at any hour of a week", () => {
    // Weekly samples found them only when the grid happened to fall between them.
    const gaza = IANAZone.create("Asia/Gaza");
    const expected = [Date.parse("2040-10-20T00:00:00Z"), Date.parse("2040-10-26T23:00:00Z")];
    for (let shift = 0; shift < 7 * 24; shift += 1) {
      const from = Date.parse("2040-10-01T00:00:00Z") + shift * HOUR;
      const timeline = buildTimeline(gaza, from, from + 40 * 24 * HOUR);
      expect(timeline.starts.slice(1), `grid from ${new Date(from).toISOString()}`).toEqual(expected);
      expect(timeline.offsets).toEqual([120, 180, 120]);
    }
  });

  for (const [zoneName, year] of [
    ["Africa/Casablanca", 2026],
    ["Africa/Casablanca", 2045],
    ["Australia/Lord_Howe", 2026],
    ["America/Santiago", 2026],
  ] as const) {
    it(`${zoneName} ${year}: the same changes as luxon's hourly samples`, () => {
      const changes = ourChanges(zoneName, year);
      expect(changes.length).toBeGreaterThanOrEqual(2);
      expect(changes.map((c) => ({ hour: hourAtOrAfter(c.at), from: c.from, to: c.to }))).toEqual(luxonChangeHours(zoneName, year));
    });
  }

  it("Lord Howe's half-hour change: 02.00 is the first wall-clock time after it (spring forward 30 minutes)", () => {
    // 2026-10-04 02:00 +10:30 → 02:30 +11:00 (tz database: Lord Howe moves 30 minutes).
    const zone = createZone("Australia/Lord_Howe");
    const local = (h: number, m: number) => Date.UTC(2026, 9, 4, h, m);
    expect(new Date(zone.localToEpoch(local(2, 15))).toISOString()).toBe("2026-10-03T15:30:00.000Z"); // skipped: the moment of the jump
    expect(new Date(zone.localToEpoch(local(2, 30))).toISOString()).toBe("2026-10-03T15:30:00.000Z");
    expect(new Date(zone.localToEpoch(local(1, 59))).toISOString()).toBe("2026-10-03T15:29:00.000Z");
  });

  it("a schedule in Gaza is open the right real hours across the 2040 autumn changes", () => {
    // Open every day 08–12 local. On 2040-10-20 local time is +03:00, on 2040-10-27 it is +02:00.
    const schedule = createSchedule({ timeZone: "Asia/Gaza", weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, ["08:00-12:00"]])) });
    expect(schedule.nextOpening(Date.parse("2040-10-21T00:00:00Z"))!.toISOString()).toBe("2040-10-21T05:00:00.000Z");
    expect(schedule.nextOpening(Date.parse("2040-10-27T00:00:00Z"))!.toISOString()).toBe("2040-10-27T06:00:00.000Z");
    expect(schedule.nextOpening(Date.parse("2040-10-19T00:00:00Z"))!.toISOString()).toBe("2040-10-19T06:00:00.000Z");
  });
});

describe("far-off instants cannot grow any cache (#13 item 3)", () => {
  it("a million-year-away query is a RangeError and leaves the zone and calendar caches as they were", () => {
    const schedule = createSchedule({ timeZone: "Pacific/Apia", weekly: { mon: ["08:00-12:00"] } });
    schedule.isOpen(Date.parse("2026-06-01T12:00:00Z"));
    const zonesBefore = zoneCacheStats();
    const calendarsBefore = keptCalendarCount();
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    for (let i = 0; i < 20_000; i++) {
      const far = i % 2 === 0 ? random() * 1e300 : (random() > 0 ? 1 : -1) * (4.2e12 + Math.abs(random()) * 8e15);
      expect(() => schedule.isOpen(far)).toThrow(RangeError);
    }
    expect(zoneCacheStats()).toEqual(zonesBefore);
    expect(keptCalendarCount()).toBe(calendarsBefore);
  });

  it("the message of a far-off instant says where it is, even beyond what a Date can hold", () => {
    const schedule = createSchedule({});
    expect(() => schedule.isOpen(1e300)).toThrow(/^instant 1e\+300 ms after 1970 is outside the supported years 2005–2100 in Europe\/Stockholm$/);
    expect(() => schedule.isOpen(Date.parse("2101-01-01T12:00:00Z"))).toThrow(/^instant 2101-01-01T12:00:00\.000Z is outside/);
  });

  it("zones are cached once per canonical name, whatever the spelling", () => {
    const before = zoneCacheStats().zones;
    for (const spelling of ["america/new_york", "AMERICA/NEW_YORK", "America/New_york", "america/NEW_york"]) createZone(spelling);
    expect(createZone("aMeRiCa/nEw_YoRk").name).toBe("America/New_York");
    expect(zoneCacheStats().zones - before).toBeLessThanOrEqual(1);
  });
});

describe.runIf(process.env.OPPETTIDER_LONG_FUZZ === "1")("every zone of the runtime, 2005–2100 (long run)", () => {
  it("each change found agrees with luxon to the millisecond; between changes and within two days of each, no other change", () => {
    const from = Date.UTC(2005, 0, 1);
    const to = Date.UTC(2101, 0, 1);
    let checked = 0;
    for (const name of Intl.supportedValuesOf("timeZone")) {
      const luxon = IANAZone.create(name);
      const zone = createZone(name);
      const changes = zone.offsetChanges(from, to);
      const edges = [from, ...changes.map((c) => c.at), to];
      for (let i = 0; i + 1 < edges.length; i++) {
        // The offset between two changes found is constant: at the midpoint, and hourly
        // near each end (where a missed close pair would be).
        const start = edges[i]!;
        const end = edges[i + 1]!;
        const expected = zone.offsetAt(start);
        expect(luxon.offset(start), `${name} at ${new Date(start).toISOString()}`).toBe(expected);
        expect(luxon.offset(Math.floor((start + end) / 2)), `${name} ${new Date(start).toISOString()}`).toBe(expected);
        for (let t = start; t < Math.min(end, start + 2 * 86_400_000); t += HOUR) expect(luxon.offset(t), `${name} ${new Date(t).toISOString()}`).toBe(expected);
        for (let t = end - 1; t > Math.max(start, end - 2 * 86_400_000); t -= HOUR) expect(luxon.offset(t), `${name} ${new Date(t).toISOString()}`).toBe(expected);
      }
      checked += changes.length;
    }
    console.log(`zones: ${Intl.supportedValuesOf("timeZone").length}, changes checked: ${checked}`);
  }, 900_000);
});

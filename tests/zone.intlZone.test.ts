// IntlZone (src/zone/intlZone.ts) answers the zone offsets the schedule engine builds on,
// instead of luxon's IANAZone (which would put all of luxon into a page that asks isOpen).
// luxon is the independent reference here: the same offsets at instants spread over the
// supported years and a year on each side, in zones with every kind of rule — DST north and
// south, half and quarter hours, 30-minute DST, negative DST, a DST that pauses for Ramadan,
// the date line — and at each of luxon's offset changes (a second before and at it).
import { IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { IntlZone } from "../src/zone/intlZone";

const ZONES = [
  "Europe/Stockholm",
  "UTC",
  "Etc/GMT+5",
  "America/Los_Angeles",
  "America/St_Johns",
  "America/Santiago",
  "Pacific/Kiritimati",
  "Pacific/Chatham",
  "Pacific/Apia",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Asia/Gaza",
  "Europe/Dublin",
  "Africa/Casablanca",
];

const FROM = Date.UTC(2004, 0, 1);
const TO = Date.UTC(2102, 0, 1);
const HOUR = 3_600_000;

/** Every 241 hours and 7 minutes from FROM to TO: all times of day and weekdays, about 3 500 instants. */
function instants(): number[] {
  const list: number[] = [];
  for (let t = FROM; t < TO; t += 241 * HOUR + 7 * 60_000) list.push(t);
  return list;
}

/**
 * luxon's offset changes in [FROM, TO), found by a scan every 6 days (the closest changes
 * in these years are 6 days 23 hours apart, Asia/Gaza's) and bisection to the second.
 */
function luxonChanges(zone: IANAZone): number[] {
  const changes: number[] = [];
  const step = 6 * 24 * HOUR;
  let before = zone.offset(FROM);
  for (let t = FROM + step; t < TO; t += step) {
    const now = zone.offset(t);
    if (now === before) continue;
    let low = (t - step) / 1000;
    let high = t / 1000;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (zone.offset(middle * 1000) === before) low = middle;
      else high = middle;
    }
    changes.push(high * 1000);
    before = now;
  }
  return changes;
}

describe("IntlZone agrees with luxon's IANAZone", () => {
  it.each(ZONES)("%s: the offset at instants over 2004–2101 and at every offset change", (name) => {
    const ours = IntlZone.create(name);
    const luxon = IANAZone.create(name);
    const at = [...instants(), ...luxonChanges(luxon).flatMap((change) => [change - 1000, change, change + 999])];
    const differing = at.filter((t) => ours.offset(t) !== luxon.offset(t)).map((t) => `${new Date(t).toISOString()}: ${ours.offset(t)} vs ${luxon.offset(t)}`);
    expect(differing).toEqual([]);
    expect(at.length).toBeGreaterThan(3_500);
  });

  it("knows the same names", () => {
    const names = [...ZONES, "europe/stockholm", "Europe/Stokholm", "Mars/Olympus", "", "CET", "EST5EDT", "Etc/GMT-14", "US/Pacific", "+01:00"];
    expect(names.map((name) => IntlZone.isValidZone(name))).toEqual(names.map((name) => IANAZone.isValidZone(name)));
    expect(IntlZone.isValidZone("Europe/Stockholm")).toBe(true);
    expect(IntlZone.isValidZone("Europe/Stokholm")).toBe(false);
  });

  it("gives NaN for an invalid instant, and one zone object per name", () => {
    expect(IntlZone.create("Europe/Stockholm").offset(Number.NaN)).toBeNaN();
    expect(IntlZone.create("Europe/Stockholm")).toBe(IntlZone.create("Europe/Stockholm"));
    expect(IntlZone.create("Europe/Stockholm").offset(Date.UTC(2026, 6, 1))).toBe(120); // CEST, from the almanac
    expect(IntlZone.create("Asia/Kathmandu").offset(Date.UTC(2026, 0, 1))).toBe(345); // UTC+05:45
  });
});

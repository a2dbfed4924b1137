/**
 * `toICalendar` (RFC 5545 export), read back with an independent parser, ical.js.
 *
 * Expected dates come from the almanac, not from the code under test:
 * - December 2026: Julafton Thu 24, Juldagen Fri 25, Annandag jul Sat 26, Nyårsafton Thu 31; the
 *   working days before the two work-free eves are Wed 23 and Wed 30 (days before eve).
 * - Easter 2026 is 5 April, so Kristi himmelsfärdsdag is Thu 14 May (Easter + 39): Wed 13 May is a
 *   day before a red day and Fri 15 May a bridge day. Första maj is a Friday, so Thu 30 April is a
 *   day before a red day.
 * - Midsommarafton 2026 is Fri 19 June (the Friday of 19–25 June), Midsommardagen Sat 20 June; ISO
 *   week 25 runs Mon 15 – Sun 21 June, so 15–17 June have the summer hours, Thu 18 is a day
 *   before eve.
 * - Europe/Stockholm: CET = UTC+1, CEST = UTC+2; forward at 01:00Z on 2026-03-29 (02:00 CET →
 *   03:00 CEST), back at 01:00Z on 2026-10-25 (03:00 CEST → 02:00 CET; 02:00–03:00 happens twice).
 *
 * Absolute instants are compared, never host-local ones, so the suite holds under every host TZ.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { createSchedule, presets, type Schedule, type ScheduleConfig } from "../src/index";
import { escapeText, foldLine } from "../src/exports/icalText";
import { toICalendar } from "../src/exports/toICalendar";

const arjeplog = createSchedule(presets.arjeplog);
const STAMP = Date.UTC(2026, 0, 1, 12, 0, 0);

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  allDay: boolean;
  start: ICAL.Time;
  end: ICAL.Time;
}

/** Parses an iCalendar text with ical.js, registering its VTIMEZONEs first so TZID times resolve. */
function parse(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? null,
      allDay: event.startDate.isDate,
      start: event.startDate,
      end: event.endDate,
    };
  });
  return { calendar, events };
}

/** A timed event's instant: a TZID time must resolve to a real zone, never float in the host's TZ. */
function instant(time: ICAL.Time): string {
  expect(time.isDate).toBe(false);
  expect(["UTC", "Europe/Stockholm", "America/Los_Angeles", "Pacific/Kiritimati", "Australia/Sydney"]).toContain(time.zone?.tzid);
  return time.toJSDate().toISOString();
}

/** The timed events as [start, end] ISO pairs. */
function timedIntervals(events: ParsedEvent[]): [string, string][] {
  return events.filter((e) => !e.allDay).map((e) => [instant(e.start), instant(e.end)]);
}

function expectedIntervals(schedule: Schedule, from: number, to: number): [string, string][] {
  return schedule.openIntervals(from, to).map((i) => [i.start.toISOString(), i.end.toISOString()]);
}

/** All-day events as [date, summary, end date]. */
function allDay(events: ParsedEvent[]): [string, string, string][] {
  return events.filter((e) => e.allDay).map((e) => [e.start.toString(), e.summary, e.end.toString()]);
}

describe("toICalendar: deviating days as all-day events (Arjeplog, December 2026)", () => {
  const text = toICalendar(arjeplog, { from: "2026-12-01", to: "2026-12-31", timestamp: STAMP });
  const { calendar, events } = parse(text);

  it("is a VCALENDAR 2.0 with PRODID and a VTIMEZONE for the schedule's zone", () => {
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/oppettider/);
    expect(calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual(["Europe/Stockholm"]);
  });

  it("has exactly the almanac's deviating days, named after the rule and the hours", () => {
    expect(allDay(events)).toEqual([
      ["2026-12-23", "Dag före afton: öppet 08.00–12.00", "2026-12-24"],
      ["2026-12-24", "Julafton: stängt", "2026-12-25"],
      ["2026-12-25", "Juldagen: stängt", "2026-12-26"],
      ["2026-12-26", "Annandag jul: stängt", "2026-12-27"],
      ["2026-12-30", "Dag före afton: öppet 08.00–12.00", "2026-12-31"],
      ["2026-12-31", "Nyårsafton: stängt", "2027-01-01"],
    ]);
    expect(events.every((e) => e.allDay)).toBe(true); // no open intervals unless asked for
  });

  it("writes VALUE=DATE DTSTART/DTEND, DTSTAMP in UTC and stable UIDs", () => {
    expect(text).toContain("DTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261225\r\n");
    expect(text).toContain("DTSTAMP:20260101T120000Z\r\n");
    expect(events.map((e) => e.uid)).toEqual([
      "2026-12-23-dayBeforeEve@oppettider",
      "2026-12-24-workFreeEve@oppettider",
      "2026-12-25-publicHoliday@oppettider",
      "2026-12-26-publicHoliday@oppettider",
      "2026-12-30-dayBeforeEve@oppettider",
      "2026-12-31-workFreeEve@oppettider",
    ]);
    // Same UIDs from another export of an overlapping window at another time.
    const again = parse(toICalendar(arjeplog, { from: "2026-12-24", to: "2027-01-06" })).events.map((e) => e.uid);
    expect(again.slice(0, 4)).toEqual(["2026-12-24-workFreeEve@oppettider", "2026-12-25-publicHoliday@oppettider", "2026-12-26-publicHoliday@oppettider", "2026-12-30-dayBeforeEve@oppettider"]);
  });

  it("speaks English with language: \"en\"", () => {
    const english = parse(toICalendar(arjeplog, { from: "2026-12-23", to: "2026-12-26", language: "en" })).events;
    expect(english.map((e) => e.summary)).toEqual([
      "Day before a holiday eve: open 08:00–12:00",
      "Christmas Eve: closed",
      "Christmas Day: closed",
      "Boxing Day: closed",
    ]);
  });

  it("has bridge days, days before red days, periods and exceptions too (spring and summer 2026)", () => {
    const spring = parse(toICalendar(arjeplog, { from: "2026-04-29", to: "2026-05-17" })).events;
    expect(allDay(spring).map(([date, summary]) => [date, summary])).toEqual([
      ["2026-04-30", "Dag före röd dag: öppet 08.00–12.00"],
      ["2026-05-01", "Första maj: stängt"],
      ["2026-05-13", "Dag före röd dag: öppet 08.00–12.00"],
      ["2026-05-14", "Kristi himmelsfärdsdag: stängt"],
      ["2026-05-15", "Klämdag: öppet 10.00–12.00"],
    ]);
    const summer = parse(toICalendar(arjeplog, { from: "2026-06-13", to: "2026-06-21" })).events;
    expect(allDay(summer).map(([date, summary]) => [date, summary])).toEqual([
      ["2026-06-15", "Sommartid, vecka 25–32: öppet 09.00–12.00 och 13.00–15.00"],
      ["2026-06-16", "Sommartid, vecka 25–32: öppet 09.00–12.00 och 13.00–15.00"],
      ["2026-06-17", "Sommartid, vecka 25–32: öppet 09.00–12.00 och 13.00–15.00"],
      ["2026-06-18", "Dag före afton: öppet 08.00–12.00"],
      ["2026-06-19", "Midsommarafton: stängt"],
      ["2026-06-20", "Midsommardagen: stängt"],
    ]);
    const config = structuredClone(presets.arjeplog) as ScheduleConfig;
    config.exceptions = [
      { date: "2026-12-28", hours: [], note: "Stängt för inventering" },
      { date: "2026-12-29", hours: ["10:00-12:00", "13:00-14:00", "22:00-26:00"], note: { sv: "Kvällsöppet", en: "Late opening" } },
    ];
    const withExceptions = parse(toICalendar(createSchedule(config), { from: "2026-12-28", to: "2026-12-29" })).events;
    expect(allDay(withExceptions).map(([, summary]) => summary)).toEqual([
      "Stängt för inventering: stängt",
      "Kvällsöppet: öppet 10.00–12.00, 13.00–14.00 och 22.00–02.00",
    ]);
    expect(withExceptions.map((e) => e.uid)).toEqual(["2026-12-28-exception@oppettider", "2026-12-29-exception@oppettider"]);
  });
});

describe("toICalendar: open intervals as timed events", () => {
  it("equal openIntervals over December 2026 (Arjeplog), in the schedule's zone", () => {
    const text = toICalendar(arjeplog, { from: "2026-12-01", to: "2026-12-31", includeOpenIntervals: true, timestamp: STAMP });
    expect(text).toContain("DTSTART;TZID=Europe/Stockholm:20261223T080000\r\nDTEND;TZID=Europe/Stockholm:20261223T120000\r\n");
    const { events } = parse(text);
    // 2026-12-01T00:00+01:00 .. 2027-01-01T00:00+01:00, written out by hand.
    const expected = expectedIntervals(arjeplog, Date.UTC(2026, 10, 30, 23), Date.UTC(2026, 11, 31, 23));
    expect(expected).toHaveLength(38); // 18 regular weekdays × 2 intervals + 23 and 30 Dec × 1
    expect(timedIntervals(events)).toEqual(expected);
    expect(instant(events.find((e) => e.uid === "20261223T070000Z-open@oppettider")!.start)).toBe("2026-12-23T07:00:00.000Z");
    expect(events.find((e) => e.uid === "20261223T070000Z-open@oppettider")!.description).toBe("Dag före afton");
    // The all-day events are still there, each before the day's open intervals.
    expect(allDay(events)).toHaveLength(6);
  });

  it("are exact across both DST changes of 2026 (hours on the changing Sundays)", () => {
    const config: ScheduleConfig = { timeZone: "Europe/Stockholm", weekly: { sun: ["01:00-05:00"], wed: ["22:00-26:00"] } };
    const schedule = createSchedule(config);
    const text = toICalendar(schedule, { from: "2026-03-01", to: "2026-11-30", includeOpenIntervals: true, timestamp: STAMP });
    const { calendar, events } = parse(text);

    // The VTIMEZONE carries the two real changes of the window, each at its local wall-clock time.
    const observances = calendar
      .getFirstSubcomponent("vtimezone")!
      .getAllSubcomponents()
      .map((c) => [c.name, c.getFirstProperty("dtstart")!.toICALString(), c.getFirstProperty("tzoffsetfrom")!.toICALString(), c.getFirstProperty("tzoffsetto")!.toICALString()]);
    expect(observances).toEqual([
      ["standard", "DTSTART:20251026T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100"],
      ["daylight", "DTSTART:20260329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200"],
      ["standard", "DTSTART:20261025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100"],
    ]);

    const got = timedIntervals(events);
    expect(got).toEqual(expectedIntervals(schedule, Date.UTC(2026, 1, 28, 23), Date.UTC(2026, 10, 30, 23)));
    // By hand: 29 March 01:00 CET – 05:00 CEST is 3 hours; 25 October 01:00 CEST – 05:00 CET is 5.
    expect(got).toContainEqual(["2026-03-29T00:00:00.000Z", "2026-03-29T03:00:00.000Z"]);
    expect(got).toContainEqual(["2026-10-24T23:00:00.000Z", "2026-10-25T04:00:00.000Z"]);
    // Wednesday 22:00–02:00 either side of a change: 2026-03-25 (CET) and 2026-10-28 (CET), 2026-07-01 (CEST).
    expect(got).toContainEqual(["2026-03-25T21:00:00.000Z", "2026-03-26T01:00:00.000Z"]);
    expect(got).toContainEqual(["2026-07-01T20:00:00.000Z", "2026-07-02T00:00:00.000Z"]);
    expect(text).toContain("DTSTART;TZID=Europe/Stockholm:20261025T010000\r\nDTEND;TZID=Europe/Stockholm:20261025T050000\r\n");
  });

  it("write a time of the repeated hour (fall back) in UTC, so it cannot be read as the other occurrence", () => {
    // 2026-10-25 01:00–02:30: 02:30 is first reached at 00:30Z (CEST), again at 01:30Z (CET).
    const schedule = createSchedule({ timeZone: "Europe/Stockholm", weekly: { sun: ["01:00-02:30"] } });
    const text = toICalendar(schedule, { from: "2026-10-25", to: "2026-10-25", includeOpenIntervals: true, timestamp: STAMP });
    expect(text).toContain("DTSTART;TZID=Europe/Stockholm:20261025T010000\r\nDTEND:20261025T003000Z\r\n");
    const got = timedIntervals(parse(text).events);
    expect(got).toEqual([["2026-10-24T23:00:00.000Z", "2026-10-25T00:30:00.000Z"]]);
    expect(got).toEqual(expectedIntervals(schedule, Date.UTC(2026, 9, 24, 22), Date.UTC(2026, 9, 25, 23)));
  });

  it("hold in other zones: Los Angeles and Sydney (DST), Kiritimati (UTC+14, no DST)", () => {
    const cases: [string, number, number][] = [
      // [zone, local midnight of 2026-01-01 and of 2027-01-01 as UTC ms, by hand]
      ["America/Los_Angeles", Date.UTC(2026, 0, 1, 8), Date.UTC(2027, 0, 1, 8)],
      ["Australia/Sydney", Date.UTC(2025, 11, 31, 13), Date.UTC(2026, 11, 31, 13)],
      ["Pacific/Kiritimati", Date.UTC(2025, 11, 31, 10), Date.UTC(2026, 11, 31, 10)],
    ];
    for (const [timeZone, from, to] of cases) {
      const schedule = createSchedule({
        timeZone,
        weekly: { sun: ["00:30-04:30"], sat: ["20:00-27:00"], wed: ["09:00-17:00"] },
        dayKinds: { publicHoliday: { hours: [] } },
      });
      const text = toICalendar(schedule, { from: "2026-01-01", to: "2026-12-31", includeOpenIntervals: true, timestamp: STAMP });
      const { calendar, events } = parse(text);
      expect(calendar.getFirstSubcomponent("vtimezone")!.getFirstPropertyValue("tzid"), timeZone).toBe(timeZone);
      expect(timedIntervals(events), timeZone).toEqual(expectedIntervals(schedule, from, to));
    }
  });

  it("clip at the window's edges as openIntervals does, naming the rule of the day the hours belong to", () => {
    const config = structuredClone(presets.arjeplog) as ScheduleConfig;
    config.exceptions = [{ date: "2026-12-29", hours: ["22:00-26:00"], note: { sv: "Kvällsöppet", en: "Late opening" } }];
    const schedule = createSchedule(config);
    // Window starting at the midnight inside the 22:00–02:00 interval: the clipped part is still "Kvällsöppet".
    const after = parse(toICalendar(schedule, { from: "2026-12-30", to: "2026-12-30", includeOpenIntervals: true })).events.filter((e) => !e.allDay);
    expect(after.map((e) => [instant(e.start), instant(e.end), e.description])).toEqual([
      ["2026-12-29T23:00:00.000Z", "2026-12-30T01:00:00.000Z", "Kvällsöppet"],
      ["2026-12-30T07:00:00.000Z", "2026-12-30T11:00:00.000Z", "Dag före afton"],
    ]);
    // Window ending at that midnight: 22:00–24:00.
    const before = parse(toICalendar(schedule, { from: "2026-12-29", to: "2026-12-29", includeOpenIntervals: true })).events.filter((e) => !e.allDay);
    expect(before.map((e) => [instant(e.start), instant(e.end)])).toEqual([["2026-12-29T21:00:00.000Z", "2026-12-29T23:00:00.000Z"]]);
  });

  it("cover a three-year window, the longest allowed, quickly", () => {
    const started = performance.now();
    const text = toICalendar(arjeplog, { from: "2026-01-01", to: "2028-12-31", includeOpenIntervals: true, timestamp: STAMP });
    const elapsed = performance.now() - started;
    const { events } = parse(text);
    expect(timedIntervals(events)).toEqual(expectedIntervals(arjeplog, Date.UTC(2025, 11, 31, 23), Date.UTC(2028, 11, 31, 23)));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe("toICalendar: text escaping and line folding", () => {
  const note = "Stängt; inventering, lager\\hylla — välkommen åter på måndag förmiddag önskar Arjeplogs kommuns medborgarservice i Silvermuseets hus";
  const config = structuredClone(presets.arjeplog) as ScheduleConfig;
  config.exceptions = [{ date: "2026-12-28", hours: ["10:00-11:00"], note: { sv: note, en: "Line one\nline two; still, ok" } }];
  const schedule = createSchedule(config);
  const text = toICalendar(schedule, { from: "2026-12-28", to: "2026-12-28", includeOpenIntervals: true, timestamp: STAMP });

  it("round-trips a label with ; , \\ and long Swedish text", () => {
    const events = parse(text).events;
    expect(events[0]!.summary).toBe(`${note}: öppet 10.00–11.00`);
    expect(events[1]!.description).toBe(note);
    const english = parse(toICalendar(schedule, { from: "2026-12-28", to: "2026-12-28", language: "en" })).events;
    expect(english[0]!.summary).toBe("Line one\nline two; still, ok: open 10:00–11:00");
  });

  it("escapes backslash, semicolon, comma and newline in the raw text", () => {
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain("SUMMARY:Stängt\\; inventering\\, lager\\\\hylla — välkommen");
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("ends every line in CRLF and folds at 75 octets without splitting a character", () => {
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.slice(0, -2).split("\r\n");
    expect(lines.some((line) => line.startsWith(" "))).toBe(true); // the long SUMMARY was folded
    for (const line of lines) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
    // Multi-octet characters at every possible fold position, emoji (4 octets, a surrogate pair) too.
    for (let pad = 0; pad < 4; pad++) {
      const line = `SUMMARY:${"x".repeat(pad)}${"å😀ö".repeat(40)}`;
      const folded = foldLine(line);
      const parts = folded.split("\r\n");
      for (const part of parts) {
        expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
        expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }
      expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
      expect(folded.replace(/\r\n /g, "")).toBe(line);
    }
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
  });
});

describe("toICalendar: output is the same text under every host TZ", () => {
  it("writes exactly this for Arjeplog, 23–24 December 2026", () => {
    const text = toICalendar(arjeplog, { from: "2026-12-23", to: "2026-12-24", includeOpenIntervals: true, timestamp: STAMP });
    expect(text.split("\r\n")).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//oppettider//oppettider//SV",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VTIMEZONE",
      "TZID:Europe/Stockholm",
      "BEGIN:STANDARD",
      "DTSTART:20261025T030000",
      "TZOFFSETFROM:+0200",
      "TZOFFSETTO:+0100",
      "END:STANDARD",
      "END:VTIMEZONE",
      "BEGIN:VEVENT",
      "UID:2026-12-23-dayBeforeEve@oppettider",
      "DTSTAMP:20260101T120000Z",
      "DTSTART;VALUE=DATE:20261223",
      "DTEND;VALUE=DATE:20261224",
      "SUMMARY:Dag före afton: öppet 08.00–12.00",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:20261223T070000Z-open@oppettider",
      "DTSTAMP:20260101T120000Z",
      "DTSTART;TZID=Europe/Stockholm:20261223T080000",
      "DTEND;TZID=Europe/Stockholm:20261223T120000",
      "SUMMARY:Öppet",
      "DESCRIPTION:Dag före afton",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:2026-12-24-workFreeEve@oppettider",
      "DTSTAMP:20260101T120000Z",
      "DTSTART;VALUE=DATE:20261224",
      "DTEND;VALUE=DATE:20261225",
      "SUMMARY:Julafton: stängt",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  it("stamps with the current time by default", () => {
    const before = Date.now();
    const text = toICalendar(arjeplog, { from: "2026-12-24", to: "2026-12-24" });
    const stamp = /DTSTAMP:(\d{8}T\d{6}Z)/.exec(text)![1]!;
    const ms = ICAL.Time.fromDateTimeString(`${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`).toJSDate().getTime();
    expect(ms).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(ms).toBeLessThanOrEqual(Date.now());
  });
});

describe("toICalendar: bad arguments", () => {
  const call = (options: unknown, schedule: unknown = arjeplog) => () => toICalendar(schedule as Schedule, options as never);

  it("rejects a missing or malformed schedule or options with TypeError", () => {
    expect(call({ from: "2026-12-01", to: "2026-12-31" }, presets.arjeplog)).toThrow(TypeError);
    expect(call({ from: "2026-12-01", to: "2026-12-31" }, presets.arjeplog)).toThrow(/schedule must be a Schedule from createSchedule/);
    expect(call(undefined)).toThrow(/options must be an object/);
    expect(call({ to: "2026-12-31" })).toThrow(TypeError);
    expect(call({ to: "2026-12-31" })).toThrow(/from must be a "YYYY-MM-DD" string, got undefined/);
    expect(call({ from: new Date(), to: "2026-12-31" })).toThrow(/from must be a "YYYY-MM-DD" string, got a Date/);
    expect(call({ from: "2026-12-01", to: "2026-12-31", includeOpenInterval: true })).toThrow(/unknown option "includeOpenInterval"/);
    expect(call({ from: "2026-12-01", to: "2026-12-31", includeOpenIntervals: "yes" })).toThrow(TypeError);
  });

  it("rejects impossible dates, inverted and too long windows, unsupported years with RangeError", () => {
    expect(call({ from: "2026-02-30", to: "2026-03-31" })).toThrow(RangeError);
    expect(call({ from: "2026-02-30", to: "2026-03-31" })).toThrow(/from "2026-02-30" does not exist/);
    expect(call({ from: "2026-12-01", to: "26-12-31" })).toThrow(/to "26-12-31" is not a date of the form YYYY-MM-DD/);
    expect(call({ from: "2026-12-31", to: "2026-12-01" })).toThrow(RangeError);
    expect(call({ from: "2026-12-31", to: "2026-12-01" })).toThrow(/to "2026-12-01" is before from "2026-12-31"/);
    expect(call({ from: "2026-01-01", to: "2029-01-01" })).toThrow(RangeError);
    expect(call({ from: "2026-01-01", to: "2029-01-01" })).toThrow(/1097 days; at most 1096 days/);
    expect(call({ from: "2004-12-31", to: "2005-01-02" })).toThrow(/from "2004-12-31" is outside the supported years 2005–2100/);
    expect(call({ from: "2100-12-31", to: "2101-01-01" })).toThrow(RangeError);
    expect(call({ from: "2026-12-01", to: "2026-12-31", language: "de" })).toThrow(/language must be "sv" or "en"/);
    expect(call({ from: "2026-12-01", to: "2026-12-31", timestamp: new Date("nope") })).toThrow(RangeError);
  });

  it("accepts the edges: a single day, exactly 1096 days, the last supported day", () => {
    expect(call({ from: "2026-12-24", to: "2026-12-24" })).not.toThrow();
    expect(call({ from: "2026-01-01", to: "2028-12-31" })).not.toThrow();
    expect(parse(toICalendar(arjeplog, { from: "2100-12-24", to: "2100-12-31", includeOpenIntervals: true })).events.length).toBeGreaterThan(0);
    const first = parse(toICalendar(arjeplog, { from: "2005-01-01", to: "2005-01-07", includeOpenIntervals: true })).events;
    expect(allDay(first).map(([date, summary]) => [date, summary])).toEqual([
      ["2005-01-01", "Nyårsdagen: stängt"],
      ["2005-01-05", "Dag före röd dag: öppet 08.00–12.00"],
      ["2005-01-06", "Trettondedag jul: stängt"],
      ["2005-01-07", "Klämdag: öppet 10.00–12.00"],
    ]);
  });
});

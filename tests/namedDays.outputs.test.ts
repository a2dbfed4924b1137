/**
 * Named days and clips in everything people read and machines import: the week table, the
 * deviations, the status texts, schema.org, iCalendar (read back with ical.js) and the chat
 * tools. (OpenStreetMap: tests/integration/exports.osm.test.ts; the CLI: tests/integration.)
 *
 * The dates are the almanac's, December 2026: Julafton Thu 24, Juldagen Fri 25, Annandag jul
 * Sat 26, Nyårsafton Thu 31, Nyårsdagen Fri 1 January 2027. Midsommarafton Fri 19 June 2026.
 * Skärtorsdagen Thu 2 April 2026 (Easter 5 April). Sveriges nationaldag Sat 6 June 2026.
 * Första maj 2026 is a Friday, so Thu 30 April is a day before a red day.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  callTool,
  CHAT_TOOLS,
  createOrganization,
  createSchedule,
  daysTable,
  statusSentence,
  statusText,
  toICalendar,
  toSchemaOrg,
  upcomingDeviations,
  weekTable,
  type ScheduleConfig,
} from "../src/index";

const weekdays = (hours: string[]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });

/** A library: "Julafton och nyårsafton 08.00–01.30", "Midsommarafton stängt", "Skärtorsdag 10–16", … */
const config: ScheduleConfig = {
  timeZone: "Europe/Stockholm",
  weekly: { ...weekdays(["08:00-16:00"]), sat: ["10:00-14:00"] },
  dayKinds: { publicHoliday: [], workFreeEve: [], dayBeforeRedDay: { closesAt: "12:00" } },
  namedDays: {
    julafton: ["08:00-25:30"],
    nyårsafton: ["08:00-25:30"],
    midsommarafton: [],
    skärtorsdag: ["10:00-16:00"],
    "Sveriges nationaldag": ["11:00-15:00"],
  },
};
const schedule = createSchedule(config);
const organization = createOrganization({ name: "Biblioteket", hours: config });
const at = (iso: string) => new Date(iso);

describe("texts", () => {
  it("the week table names the named day", () => {
    const rows = weekTable(schedule, "2026-12-24").map((r) => `${r.date} ${r.weekday} ${r.hours} ${r.note ?? "-"}`);
    expect(rows).toEqual([
      "2026-12-21 måndag 08.00–16.00 -",
      "2026-12-22 tisdag 08.00–16.00 -",
      "2026-12-23 onsdag 08.00–16.00 -",
      "2026-12-24 torsdag 08.00–01.30 Julafton",
      "2026-12-25 fredag stängt Juldagen",
      "2026-12-26 lördag stängt Annandag jul",
      "2026-12-27 söndag stängt -",
    ]);
    expect(weekTable(schedule, "2026-12-24", { language: "en" })[3]!.note).toBe("Christmas Eve");
    expect(daysTable(schedule, "2026-04-02", "2026-04-02")[0]!.rule.kind).toBe("namedDay");
  });

  it("the deviations list named days and clipped days with their reasons", () => {
    const rows = upcomingDeviations(schedule, { from: "2026-12-21", days: 14, language: "en" }).map((r) => `${r.date} ${r.hours} ${r.note}`);
    expect(rows).toEqual([
      "2026-12-24 08:00–01:30 Christmas Eve",
      "2026-12-25 closed Christmas Day",
      "2026-12-26 closed Boxing Day",
      "2026-12-31 08:00–01:30 New Year's Eve",
      "2027-01-01 closed New Year's Day",
    ]);
    // Påskafton (Sat 4 April) keeps Saturday's hours and påskdagen is a Sunday, closed anyway: no deviations.
    const spring = upcomingDeviations(schedule, { from: "2026-04-01", days: 7 }).map((r) => `${r.date} ${r.hours} ${r.note}`);
    expect(spring).toEqual(["2026-04-02 10.00–16.00 Skärtorsdagen", "2026-04-03 stängt Långfredagen", "2026-04-06 stängt Annandag påsk"]);
    // The clipped day before första maj.
    expect(upcomingDeviations(schedule, { from: "2026-04-30", days: 1 }).map((r) => `${r.hours} ${r.note}`)).toEqual(["08.00–12.00 Dag före röd dag"]);
  });

  it("status texts and sentences name the day, in Swedish and English", () => {
    expect(statusSentence(schedule, at("2026-12-24T10:00:00+01:00"))).toBe(
      "Idag är det julafton, så vi har öppet 08.00–01.30. Just nu har vi öppet, till imorgon 01.30.",
    );
    expect(statusSentence(schedule, at("2026-12-24T10:00:00+01:00"), { language: "en" })).toBe(
      "Today is Christmas Eve, so we are open 08:00–01:30. We are open now, until tomorrow 01:30.",
    );
    expect(statusText(schedule, at("2026-06-19T10:00:00+02:00"))).toBe("Stängt idag, midsommarafton · öppnar måndag 08.00");
    expect(statusText(schedule, at("2026-06-19T10:00:00+02:00"), { language: "en" })).toBe("Closed today, Midsummer Eve · opens Monday 08:00");
    expect(statusSentence(schedule, at("2026-04-02T09:00:00+02:00"), { language: "en" })).toBe(
      "Today is Maundy Thursday, so we are open 10:00–16:00. We are closed now and open at 10:00.",
    );
    // A proper noun keeps its capital in running text.
    expect(statusSentence(schedule, at("2026-06-06T12:00:00+02:00"))).toBe("Idag är det Sveriges nationaldag, så vi har öppet 11.00–15.00. Just nu har vi öppet, till 15.00.");
  });
});

describe("schema.org", () => {
  it("writes a named day as special hours named after the day, past midnight as Google reads it", () => {
    const jsonLd = toSchemaOrg(organization, { from: "2026-12-23", days: 3 }) as unknown as { specialOpeningHoursSpecification: unknown[] };
    expect(jsonLd.specialOpeningHoursSpecification).toEqual([
      { "@type": "OpeningHoursSpecification", name: "Julafton", opens: "08:00", closes: "01:30", validFrom: "2026-12-24", validThrough: "2026-12-24" },
      { "@type": "OpeningHoursSpecification", name: "Juldagen", opens: "00:00", closes: "00:00", validFrom: "2026-12-25", validThrough: "2026-12-25" },
    ]);
  });

  it("writes list-hours and clip periods as seasonal entries", () => {
    const summer = createOrganization({
      name: "Badet",
      hours: {
        weekly: weekdays(["08:00-12:00", "13:00-18:00"]),
        periods: [
          { dates: { from: "07-01", to: "07-31" }, hours: ["10:00-20:00"], label: "Juli" },
          { dates: { from: "08-01", to: "08-15" }, hours: { closesAt: "15:00" }, label: "Augusti" },
        ],
      },
    });
    const specs = (toSchemaOrg(summer, { from: "2026-06-25", days: 60 }) as unknown as { openingHoursSpecification: Record<string, unknown>[] }).openingHoursSpecification;
    expect(specs).toContainEqual({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
      opens: "10:00",
      closes: "20:00",
      validFrom: "2026-07-01",
      validThrough: "2026-07-31",
    });
    expect(specs).toContainEqual({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
      opens: "13:00",
      closes: "15:00",
      validFrom: "2026-08-01",
      validThrough: "2026-08-15",
    });
  });
});

describe("iCalendar", () => {
  it("has the named days as all-day events, read back with ical.js", () => {
    const text = toICalendar(schedule, { from: "2026-12-20", to: "2027-01-02", timestamp: Date.UTC(2026, 0, 1) });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    expect(events.map((e) => `${e.startDate.toString()} ${e.uid} ${e.summary}`)).toEqual([
      "2026-12-24 2026-12-24-namedDay@oppettider Julafton: öppet 08.00–01.30",
      "2026-12-25 2026-12-25-publicHoliday@oppettider Juldagen: stängt",
      "2026-12-26 2026-12-26-publicHoliday@oppettider Annandag jul: stängt",
      "2026-12-31 2026-12-31-namedDay@oppettider Nyårsafton: öppet 08.00–01.30",
      "2027-01-01 2027-01-01-publicHoliday@oppettider Nyårsdagen: stängt",
    ]);
  });

  it("names the rule of an open interval past midnight after the day it belongs to", () => {
    const text = toICalendar(schedule, { from: "2026-12-24", to: "2026-12-25", includeOpenIntervals: true, language: "en", timestamp: 0 });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const open = calendar
      .getAllSubcomponents("vevent")
      .map((component) => new ICAL.Event(component))
      .filter((e) => !e.startDate.isDate);
    expect(open.map((e) => `${e.startDate.toString()}–${e.endDate.toString()} ${e.description}`)).toEqual(["2026-12-24T08:00:00–2026-12-25T01:30:00 Christmas Eve"]);
  });
});

describe("chat tools", () => {
  it("give kind namedDay and the day's name", () => {
    const answer = callTool(organization, "hours_on", { date: "2026-12-24" });
    expect(answer.rule).toEqual({ kind: "namedDay", label: "Julafton" });
    expect(answer.text).toBe("Torsdag 24 december 2026: 08.00–01.30 (julafton).");
    expect(callTool(organization, "is_open", { at: "2026-12-24T10:00", language: "en" }).sentence).toBe(
      "Today is Christmas Eve, so we are open 08:00–01:30. We are open now, until tomorrow 01:30.",
    );
  });

  it("list namedDay among the rule kinds in their descriptions", () => {
    const hoursOn = CHAT_TOOLS.find((tool) => tool.name === "hours_on")!;
    expect(hoursOn.description).toContain("kind: exception, namedDay, publicHoliday");
  });
});

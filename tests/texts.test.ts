import { describe, expect, it } from "vitest";
import { createSchedule, daysTable, presets, statusSentence, statusText, summaryText, upcomingDeviations, weekTable } from "../src/index";

const arjeplog = createSchedule(presets.arjeplog);
// Instants are written with Sweden's offset of the day: +01:00 in winter, +02:00 in summer.
const at = (iso: string) => new Date(iso);

describe("statusText (badge / kiosk line)", () => {
  const cases: [string, string, string][] = [
    // [instant, Swedish, English]
    ["2026-11-25T09:00:00+01:00", "Öppet · stänger 12.00", "Open · closes 12:00"],
    ["2026-11-25T12:30:00+01:00", "Stängt för lunch · öppnar 13.00", "Closed for lunch · opens 13:00"],
    ["2026-11-27T15:00:00+01:00", "Stängt · öppnar måndag 08.00", "Closed · opens Monday 08:00"],
    ["2026-11-25T17:00:00+01:00", "Stängt · öppnar imorgon 08.00", "Closed · opens tomorrow 08:00"],
    ["2026-11-25T07:00:00+01:00", "Stängt · öppnar 08.00", "Closed · opens 08:00"],
    // Julafton is a Thursday in 2026; 25–26 are holidays, 27 a Sunday: open again Monday 28 December.
    ["2026-12-24T10:00:00+01:00", "Stängt idag, julafton · öppnar måndag 28 december 08.00", "Closed today, Christmas Eve · opens Monday 28 December 08:00"],
    // Three days ahead or fewer, the weekday alone is clear.
    ["2026-12-25T10:00:00+01:00", "Stängt idag, juldagen · öppnar måndag 08.00", "Closed today, Christmas Day · opens Monday 08:00"],
    // Midsommarafton 19 June 2026; the next week is ISO week 26, a summer week: 09.00.
    ["2026-06-19T10:00:00+02:00", "Stängt idag, midsommarafton · öppnar måndag 09.00", "Closed today, Midsummer Eve · opens Monday 09:00"],
    // Kristi himmelsfärdsdag 14 May 2026 keeps its capital; Friday 15 May is a bridge day (10–12).
    ["2026-05-14T10:00:00+02:00", "Stängt idag, Kristi himmelsfärdsdag · öppnar imorgon 10.00", "Closed today, Ascension Day · opens tomorrow 10:00"],
    // Sveriges nationaldag falls on a Saturday in 2026: the holiday is still the day's rule.
    ["2026-06-06T10:00:00+02:00", "Stängt idag, Sveriges nationaldag · öppnar måndag 08.00", "Closed today, National Day of Sweden · opens Monday 08:00"],
    // Nyårsafton (Thursday) → Nyårsdagen (Friday) → weekend → Monday 4 January 2027, another year.
    ["2026-12-31T10:00:00+01:00", "Stängt idag, nyårsafton · öppnar måndag 4 januari 2027 08.00", "Closed today, New Year's Eve · opens Monday 4 January 2027 08:00"],
    // Day before eve 23 December: 08–12 only.
    ["2026-12-23T11:00:00+01:00", "Öppet · stänger 12.00", "Open · closes 12:00"],
  ];
  for (const [instant, sv, en] of cases) {
    it(`${instant}: ${sv}`, () => {
      expect(statusText(arjeplog, at(instant))).toBe(sv);
      expect(statusText(arjeplog, at(instant), { language: "en" })).toBe(en);
    });
  }

  it("says so when nothing opens within the horizon", () => {
    const never = createSchedule({ weekly: {} });
    expect(statusText(never, at("2026-11-25T09:00:00+01:00"))).toBe("Stängt");
  });

  it("names an exception's note", () => {
    const schedule = createSchedule({ ...presets.arjeplog, exceptions: [{ date: "2026-11-26", hours: [], note: { sv: "Stängt för inventering", en: "Closed for stocktaking" } }] });
    expect(statusText(schedule, at("2026-11-26T10:00:00+01:00"))).toBe("Stängt idag (Stängt för inventering) · öppnar imorgon 08.00");
    expect(statusText(schedule, at("2026-11-26T10:00:00+01:00"), { language: "en" })).toBe("Closed today (Closed for stocktaking) · opens tomorrow 08:00");
  });
});

describe("statusSentence (chatbot)", () => {
  it("names a bridge day as the reason for short hours", () => {
    expect(statusSentence(arjeplog, at("2026-05-15T10:30:00+02:00"))).toBe(
      "Idag är det klämdag, så vi har öppet 10.00–12.00. Just nu har vi öppet, till 12.00.",
    );
    expect(statusSentence(arjeplog, at("2026-05-15T10:30:00+02:00"), { language: "en" })).toBe(
      "Today is a bridge day, so we are open 10:00–12:00. We are open now, until 12:00.",
    );
  });

  it("names the day before an eve and the day before a red day", () => {
    expect(statusSentence(arjeplog, at("2026-12-30T13:00:00+01:00"))).toBe(
      "Idag är det dag före afton, så vi har öppet 08.00–12.00. Just nu har vi stängt. Vi öppnar måndag 4 januari 2027 kl. 08.00.",
    );
    // Skärtorsdagen 2 April 2026 is a day before a red day (Långfredagen).
    expect(statusSentence(arjeplog, at("2026-04-02T09:00:00+02:00"))).toBe(
      "Idag är det dag före röd dag, så vi har öppet 08.00–12.00. Just nu har vi öppet, till 12.00.",
    );
    expect(statusSentence(arjeplog, at("2026-04-02T09:00:00+02:00"), { language: "en" })).toBe(
      "Today is the day before a public holiday, so we are open 08:00–12:00. We are open now, until 12:00.",
    );
  });

  it("names a holiday that closes the day", () => {
    expect(statusSentence(arjeplog, at("2026-12-24T10:00:00+01:00"))).toBe(
      "Idag är det julafton, så vi har stängt. Just nu har vi stängt. Vi öppnar måndag 28 december kl. 08.00.",
    );
    expect(statusSentence(arjeplog, at("2026-12-24T10:00:00+01:00"), { language: "en" })).toBe(
      "Today is Christmas Eve, so we are closed. We are closed now. We open Monday 28 December at 08:00.",
    );
  });

  it("tells an ordinary day's hours and a lunch break", () => {
    expect(statusSentence(arjeplog, at("2026-11-25T12:30:00+01:00"))).toBe(
      "Idag har vi öppet 08.00–12.00 och 13.00–16.00. Just nu har vi lunchstängt och öppnar kl. 13.00.",
    );
    expect(statusSentence(arjeplog, at("2026-11-28T12:00:00+01:00"))).toBe("Just nu har vi stängt. Vi öppnar måndag kl. 08.00.");
  });

  it("tells the summer hours", () => {
    expect(statusSentence(arjeplog, at("2026-07-01T09:30:00+02:00"))).toBe(
      "Idag gäller sommartid, vecka 25–32: 09.00–12.00 och 13.00–15.00. Just nu har vi öppet, till 12.00.",
    );
  });
});

describe("summaries", () => {
  it("reproduces the seed's block from the Arjeplog config", () => {
    // The seed: "Måndag-torsdag 08.00-12.00 och 13.00-16.00 / Fredag 08.00-12.00 och 13.00-15.00 /
    // Vecka 25-32 måndag-fredag 09.00-12.00 och 13.00-15.00 / Dag före afton 08.00-12.00 /
    // Dag före röd dag 08.00-12.00 / Klämdag 10.00-12.00" (ranges with en dashes).
    expect(summaryText(arjeplog).split("\n")).toEqual([
      "Måndag–torsdag 08.00–12.00 och 13.00–16.00",
      "Fredag 08.00–12.00 och 13.00–15.00",
      "Vecka 25–32 måndag–fredag 09.00–12.00 och 13.00–15.00",
      "Dag före afton 08.00–12.00",
      "Dag före röd dag 08.00–12.00",
      "Klämdag 10.00–12.00",
    ]);
  });

  it("in English", () => {
    expect(summaryText(arjeplog, { language: "en" }).split("\n")).toEqual([
      "Monday–Thursday 08:00–12:00 and 13:00–16:00",
      "Friday 08:00–12:00 and 13:00–15:00",
      "Weeks 25–32 Monday–Friday 09:00–12:00 and 13:00–15:00",
      "Day before a holiday eve 08:00–12:00",
      "Day before a public holiday 08:00–12:00",
      "Bridge day 10:00–12:00",
    ]);
  });

  it("groups non-adjacent weekdays, date periods and closed days", () => {
    const schedule = createSchedule({
      weekly: { mon: ["10:00-18:00"], wed: ["10:00-18:00"], fri: ["10:00-18:00"], sat: ["10:00-14:00"], sun: [] },
      periods: [{ dates: { from: "12-20", to: "01-06" }, hours: { mon: ["12:00-16:00"], tue: ["12:00-16:00"] } }],
      dayKinds: { publicHoliday: { hours: [] } },
    });
    expect(summaryText(schedule, { includeClosed: true }).split("\n")).toEqual([
      "Måndag, onsdag och fredag 10.00–18.00",
      "Lördag 10.00–14.00",
      "Söndag stängt",
      "20 december–6 januari måndag och tisdag 12.00–16.00",
      "Helgdagar stängt",
      // No rule for them, and Sundays closed: that they keep the weekly hours is said.
      "Midsommar-, jul- och nyårsafton ordinarie öppettider",
    ]);
  });
});

describe("week table and deviations", () => {
  it("lists Christmas week 2026 with the rule where it is not the regular one", () => {
    const rows = weekTable(arjeplog, "2026-12-23");
    expect(rows.map((r) => [r.date, r.weekday, r.hours, r.note])).toEqual([
      ["2026-12-21", "måndag", "08.00–12.00 och 13.00–16.00", null],
      ["2026-12-22", "tisdag", "08.00–12.00 och 13.00–16.00", null],
      ["2026-12-23", "onsdag", "08.00–12.00", "Dag före afton"],
      ["2026-12-24", "torsdag", "stängt", "Julafton"],
      ["2026-12-25", "fredag", "stängt", "Juldagen"],
      ["2026-12-26", "lördag", "stängt", "Annandag jul"],
      ["2026-12-27", "söndag", "stängt", null],
    ]);
  });

  it("lists the upcoming deviating days with their reasons, skipping holidays on closed weekdays", () => {
    const rows = upcomingDeviations(arjeplog, { from: "2026-12-21", days: 17, language: "en" });
    // 26 Dec (Annandag jul) is a Saturday, closed anyway: not a deviation. 5 Jan 2027 is a
    // Tuesday before Trettondedag jul (Wednesday 6 Jan).
    expect(rows.map((r) => [r.date, r.hours, r.note])).toEqual([
      ["2026-12-23", "08:00–12:00", "Day before a holiday eve"],
      ["2026-12-24", "closed", "Christmas Eve"],
      ["2026-12-25", "closed", "Christmas Day"],
      ["2026-12-30", "08:00–12:00", "Day before a holiday eve"],
      ["2026-12-31", "closed", "New Year's Eve"],
      ["2027-01-01", "closed", "New Year's Day"],
      ["2027-01-05", "08:00–12:00", "Day before a public holiday"],
      ["2027-01-06", "closed", "Epiphany"],
    ]);
  });

  it("rejects bad ranges and day counts", () => {
    expect(() => daysTable(arjeplog, "2026-12-24", "2026-12-23")).toThrow(RangeError);
    expect(() => daysTable(arjeplog, "2026-12-32", "2026-12-33")).toThrow(RangeError);
    expect(() => upcomingDeviations(arjeplog, { from: "2026-12-01", days: 0 })).toThrow(/days must be/);
    expect(() => upcomingDeviations(arjeplog, { from: "2026-12-01", days: 1.5 })).toThrow(RangeError);
  });
});

/*
 * summaryText says everything that changes a day (issue #10 item 4), in the words of SPEC §10,
 * while the Arjeplog default still gives exactly the seed's block (tests/texts.test.ts).
 */
import { describe, expect, it } from "vitest";
import { createSchedule, presets, summaryText, type ScheduleConfig } from "../src/index";

const lines = (config: unknown, options = {}) => summaryText(createSchedule(config as ScheduleConfig), options).split("\n");

const OFFICE = {
  weekly: { mon: ["08:00-16:00"], tue: ["08:00-16:00"], wed: ["08:00-16:00"], thu: ["08:00-16:00"], fri: ["08:00-15:00"] },
  periods: [
    { weeks: { from: 24, to: 33 }, hours: { fri: [] } },
    { weeks: { parity: "odd" }, hours: { closesAt: "15:00" } },
  ],
  dayKinds: { dayBeforeRedDay: { closesAt: "12:00" }, bridgeDay: { hours: [] } },
  namedDays: { julafton: ["08:00-25:30"], nyårsafton: ["08:00-25:30"], skärtorsdagen: { opensAt: "10:00" } },
  exceptions: [
    { date: "2026-11-30", hours: [], note: { sv: "Stängt för inventering", en: "Closed for stocktaking" } },
    // Monday 5 – Sunday 11 July 2027: Monday and Tuesday 10–12, Friday closed, the other days as usual.
    { from: "2027-07-05", to: "2027-07-11", hours: { mon: ["10:00-12:00"], tue: ["10:00-12:00"], fri: [] } },
  ],
};

describe("summaryText", () => {
  it("says closed days of periods, clips, odd weeks, named days and one-off dates", () => {
    expect(lines(OFFICE)).toEqual([
      "Måndag–torsdag 08.00–16.00",
      "Fredag 08.00–15.00",
      "Vecka 24–33 fredag stängt",
      "Udda veckor stänger kl. 15.00",
      "Dag före röd dag stänger kl. 12.00",
      "Klämdag stängt",
      // Open on weekdays only, with no holiday rule: a reader would take holidays as closed.
      "Helgdagar ordinarie öppettider",
      "Midsommar-, jul- och nyårsafton ordinarie öppettider",
      "Julafton och nyårsafton 08.00–01.30",
      "Skärtorsdagen öppnar kl. 10.00",
      "30 november 2026 stängt (Stängt för inventering)",
      "5–6 juli 2027 10.00–12.00",
      "9 juli 2027 stängt",
    ]);
  });

  it("in English", () => {
    expect(lines(OFFICE, { language: "en" })).toEqual([
      "Monday–Thursday 08:00–16:00",
      "Friday 08:00–15:00",
      "Weeks 24–33 Friday closed",
      "Odd weeks closes at 15:00",
      "Day before a public holiday closes at 12:00",
      "Bridge day closed",
      "Public holidays regular opening hours",
      "Midsummer, Christmas and New Year's Eve regular opening hours",
      "Christmas Eve and New Year's Eve 08:00–01:30",
      "Maundy Thursday opens at 10:00",
      "30 November 2026 closed (Closed for stocktaking)",
      "5–6 July 2027 10:00–12:00",
      "9 July 2027 closed",
    ]);
  });

  it("writes a one-day period as its day, and all seven weekdays as 'alla dagar' (was '24 december–24 december måndag–söndag')", () => {
    const config = {
      weekly: { mon: ["10:00-18:00"], sat: ["10:00-14:00"] },
      periods: [{ dates: { from: "12-24", to: "12-24" }, hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } }],
    };
    // No holiday rules and no Sunday open: the summary says that holidays keep the weekly hours
    // (a reader would otherwise take them as closed, like Sundays).
    expect(lines(config, { includeClosed: true })).toEqual([
      "Måndag 10.00–18.00",
      "Lördag 10.00–14.00",
      "24 december alla dagar stängt",
      "Helgdagar ordinarie öppettider",
      "Midsommar-, jul- och nyårsafton ordinarie öppettider",
    ]);
  });

  it("says holiday closures where Sundays are open, and leaves them to the reader where no Sunday is", () => {
    const closures = { publicHoliday: { hours: [] }, workFreeEve: { hours: [] } };
    const sundays = { weekly: { sun: ["10:00-14:00"] }, dayKinds: closures };
    expect(lines(sundays)).toEqual(["Söndag 10.00–14.00", "Helgdagar stängt", "Midsommar-, jul- och nyårsafton stängt"]);
    const saturdays = { weekly: { sat: ["10:00-14:00"] }, dayKinds: closures };
    expect(lines(saturdays)).toEqual(["Lördag 10.00–14.00"]);
    const weekdays = { weekly: { mon: ["10:00-14:00"] }, dayKinds: closures };
    expect(lines(weekdays)).toEqual(["Måndag 10.00–14.00"]);
  });

  it("with includeClosed also lists closed weekdays and the holidays taken for granted", () => {
    expect(lines(presets.arjeplog, { includeClosed: true })).toEqual([
      "Måndag–torsdag 08.00–12.00 och 13.00–16.00",
      "Fredag 08.00–12.00 och 13.00–15.00",
      "Lördag och söndag stängt",
      "Vecka 25–32 måndag–fredag 09.00–12.00 och 13.00–15.00",
      "Dag före afton 08.00–12.00",
      "Dag före röd dag 08.00–12.00",
      "Klämdag 10.00–12.00",
      "Helgdagar stängt",
      "Midsommar-, jul- och nyårsafton stängt",
    ]);
  });

  it("writes nights past midnight, clips past midnight and dated periods", () => {
    const config = {
      weekly: { fri: ["16:00-25:30"], sat: ["16:00-25:30"] },
      periods: [
        { dates: { from: "06-27", to: "08-21" }, hours: ["10:00-18:00"] },
        { dates: { from: "2026-12-20", to: "2027-01-06" }, hours: { closesAt: "22:00" } },
        { weeks: { from: 52, to: 2 }, hours: { sun: ["12:00-16:00"] } },
      ],
      namedDays: { julafton: { closesAt: "26:00" } },
    };
    expect(lines(config)).toEqual([
      "Fredag och lördag 16.00–01.30",
      "27 juni–21 augusti alla dagar 10.00–18.00",
      "20 december 2026–6 januari 2027 alla dagar stänger kl. 22.00",
      "Vecka 52–2 söndag 12.00–16.00",
      "Julafton stänger kl. 02.00 efter midnatt",
    ]);
  });

  it("writes 'kl.' before times that could be read as dates", () => {
    expect(lines({ weekly: { mon: ["10:10-16:12"] }, dayKinds: { publicHoliday: [], workFreeEve: [] } })).toEqual(["Måndag kl. 10.10–16.12"]);
  });

  it("writes a clip of a day its kind closes as closed, which is what it gives", () => {
    const config = { weekly: { mon: ["08:00-16:00"], sat: ["10:00-14:00"] }, dayKinds: { workFreeEve: [] }, namedDays: { nyårsafton: { closesAt: "12:00" } } };
    // Work-free eves closed go without saying (no Sunday is open); public holidays keep the weekly hours, so that is said.
    expect(lines(config)).toEqual(["Måndag 08.00–16.00", "Lördag 10.00–14.00", "Helgdagar ordinarie öppettider", "Nyårsafton stängt"]);
    expect(createSchedule(config as ScheduleConfig).day("2029-12-31").intervals).toEqual([]); // a Monday
  });
});

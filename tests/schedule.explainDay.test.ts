// explainDay: a date's hours, the rule the engine picked and the weekly hours it replaces.
// Expected days come from the Swedish calendar (the almanac), checked against date-holidays.
import { readFileSync } from "node:fs";
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { createSchedule, explainDay, type ScheduleConfig } from "../src/index";

const ARJEPLOG = JSON.parse(readFileSync(new URL("../examples/arjeplogs-kommun.json", import.meta.url), "utf8")).hours as ScheduleConfig;
const arjeplog = createSchedule(ARJEPLOG);
const sweden = new Holidays("SE");
const holidayOn = (date: string) => (sweden.isHoliday(new Date(`${date}T12:00:00`)) || [])[0];

const MON_THU = [{ from: "08:00", to: "12:00" }, { from: "13:00", to: "16:00" }];

describe("explainDay on the Arjeplog default", () => {
  it("the calendar's days are what the test says they are (date-holidays)", () => {
    expect(holidayOn("2026-12-24")).toMatchObject({ name: "julafton" });
    expect(holidayOn("2026-06-06")).toMatchObject({ name: "nationaldagen", type: "public" });
    expect(holidayOn("2026-05-14")).toMatchObject({ name: "Kristi himmelsfärdsdag", type: "public" });
    expect(holidayOn("2026-12-23")).toBeFalsy();
    expect(holidayOn("2026-05-15")).toBeFalsy();
    expect(new Date("2026-05-15T12:00:00Z").getUTCDay()).toBe(5); // a Friday between a red day and Saturday
  });

  it("23 December 2026: day before Christmas Eve, 08–12 in place of the Wednesday hours", () => {
    const why = explainDay(arjeplog, "2026-12-23");
    expect(why).toMatchObject({ date: "2026-12-23", weekday: 3, intervals: [{ from: "08:00", to: "12:00" }], differs: true });
    expect(why.rule).toMatchObject({ kind: "dayBeforeEve", label: "Dag före afton" });
    expect(why.overrides).toEqual(MON_THU);
  });

  it("24 December 2026: julafton, a work-free eve, closed", () => {
    const why = explainDay(arjeplog, "2026-12-24");
    expect(why.rule).toMatchObject({ kind: "workFreeEve", label: "Julafton", labels: { sv: "Julafton", en: "Christmas Eve" } });
    expect(why.intervals).toEqual([]);
    expect(why.overrides).toEqual(MON_THU);
    expect(why.differs).toBe(true);
  });

  it("6 June 2026 (a Saturday): nationaldagen is the rule, though the hours are the Saturday's own", () => {
    const why = explainDay(arjeplog, "2026-06-06");
    expect(why.rule.kind).toBe("publicHoliday");
    expect(why.rule.label).toMatch(/^Sveriges nationaldag|^Nationaldagen/);
    expect(why).toMatchObject({ intervals: [], overrides: [], differs: false });
  });

  it("15 May 2026, the Friday after Kristi himmelsfärd: a bridge day, 10–12", () => {
    expect(explainDay(arjeplog, "2026-05-14").rule.kind).toBe("publicHoliday");
    const why = explainDay(arjeplog, "2026-05-15");
    expect(why.rule).toMatchObject({ kind: "bridgeDay", label: "Klämdag" });
    expect(why.intervals).toEqual([{ from: "10:00", to: "12:00" }]);
    expect(why.overrides).toEqual([{ from: "08:00", to: "12:00" }, { from: "13:00", to: "15:00" }]);
  });

  it("an ordinary weekday: the weekly hours, nothing overridden", () => {
    const why = explainDay(arjeplog, "2026-03-11"); // a Wednesday in week 11
    expect(why).toMatchObject({ weekday: 3, intervals: MON_THU, overrides: null, differs: false });
    expect(why.rule.kind).toBe("weekly");
  });

  it("a summer week: the period and its label", () => {
    const why = explainDay(arjeplog, "2026-07-08"); // Wednesday of ISO week 28
    expect(why.rule).toMatchObject({ kind: "period", label: "Sommartid, vecka 25–32" });
    expect(why.intervals).toEqual([{ from: "09:00", to: "12:00" }, { from: "13:00", to: "15:00" }]);
  });
});

describe("explainDay on a custom config", () => {
  const config: ScheduleConfig = {
    timeZone: "Europe/Stockholm",
    weekly: { mon: ["09:00-17:00"], tue: ["09:00-17:00"], wed: ["09:00-17:00"], thu: ["09:00-17:00"], fri: ["09:00-17:00"], sat: ["10:00-14:00"], sun: [] },
    namedDays: { trettondagsafton: { hours: ["09:00-13:00"], label: "Trettondagsafton, halvdag" } },
    exceptions: [{ date: "2026-10-07", hours: [], note: "Inventering" }],
  } as ScheduleConfig;
  const schedule = createSchedule(config, { language: "en" });

  it("an exception with its note", () => {
    const why = explainDay(schedule, "2026-10-07");
    expect(why.rule).toMatchObject({ kind: "exception", labels: { sv: "Inventering" } });
    expect(why).toMatchObject({ intervals: [], overrides: [{ from: "09:00", to: "17:00" }], differs: true });
  });

  it("a named day (trettondagsafton, 5 January, a Monday in 2026) with its own label", () => {
    expect(new Date("2026-01-05T12:00:00Z").getUTCDay()).toBe(1);
    expect(holidayOn("2026-01-05")).toMatchObject({ name: "trettondagsafton" });
    const why = explainDay(schedule, "2026-01-05");
    expect(why.rule).toMatchObject({ kind: "namedDay", labels: { sv: "Trettondagsafton, halvdag" } });
    expect(why).toMatchObject({ intervals: [{ from: "09:00", to: "13:00" }], overrides: [{ from: "09:00", to: "17:00" }], differs: true });
  });

  it("without dayKinds, Christmas Eve keeps the weekly hours (a Thursday)", () => {
    expect(explainDay(schedule, "2026-12-24")).toMatchObject({ rule: { kind: "weekly" }, intervals: [{ from: "09:00", to: "17:00" }], overrides: null });
  });

  it("bad dates get clear errors", () => {
    expect(() => explainDay(schedule, "2026-02-30")).toThrow(RangeError);
    expect(() => explainDay(schedule, "23 december")).toThrow(/date/);
    expect(() => explainDay(schedule, "2101-01-01")).toThrow(/2100/);
  });
});

/*
 * Unit lines (issue 18): which line openings are a unit's name, and that the hours after one
 * go to that unit's section, never to the section above.
 */
import { describe, expect, it } from "vitest";
import { createSchedule, parseHoursText, type ScheduleConfig } from "../src/index";
import { readUnitLine } from "../src/text/unitLines";

const hoursOn = (config: unknown, date: string) => createSchedule(config as ScheduleConfig).day(date).intervals.map((i) => `${i.from}-${i.to}`);

describe("readUnitLine", () => {
  it("reads a name before a colon or a spaced dash", () => {
    expect(readUnitLine("Stadsbiblioteket: tisdag–torsdag kl. 11–19")).toEqual({ name: "Stadsbiblioteket", rest: "tisdag–torsdag kl. 11–19", bullet: false });
    expect(readUnitLine("Kyrkan – 15/6–15/8 kl 10–17")).toEqual({ name: "Kyrkan", rest: "15/6–15/8 kl 10–17", bullet: false });
    expect(readUnitLine("Filialen i Norrby: onsdag kl. 13–18")?.name).toBe("Filialen i Norrby");
    expect(readUnitLine("Mottagningens telefon- och besökstid: Vardagar 08.00–10.00")?.name).toBe("Mottagningens telefon- och besökstid");
  });
  it("reads a bullet without a separator", () => {
    expect(readUnitLine("• Huvudbiblioteket kl. 10–14")).toEqual({ name: "Huvudbiblioteket", rest: "kl. 10–14", bullet: true });
    expect(readUnitLine("• Filialen stängt")).toEqual({ name: "Filialen", rest: "stängt", bullet: true });
  });
  it("does not take labels, days, dates or notes for units", () => {
    for (const line of ["Öppettider: vardagar 8–16", "Telefontid: måndag–fredag 9–11", "Besökstider: 13–15", "Måndag: 10–16", "Vardagar: 8–16", "Midsommarafton: stängt", "Lunch: 12–13", "Obs: stängt 12–13", "• Måndag till torsdag klockan 16 – 24", "Juni – augusti 10–16", "på lördagar: 10–14"]) {
      expect(readUnitLine(line), line).toBeNull();
    }
  });
  it("needs a separator when the line is no bullet", () => {
    expect(readUnitLine("Huvudbiblioteket kl. 10–14")).toBeNull();
  });
});

describe("unit lines in parseHoursText", () => {
  it("gives each unit its own section, headed by its name, and leaves the heading's empty", () => {
    const result = parseHoursText("Bibliotekens öppettider\nStadsbiblioteket: tisdag 11–19\nFilialen: onsdag 13–18", { year: 2026 });
    const byName = (name: string) => result.sections.find((s) => s.heading === name)!;
    expect(hoursOn(byName("Stadsbiblioteket").config, "2026-03-03")).toEqual(["11:00-19:00"]);
    expect(hoursOn(byName("Stadsbiblioteket").config, "2026-03-04")).toEqual([]);
    expect(hoursOn(byName("Filialen").config, "2026-03-04")).toEqual(["13:00-18:00"]);
    expect(result.config).toBe(byName("Stadsbiblioteket").config);
    expect(result.unread).toEqual([]);
  });
  it("gives every bullet under a date heading that date", () => {
    const result = parseHoursText("Fredag 19 juni (midsommarafton)\n• Huvudbiblioteket kl. 10–14\n• Filialen stängt", { year: 2026 });
    const main = result.sections.find((s) => s.heading === "Huvudbiblioteket")!;
    const branch = result.sections.find((s) => s.heading === "Filialen")!;
    expect(hoursOn(main.config, "2026-06-19")).toEqual(["10:00-14:00"]);
    expect(branch.config.exceptions).toEqual([{ date: "2026-06-19", hours: [] }]);
    expect(result.unread.map((u) => u.line)).not.toContain(1);
  });
  it("keeps weekday lines of a bulleted list in one section", () => {
    const result = parseHoursText("Telefontid:\n• Måndag 16–24\n• Fredag 14–18", { year: 2026 });
    expect(result.sections).toHaveLength(1);
    expect(hoursOn(result.config, "2026-03-06")).toEqual(["14:00-18:00"]);
  });
});

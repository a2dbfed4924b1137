// The studio's pure parts: hours as an editor types them, which field a config problem belongs
// to and its Swedish words (from real ConfigErrors), and a day's "why" in words.
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { createOrganization, createSchedule, ConfigError } from "../src/index";
import { explainDay } from "../src/schedule/explainDay";
import { whyInWords } from "../src/studio/whyDay";
import { hoursToText, textToHours } from "../src/studio/hoursField";
import { fieldPathOf } from "../src/studio/problems";
import { problemText } from "../src/studio/problemWords";
import type { ConfigIssue } from "../src/validation/configIssue";

describe("hours fields", () => {
  it("reads ranges, closed and JSON clips, and writes them back", () => {
    expect(textToHours("08:00-12:00, 13:00-16:00")).toEqual(["08:00-12:00", "13:00-16:00"]);
    expect(textToHours("08:00-12:00 och 13:00-16:00")).toEqual(["08:00-12:00", "13:00-16:00"]);
    expect(textToHours("  ")).toEqual([]);
    expect(textToHours("Stängt")).toEqual([]);
    expect(textToHours('{"closesAt":"12:00"}')).toEqual({ closesAt: "12:00" });
    expect(textToHours("{not json")).toBe("{not json");
    expect(hoursToText(["08:00-12:00", "13:00-16:00"])).toBe("08:00-12:00, 13:00-16:00");
    expect(hoursToText([])).toBe("stängt");
    expect(hoursToText(undefined)).toBe("");
    expect(hoursToText({ closesAt: "12:00" })).toBe("stänger 12:00");
    expect(hoursToText({ priority: 1 })).toBe('{"priority":1}'); // not a clip: stays JSON
  });

  it("reads a clip in words, as the config writes it (SPEC §8: closesAt, opensAt), and writes it back", () => {
    expect(textToHours("stänger 12:00")).toEqual({ closesAt: "12:00" });
    expect(textToHours("Stänger kl. 9.30")).toEqual({ closesAt: "09:30" });
    expect(textToHours("öppnar 10:00, stänger 14:00")).toEqual({ opensAt: "10:00", closesAt: "14:00" });
    expect(textToHours("closes 15:00")).toEqual({ closesAt: "15:00" });
    expect(hoursToText({ opensAt: "10:00", closesAt: "14:00" })).toBe("öppnar 10:00, stänger 14:00");
    expect(textToHours(hoursToText({ opensAt: "10:00" }))).toEqual({ opensAt: "10:00" });
    // Not a clip: a second closing time, or clip words mixed with ranges, go to the config check as written.
    expect(textToHours("stänger 12:00, stänger 13:00")).toEqual(["stänger 12:00", "stänger 13:00"]);
    expect(textToHours("08:00-12:00, stänger 15:00")).toEqual(["08:00-12:00", "stänger 15:00"]);
  });
});

describe("problem placement", () => {
  const fields = ["name", "units[0].hours.weekly.mon", "units[0].hours.weekly.tue", "units[0].hours.exceptions", "units[0].hours.exceptions[1]"];

  it("puts a real ConfigError's issue at the field of its path, and one with no field nowhere", () => {
    let issues: readonly { path: string }[] = [];
    try {
      createOrganization({ name: "X", units: [{ id: "a", name: "A", hours: { weekly: { tue: ["16:00-10:00"] } } }] } as never);
    } catch (error) {
      if (error instanceof ConfigError) issues = error.issues;
    }
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((issue) => fieldPathOf(issue.path, fields))).toContain("units[0].hours.weekly.tue");
    expect(fieldPathOf("units[3].name", fields)).toBeNull();
    expect(fieldPathOf("", fields)).toBeNull();
  });

  it("takes the longest field, on a path boundary", () => {
    expect(fieldPathOf("units[0].hours.exceptions[1].hours", fields)).toBe("units[0].hours.exceptions[1]");
    expect(fieldPathOf("units[0].hours.exceptions[0]", fields)).toBe("units[0].hours.exceptions");
    expect(fieldPathOf("nameX", fields)).toBeNull();
  });
});

describe("problems in Swedish", () => {
  /** The issues of a real ConfigError for a unit with these hours (and contacts). */
  function issuesOf(hours: unknown, contacts?: unknown[]): readonly ConfigIssue[] {
    try {
      createOrganization({ name: "X", units: [{ id: "a", name: "A", hours, contacts }] } as never);
    } catch (error) {
      if (error instanceof ConfigError) return error.issues;
      throw error;
    }
    throw new Error("expected a ConfigError");
  }
  const swedish = (issue: ConfigIssue) => problemText(issue, "sv");

  it("says a range that ends before it starts, a bad time and an unknown weekday in Swedish", () => {
    const [ends] = issuesOf({ weekly: { tue: ["16:00-10:00"] } });
    expect(swedish(ends!)).toEqual({ text: "16:00-10:00 slutar innan det börjar. Skriv tider efter midnatt som t.ex. 22:00-26:00.", lang: "sv" });
    const [bad] = issuesOf({ weekly: { mon: ["ab:cd-16:00"] } });
    expect(swedish(bad!)).toEqual({ text: "”ab:cd-16:00” är inte en tid som 08:00-12:00 eller 8-16.", lang: "sv" });
    const [day] = issuesOf({ weekly: { mnd: ["08:00-16:00"] } });
    expect(swedish(day!).text).toBe("Okänd veckodag ”mnd”. Veckodagarna skrivs mon, tue, wed, thu, fri, sat och sun.");
  });

  it("says a malformed date and a date that does not exist (30 February 2026) in Swedish", () => {
    // February 2026 has 28 days (2026 is no leap year): the day after 28 February is 1 March.
    expect(new Date(Date.UTC(2026, 1, 29)).getUTCMonth()).toBe(2);
    const [missing] = issuesOf({ exceptions: [{ date: "2026-02-30", hours: [] }] });
    expect(missing!.path).toBe("units[0].hours.exceptions[0].date");
    expect(swedish(missing!).text).toBe("2026-02-30 finns inte: 2026-02 har 28 dagar.");
    const [malformed] = issuesOf({ exceptions: [{ date: "24 dec", hours: [] }] });
    expect(swedish(malformed!).text).toBe("”24 dec” är inte ett datum som ÅÅÅÅ-MM-DD.");
    const [month] = issuesOf({ exceptions: [{ date: "2026-13-01", hours: [] }] });
    expect(swedish(month!).text).toBe("”2026-13-01”: det finns ingen månad 13.");
  });

  it("says an unknown named day, a bad e-mail, a bad phone and a duplicate unit id in Swedish", () => {
    const [named] = issuesOf({ namedDays: { julafton2: [] } });
    expect(swedish(named!).text).toMatch(/^Okänd namngiven dag ”julafton2”\./);
    const contactIssues = issuesOf({ weekly: {} }, [{ id: "r", name: "R", emails: ["inte-en-adress"], phones: ["12"] }]);
    expect(contactIssues.map((issue) => swedish(issue).text).sort()).toEqual(["”12” är inte ett giltigt telefonnummer.", "”inte-en-adress” är inte en giltig e-postadress."]);
    let duplicate: ConfigIssue | undefined;
    try {
      createOrganization({ name: "X", units: [{ id: "a", name: "A", hours: {} }, { id: "a", name: "B", hours: {} }] } as never);
    } catch (error) {
      duplicate = (error as ConfigError).issues[0];
    }
    expect(swedish(duplicate!).text).toBe("Enhets-id ”a” finns redan (units[0]). Varje enhet behöver ett eget id.");
  });

  it("shows the library's English, marked as English, when there is no Swedish wording; English pages get the library's words", () => {
    const [precedence] = issuesOf({ weekly: {}, precedence: ["weekly"] });
    expect(swedish(precedence!)).toEqual({ text: precedence!.message, lang: "en" });
    const [ends] = issuesOf({ weekly: { tue: ["16:00-10:00"] } });
    expect(problemText(ends!, "en")).toEqual({ text: ends!.message, lang: "en" });
  });
});

describe("why a day has its hours", () => {
  // Thursdays 08–15, eves closed. 24 December 2026 is julafton, a Thursday (the almanac; date-holidays agrees).
  const schedule = createSchedule({ timeZone: "Europe/Stockholm", weekly: { mon: ["09:00-12:00"], thu: ["08:00-15:00"] }, dayKinds: { workFreeEve: [] } });

  it("names the almanac's julafton and the Thursday hours it replaces, in Swedish and English", () => {
    const eve = new Holidays("SE").isHoliday(new Date("2026-12-24T11:00:00Z"));
    expect(eve && eve.some((holiday) => /julafton/i.test(holiday.name))).toBe(true);
    expect(new Date("2026-12-24T12:00:00Z").getUTCDay()).toBe(4);
    expect(whyInWords(explainDay(schedule, "2026-12-24"), "sv")).toEqual({
      hours: "Torsdag 24 december 2026: stängt.",
      rule: "Regeln: julafton (afton).",
      overrides: "Den ersätter de vanliga öppettiderna på torsdagar: 08.00–15.00.",
    });
    const english = whyInWords(explainDay(schedule, "2026-12-24"), "en");
    expect(english.hours).toBe("Thursday 24 December 2026: closed.");
    expect(english.rule).toMatch(/^The rule: Christmas Eve\b/);
    expect(english.overrides).toBe("It replaces the regular Thursday hours: 08:00–15:00.");
  });

  it("says nothing is overridden on an ordinary Monday (14 December 2026)", () => {
    expect(new Holidays("SE").isHoliday(new Date("2026-12-14T11:00:00Z"))).toBe(false);
    expect(whyInWords(explainDay(schedule, "2026-12-14"), "sv")).toEqual({ hours: "Måndag 14 december 2026: 09.00–12.00.", rule: "Regeln: ordinarie öppettider.", overrides: null });
  });
});

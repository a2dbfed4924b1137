// The studio's pure parts: hours as an editor types them, and which field a config problem
// belongs to (the paths are the library's own, from a real ConfigError).
import { describe, expect, it } from "vitest";
import { createOrganization, ConfigError } from "../src/index";
import { hoursToText, textToHours } from "../src/studio/hoursField";
import { fieldPathOf } from "../src/studio/problems";

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
    expect(hoursToText({ closesAt: "12:00" })).toBe('{"closesAt":"12:00"}');
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

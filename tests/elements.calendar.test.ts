// The calendar element's parts that run without a browser: where a key moves focus in the
// grid (WAI-ARIA grid pattern) and how each rule kind is marked. Expected dates are the
// almanac's (2026-12-23 is a Wednesday; 2028 is a leap year), checked with Date.
import { describe, expect, it } from "vitest";
import { dateAfterKey } from "../src/elements/calendarKeys";
import { kindMark } from "../src/elements/calendarWords";
import { OppettiderCalendar, ELEMENTS } from "../src/elements/index";
import { RULE_KINDS } from "../src/index";

const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

describe("dateAfterKey", () => {
  it("arrows move a day or a week, across months and years", () => {
    expect(dateAfterKey("2026-12-31", "ArrowRight")).toBe("2027-01-01");
    expect(dateAfterKey("2026-03-01", "ArrowLeft")).toBe("2026-02-28");
    expect(dateAfterKey("2026-12-23", "ArrowDown")).toBe("2026-12-30");
    expect(dateAfterKey("2026-12-03", "ArrowUp")).toBe("2026-11-26");
  });

  it("Home and End go to the Monday and Sunday of the week", () => {
    expect(weekday("2026-12-23")).toBe(3);
    expect(dateAfterKey("2026-12-23", "Home")).toBe("2026-12-21");
    expect(dateAfterKey("2026-12-23", "End")).toBe("2026-12-27");
    expect([weekday("2026-12-21"), weekday("2026-12-27")]).toEqual([1, 0]);
  });

  it("PageUp and PageDown keep the day of the month, or the month's last day", () => {
    expect(dateAfterKey("2026-12-23", "PageDown")).toBe("2027-01-23");
    expect(dateAfterKey("2026-01-23", "PageUp")).toBe("2025-12-23");
    expect(dateAfterKey("2028-01-31", "PageDown")).toBe("2028-02-29");
    expect(dateAfterKey("2026-03-31", "PageUp")).toBe("2026-02-28");
  });

  it("other keys do not move; a bad date is an error", () => {
    expect(dateAfterKey("2026-12-23", "Enter")).toBeNull();
    expect(() => dateAfterKey("2026-13-01", "ArrowRight")).toThrow(RangeError);
  });
});

describe("kindMark", () => {
  it("marks every kind but the weekly hours with a glyph of its own, named in both languages", () => {
    const glyphs = RULE_KINDS.filter((kind) => kind !== "weekly").map((kind) => kindMark(kind, "sv").glyph);
    expect(glyphs.every((glyph) => glyph.length > 0)).toBe(true);
    expect(new Set(glyphs).size).toBe(glyphs.length);
    expect(kindMark("weekly", "sv").glyph).toBe("");
    expect(kindMark("bridgeDay", "sv").word).toBe("Klämdag");
    expect(kindMark("bridgeDay", "en").word).toBe("Bridge day");
  });
});

describe("the calendar among the elements", () => {
  it("is defined as <oppettider-calendar> and reads year, month and heading", () => {
    expect(ELEMENTS["oppettider-calendar"]).toBe(OppettiderCalendar);
    expect(OppettiderCalendar.observedAttributes).toEqual(expect.arrayContaining(["config", "src", "unit", "at", "lang", "year", "month", "heading"]));
  });
});

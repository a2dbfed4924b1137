/*
 * Notes beside weekly hours (issue 18 "Notes"): which ones leave the hours as written, and
 * that the others still make the line unread rather than have the reader guess.
 */
import { describe, expect, it } from "vitest";
import { parseHoursText } from "../src/index";
import { isAsideNote, splitNoBookingNote } from "../src/text/asideNotes";

describe("isAsideNote", () => {
  it("takes stock phrases and notes about another thing", () => {
    for (const note of ["om inget annat anges", "Om inte annat meddelas", "gäller tills vidare", "kaféet från 12", "butiken 10–14", "receptionen öppnar 9"]) expect(isAsideNote(note), note).toBe(true);
  });
  it("refuses notes that change the days or hours", () => {
    for (const note of ["utom juli", "stängt vecka 28", "ej röda dagar", "endast sommartid", "kvällen från 18", "udda veckor", "även lördagar", "1/7–31/7", "för mellanstadiet"]) expect(isAsideNote(note), note).toBe(false);
  });
});

describe("aside notes in parseHoursText", () => {
  it("keeps the hours and reports the note as words around them", () => {
    const result = parseHoursText("Söndag 11–15 (kaféet från 12)", { year: 2026 });
    expect(result.config.weekly).toEqual({ sun: ["11:00-15:00"] });
    expect(result.unread).toEqual([{ line: 1, text: "kaféet från 12", reason: expect.stringMatching(/ord runt tiderna/), partial: true }]);
  });
  it("still leaves a line with a changing note unread", () => {
    const result = parseHoursText("Måndag–fredag 8–16 (utom juli)", { year: 2026 });
    expect(result.config.weekly).toBeUndefined();
    expect(result.unread.map((u) => u.line)).toEqual([1]);
  });
});

describe("splitNoBookingNote", () => {
  it("splits off a note that no booking is needed", () => {
    expect(splitNoBookingNote("Onsdag 13–16 – ingen tidsbokning behövs")).toEqual({ core: "Onsdag 13–16", note: "ingen tidsbokning behövs" });
    expect(splitNoBookingNote("Tisdag 9–11 (utan föranmälan)")).toEqual({ core: "Tisdag 9–11", note: "utan föranmälan" });
    expect(splitNoBookingNote("Onsdag 13–16")).toEqual({ core: "Onsdag 13–16", note: null });
    expect(splitNoBookingNote("Ingen tidsbokning behövs")).toEqual({ core: "Ingen tidsbokning behövs", note: null });
  });
  it("keeps booked hours unread", () => {
    expect(parseHoursText("Onsdag 13–16 – tidsbokning krävs", { year: 2026 }).unread.map((u) => [u.line, u.partial ?? false])).toEqual([[1, false]]);
    const free = parseHoursText("Onsdag 13–16 – ingen tidsbokning behövs", { year: 2026 });
    expect(free.config.weekly).toEqual({ wed: ["13:00-16:00"] });
    expect(free.unread).toEqual([{ line: 1, text: "ingen tidsbokning behövs", reason: expect.stringMatching(/ord runt tiderna/), partial: true }]);
  });
});

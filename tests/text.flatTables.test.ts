/*
 * Flattened tables (src/text/flatTables.ts, tableRows.ts): rows and cells, the rewriting
 * into lines the reader reads, and the tables that must be unread rather than guessed.
 * Expected hours are what the table's cells say; weekdays of 2026 from the almanac
 * (5 January a Monday).
 */
import { describe, expect, it } from "vitest";
import { createSchedule, parseHoursText } from "../src/index";
import { flattenTables } from "../src/text/flatTables";
import { columnRole, isRuleRow, readCell, tableCells } from "../src/text/tableRows";

describe("tableCells", () => {
  it("splits at bars, with one bar at each end as the table's edge", () => {
    expect(tableCells("| Tisdag | 10.00 – 18.00 |")).toEqual(["Tisdag", "10.00 – 18.00"]);
    expect(tableCells("Måndag | 10–18 |")).toEqual(["Måndag", "10–18"]);
    expect(tableCells("| | Mån | Tis |")).toEqual(["", "Mån", "Tis"]);
  });
  it("splits at tabs and drops the tabs left at the end", () => {
    expect(tableCells("Måndag\t10–18\t")).toEqual(["Måndag", "10–18"]);
    expect(tableCells("\tMån\tTis")).toEqual(["", "Mån", "Tis"]);
  });
  it("is null for a line of one cell", () => {
    expect(tableCells("Måndag 10–18")).toBeNull();
    expect(tableCells("| Måndag 10–18 |")).toBeNull();
  });
  it("knows a Markdown rule row", () => {
    expect(isRuleRow(["---", ":---:", "---:"])).toBe(true);
    expect(isRuleRow(["---", "8–16"])).toBe(false);
  });
});

describe("readCell and columnRole", () => {
  it("reads days, hours, a lone dash, a clock time, and anything else", () => {
    expect(readCell("Mån–Tor")).toEqual({ kind: "days", weekdaysOnly: true });
    expect(readCell("24 december")).toEqual({ kind: "days", weekdaysOnly: false });
    expect(readCell("Julafton")).toEqual({ kind: "days", weekdaysOnly: false });
    expect(readCell("10.00 – 18.00")).toEqual({ kind: "hours", closed: false });
    expect(readCell("Stängt")).toEqual({ kind: "hours", closed: true });
    expect(readCell("–")).toEqual({ kind: "hours", closed: true });
    expect(readCell("08.00")).toEqual({ kind: "clock" });
    expect(readCell("60 kr")).toEqual({ kind: "other" });
    expect(readCell("Sagostund")).toEqual({ kind: "other" });
    expect(readCell("")).toEqual({ kind: "empty" });
  });
  it("says what a column heading is", () => {
    expect(columnRole("Datum").kind).toBe("days");
    expect(columnRole("Öppettider").kind).toBe("hours");
    expect(columnRole("Eftermiddag").kind).toBe("partOfDay");
    expect(columnRole("Öppnar").kind).toBe("opens");
    expect(columnRole("Stänger kl.").kind).toBe("closes");
    expect(columnRole("Telefontid")).toEqual({ kind: "hoursKind", hoursKind: "phone", label: "Telefontid" });
    expect(columnRole("Reception")).toEqual({ kind: "other", label: "Reception" });
    expect(columnRole("Evenemang")).toEqual({ kind: "other", label: "Evenemang" });
  });
});

describe("flattenTables rewrites a table line for line", () => {
  it("keeps every line number: the heading row is used, each row rewritten in its place", () => {
    const lines = ["Biblioteket", "Dag | Förmiddag | Eftermiddag", "Måndag | 8–12 | 13–16", "Fredag | 8–12 | –", "Tel: 0961-140 00"];
    const flat = flattenTables(lines);
    expect(flat.lines).toEqual(["Biblioteket", "Dag | Förmiddag | Eftermiddag", "Måndag 8–12 och 13–16", "Fredag 8–12", "Tel: 0961-140 00"]);
    expect([...flat.used]).toEqual([2]);
    expect([...flat.rewritten].sort()).toEqual([3, 4]);
    expect(flat.unread.size).toBe(0);
  });
  it("puts weekdays across the top together with their cells, a dash as closed", () => {
    const flat = flattenTables(["Mån | Tis | Ons", "8–16 | 8–16 | –"]);
    expect(flat.lines[1]).toBe("Mån 8–16, Tis 8–16, Ons stängt");
    expect([...flat.used]).toEqual([1]);
  });
  it("joins morning and afternoon rows into the first of them", () => {
    const flat = flattenTables(["| | Mån | Tis |", "| Förmiddag | 9–12 | 9–12 |", "| Eftermiddag | 13–16 | – |"]);
    expect(flat.lines[1]).toBe("Mån 9–12 och 13–16, Tis 9–12");
    expect([...flat.used].sort()).toEqual([1, 3]);
  });
  it("gives a kind's row its label, so its hours go to their own section", () => {
    const flat = flattenTables(["Dag | Mån | Tis", "Öppet | 8–16 | 8–16", "Telefon | 9–11 | 9–11"]);
    expect(flat.lines.slice(1)).toEqual(["Mån 8–16, Tis 8–16", "Telefon: Mån 9–11, Tis 9–11"]);
  });
  it("reads a row of days and hours by turns", () => {
    expect(flattenTables(["Måndag–fredag | 8–16 | Lördag | –"]).lines).toEqual(["Måndag–fredag 8–16, Lördag stängt"]);
  });
  it("turns a label and a phone number into a contact line", () => {
    expect(flattenTables(["Växel | 0961-140 00"]).lines).toEqual(["Växel: 0961-140 00"]);
  });
  it("leaves lines that are no table of hours as written", () => {
    const lines = ["Vuxen | 60 kr", "Öppettider | Kontakt | Hitta hit", "Mån–fre 8–16"];
    const flat = flattenTables(lines);
    expect(flat.lines).toEqual(lines);
    expect(flat.used.size + flat.unread.size + flat.rewritten.size).toBe(0);
  });
});

describe("flattenTables leaves a table unread rather than guess", () => {
  const reasons = (lines: string[]) => [...flattenTables(lines).unread.entries()];
  it("two time columns of kinds that do not say which is the opening hours", () => {
    const unread = reasons(["Dag | Reception | Telefon", "Måndag | 8–12 | 13–16"]);
    expect(unread.map(([line]) => line)).toEqual([1, 2]);
    expect(unread[0]![1]).toMatch(/^tabellen på rad 1–2 läses inte: kolumnerna "Reception" och "Telefon" kan vara olika slags tider/);
  });
  it("a row with another number of cells than the heading", () => {
    const unread = reasons(["Dag | Tid", "Måndag | 8–16", "Tisdag | 8–12 | 13–16"]);
    expect(unread.map(([line]) => line)).toEqual([1, 2, 3]);
    expect(unread[0]![1]).toContain("rad 3 har 3 celler men rubriken på rad 1 har 2");
  });
  it("an empty (merged) cell", () => {
    expect(reasons(["Mån | Tis | Ons", "8–16 |  | 8–16"])[1]![1]).toContain('rad 2 har en tom cell under "Tis"');
  });
  it("a column that is not hours (a programme of events)", () => {
    expect(reasons(["Datum | Evenemang | Tid", "12 mars | Sagostund | 10–11"])[0]![1]).toContain('kolumnen "Evenemang" är inte tider');
  });
  it("two time cells without a heading", () => {
    expect(reasons(["Måndag\t8–12\t13–16"])[0]![1]).toContain("ingen rubrik som säger vad kolumnerna är");
  });
  it("two rows of hours under the weekdays that do not say what they are", () => {
    expect(reasons(["Mån | Tis", "8–16 | 8–16", "9–11 | 9–11"])[0]![1]).toContain("flera rader med tider");
  });
});

describe("parseHoursText reads tables", () => {
  it("reads a weekday table's hours day by day", () => {
    const { config, unread } = parseHoursText("Mån\tTis\tOns\tTor\tFre\n8–16\t8–16\t8–16\t8–16\t8–15", { year: 2026 });
    expect(unread).toEqual([]);
    const schedule = createSchedule(config);
    expect(schedule.day("2026-01-05").intervals).toEqual([{ from: "08:00", to: "16:00" }]); // a Monday
    expect(schedule.day("2026-01-09").intervals).toEqual([{ from: "08:00", to: "15:00" }]); // a Friday
  });
  it("reports an unread table line as written, with its number", () => {
    const { unread } = parseHoursText("Öppettider\nDag | Reception | Telefon\nMåndag | 8–12 | 13–16", { year: 2026 });
    expect(unread.map((u) => [u.line, u.text])).toEqual([
      [2, "Dag | Reception | Telefon"],
      [3, "Måndag | 8–12 | 13–16"],
    ]);
  });
  it("reports a rewritten row the reader cannot read as the page wrote it", () => {
    const { unread } = parseHoursText("Dag | Tid\nMåndag | 8–16\nTisdag | enligt överenskommelse", { year: 2026 });
    expect(unread.map((u) => [u.line, u.text])).toEqual([[3, "Tisdag | enligt överenskommelse"]]);
  });
  it("gives days waiting above an unread table no hours from below it", () => {
    const { config, unread } = parseHoursText("Måndag–fredag\nDag | Reception | Telefon\nMåndag | 8–12 | 13–16\n8–16", { year: 2026 });
    expect(config.weekly).toBeUndefined();
    expect(unread.map((u) => u.line)).toEqual([1, 2, 3, 4]);
  });
});

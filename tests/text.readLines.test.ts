// parseHoursText's sections say what each read line became, so an editor can check the
// reading line by line (the studio's text pane shows it).
import { describe, expect, it } from "vitest";
import { parseHoursText } from "../src/index";

const read = (text: string) => parseHoursText(text, { year: 2026 }).sections.flatMap((s) => s.read.map((r) => [r.line, r.became]));

describe("what each read line became", () => {
  it("weekday lines, days above their hours, and a period over its lines", () => {
    expect(read("Måndag–torsdag\n10–19\nFredag 10–16\nVecka 25–32\nMån–fre 10–15")).toEqual([
      [2, "måndag, tisdag, onsdag, torsdag 10.00–19.00"], // the hours' line; its text says both lines
      [3, "fredag 10.00–16.00"],
      [5, "vecka 25–32: måndag, tisdag, onsdag, torsdag, fredag 10.00–15.00"],
    ]);
  });

  it("named days, closed days and two statements on one line", () => {
    expect(read("Julafton stängt\nNationaldagen 10–14\nLördag 10–14, söndag stängt")).toEqual([
      [1, "julafton stängt"],
      [2, "sveriges nationaldag 10.00–14.00"],
      [3, "lördag 10.00–14.00"],
      [3, "söndag stängt"],
    ]);
  });

  it("a line that is not read is not in it, and a unit's lines are in the unit's section", () => {
    const result = parseHoursText("Måndag 9–12\nÖppet ibland när vi hinner\nStadsbiblioteket: tisdag kl. 11–19", { year: 2026 });
    expect(result.sections.flatMap((s) => s.read.map((r) => r.line))).not.toContain(2);
    const library = result.sections.find((s) => /stadsbibliotek/i.test(s.heading ?? ""));
    expect(library?.read.map((r) => r.became)).toEqual(["tisdag 11.00–19.00"]);
  });
});

/*
 * A weekday compounded with a time of day ("Fredagskvällar") is that weekday: the hours
 * written after it say when (issue 18 label-05).
 */
import { describe, expect, it } from "vitest";
import { parseHoursText } from "../src/index";
import { weekdayAt } from "../src/text/weekdays";
import { normalizeLine, tokenize } from "../src/text/tokens";

const weekdayOf = (word: string) => weekdayAt(tokenize(normalizeLine(word)), 0);

describe("weekday compounds", () => {
  it("reads a weekday with a time of day as the weekday", () => {
    expect(weekdayOf("Fredagskvällar")).toBe(5);
    expect(weekdayOf("lördagsförmiddag")).toBe(6);
    expect(weekdayOf("söndagseftermiddagar")).toBe(7);
    expect(weekdayOf("måndagsnätter")).toBe(1);
  });
  it("does not take other compounds for weekdays", () => {
    expect(weekdayOf("fredagsmys")).toBeNull();
    expect(weekdayOf("kvällar")).toBeNull();
  });
  it("gives the hours after the compound to that weekday", () => {
    expect(parseHoursText("Fredagskvällar 18.00–23.00", { year: 2026 }).config.weekly).toEqual({ fri: ["18:00-23:00"] });
  });
});

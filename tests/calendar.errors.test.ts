// Bad input to swedishDay() (SPEC §1 and §4): a clear TypeError or RangeError that names the
// offending input, never a silent or wrong answer.
import { describe, expect, it } from "vitest";
import { swedishDay } from "../src/index";

/** Calls swedishDay with anything, as JavaScript callers can. */
const call = (value: unknown) => () => swedishDay(value as string);

/** The error thrown by fn (fails the test when nothing is thrown). */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error, but the call returned normally");
}

describe("non-strings are a TypeError", () => {
  it.each([
    ["a number", 20260105, "20260105"],
    ["NaN", Number.NaN, "NaN"],
    ["null", null, "null"],
    ["undefined", undefined, "undefined"],
  ] as const)("%s", (_, value, shown) => {
    const error = thrown(call(value));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain(shown);
    expect(error.message).toMatch(/YYYY-MM-DD|string/);
  });

  it("a Date (even a valid one)", () => {
    const error = thrown(call(new Date(Date.UTC(2026, 0, 5))));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/Date/);
    expect(error.message).toMatch(/YYYY-MM-DD|string/);
  });

  it("an object or no argument", () => {
    expect(call({ year: 2026, month: 1, day: 5 })).toThrow(TypeError);
    expect(() => (swedishDay as unknown as () => unknown)()).toThrow(TypeError);
  });
});

describe("malformed or impossible dates are a RangeError naming the input", () => {
  it.each([
    "2026-1-5",
    "2026-1-05",
    "20260105",
    "2026/01/05",
    "2026-01-05T00:00:00Z",
    " 2026-01-05",
    "2026-01-05 ",
    "26-01-05",
    "+002026-01-05",
    "２０２６-０１-０５", // full-width digits
    "abcd-ef-gh",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-01-32",
    "2026-04-31",
    "2026-02-30",
    "2025-02-29", // 2025 is no leap year
    "2100-02-29", // 2100 is no leap year (divisible by 100, not by 400)
    "1900-02-29",
    "",
  ])("%j", (input) => {
    const error = thrown(call(input));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toContain(input === "" ? '""' : input);
  });
});

describe("years outside 2005–2100 are a RangeError naming the input and the range", () => {
  it.each(["2004-12-31", "2101-01-01", "2000-02-29", "1970-01-01", "9999-12-31", "0000-01-01"])("%s", (input) => {
    const error = thrown(call(input));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toContain(input);
    expect(error.message).toMatch(/2005/);
    expect(error.message).toMatch(/2100/);
  });
});

describe("valid edge dates work", () => {
  it.each([
    // [date, ISO weekday from the almanac]
    ["2028-02-29", 2], // leap day, a Tuesday
    ["2024-02-29", 4], // a Thursday
    ["2096-02-29", 3], // a Wednesday
    ["2005-01-01", 6], // first supported day, a Saturday
    ["2100-12-31", 5], // last supported day, a Friday (Nyårsafton)
  ] as const)("%s", (date, weekday) => {
    const day = swedishDay(date);
    expect(day.date).toBe(date);
    expect(day.weekday).toBe(weekday);
  });

  it("the last supported day is Nyårsafton, the first is Nyårsdagen (a Saturday)", () => {
    expect(swedishDay("2100-12-31").workFreeEve).toBe("Nyårsafton");
    expect(swedishDay("2100-12-31").workFree).toBe(true);
    expect(swedishDay("2005-01-01")).toMatchObject({ publicHoliday: "Nyårsdagen", workFree: true, redDay: true });
  });
});

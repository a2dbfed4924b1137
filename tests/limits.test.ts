/*
 * Hostile and absurd configurations (issue #13 items 1, 2, 11, 12): refused early with a
 * clear ConfigError that lists at most 100 problems and says how many more, never a stack
 * overflow, never quadratic work, never an input echoed back at length. The limits live
 * in src/validation/limits.ts and are listed in the README.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigError, createOrganization, createSchedule, toICalendar, type ScheduleConfig } from "../src/index";
import { findOverlaps } from "../src/validation/overlaps";
import {
  MAX_CONFIG_DEPTH,
  MAX_CONFIG_VALUES,
  MAX_ERROR_MESSAGE_LENGTH,
  MAX_EXCEPTIONS,
  MAX_INTERVALS_PER_DAY,
  MAX_LISTED_ISSUES,
  MAX_PERIODS,
  MAX_PHONES_IN_CONFIG,
  MAX_STRING_LENGTH,
} from "../src/validation/limits";
import { closestMatch } from "../src/validation/suggest";

/** The error a call throws (fails the test when it returns). */
function thrown(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  return expect.fail("expected an error, but the call returned normally");
}

function configError(config: unknown): ConfigError {
  const error = thrown(() => createSchedule(config as ScheduleConfig));
  expect(error, String(error)).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

/** A date `n` days after 2026-01-01, as YYYY-MM-DD (plain-date arithmetic through UTC). */
const dateAfter = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

describe("many problems: a bounded list, the count of the rest, no stack overflow (#13 items 1–2)", () => {
  it("10,000 exceptions on one date (a 330 KB file) are refused at once by the exception limit", () => {
    const error = configError({ exceptions: Array.from({ length: 10_000 }, () => ({ date: "2026-01-01", hours: [] })) });
    expect(error.issues).toEqual([{ path: "exceptions", message: `10000 exceptions in one schedule; at most ${MAX_EXCEPTIONS}` }]);
  });

  it(`${MAX_EXCEPTIONS} exceptions on one date: one problem per exception (not one per pair), 100 listed and the rest counted`, () => {
    const error = configError({ exceptions: Array.from({ length: MAX_EXCEPTIONS }, () => ({ date: "2026-01-01", hours: [] })) });
    // Each exception after the first overlaps exceptions[0]; the first is named, not reported.
    expect(error.issueCount).toBe(MAX_EXCEPTIONS - 1);
    expect(error.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(error.issues[0]).toEqual({ path: "exceptions[1]", message: "covers 2026-01-01, which overlaps exceptions[0]; one date can have one exception" });
    expect(error.message).toMatch(new RegExp(`… and \\d+ more problems \\(${MAX_EXCEPTIONS - 1} in all\\)$`));
    expect(error.message.length).toBeLessThan(MAX_ERROR_MESSAGE_LENGTH);
  });

  it("125,000 bad intervals on one day (which overflowed the stack) are refused by the intervals-a-day limit", () => {
    const error = configError({ weekly: { mon: Array.from({ length: 125_000 }, () => "x") } });
    expect(error.issues).toEqual([{ path: "weekly.mon", message: `125000 intervals a day; at most ${MAX_INTERVALS_PER_DAY}` }]);
  });

  it("tens of thousands of problems spread over the config: a ConfigError under 10 KB, with the total", () => {
    // 1,000 periods × 40 bad ranges: 43,000 problems, none of them in a long list.
    const periods = Array.from({ length: 1000 }, () => ({ weeks: { from: 0, to: 99 }, hours: { mon: Array(40).fill("bad"), tue: 5 } }));
    const error = configError({ periods });
    expect(error.issueCount).toBe(1000 * 43);
    expect(error.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(error.message.length).toBeLessThan(10_000);
    expect(error.message).toContain("more problems (43000 in all)");
  });

  it("a config with more values than the limit is refused before the schema runs", () => {
    const error = configError({ weekly: Object.fromEntries(Array.from({ length: MAX_CONFIG_VALUES + 1 }, (_, i) => [`k${i}`, null])) });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.message).toBe(`has more than ${MAX_CONFIG_VALUES} values (texts, numbers, lists and objects); the config may hold at most ${MAX_CONFIG_VALUES}`);
  });

  it("a 50 MB config of nulls is refused by its list's limit, with no copy of the input", () => {
    const error = configError({ periods: new Array(5_000_000).fill(null) });
    expect(error.issues).toEqual([{ path: "periods", message: `5000000 periods in one schedule; at most ${MAX_PERIODS}` }]);
  });

  it("a 10 MB text is refused by the text limit and never echoed back", () => {
    for (const config of [{ timeZone: "x".repeat(10_000_000) }, { weeklyLabel: "y".repeat(MAX_STRING_LENGTH + 1) }]) {
      const error = configError(config);
      expect(error.issues[0]!.message).toMatch(/^a text of \d+ characters; at most 1000$/);
      expect(error.message.length).toBeLessThan(200);
    }
  });

  it("long quoted inputs in a schema's messages are cut to a few dozen characters", () => {
    const long = `08:00-12:00${"z".repeat(900)}`;
    const error = configError({ weekly: { mon: [long] }, timeZone: `Europe/${"q".repeat(900)}` });
    for (const issue of error.issues) expect(issue.message.length, issue.message).toBeLessThan(200);
    expect(error.message).toContain("(911 characters)");
    expect(error.message).not.toContain("z".repeat(100));
  });

  it("nesting deeper than the limit, and a config that refers to itself, are one clear problem", () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) deep = deep.a = {};
    expect(configError(root).issues[0]!.message).toBe(`nested deeper than ${MAX_CONFIG_DEPTH} levels (does the config refer to itself?)`);
    const cyclic: Record<string, unknown> = { weekly: {} };
    (cyclic.weekly as Record<string, unknown>).mon = cyclic;
    expect(configError(cyclic).issues[0]!.message).toMatch(/nested deeper than 32 levels/);
  });

  it("organisations: more phone numbers than the limit in all is refused before libphonenumber-js is asked", () => {
    const contacts = Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, phones: Array(10).fill("0961-144 44") }));
    const error = thrown(() => createOrganization({ name: "X", hours: {}, contacts } as never)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.issues[0]!.message).toBe(`has more than ${MAX_PHONES_IN_CONFIG} phone numbers in all; at most ${MAX_PHONES_IN_CONFIG} in one config`);
  });
});

describe("overlapping exceptions are found in n log n (#13 item 1)", () => {
  const range = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 8 })).map(([start, length]) => [start, start + length] as const);

  it("every reported pair overlaps; every overlapping range is reported or named; at most one report per range", () => {
    fc.assert(
      fc.property(fc.array(fc.option(range, { freq: 8 }), { maxLength: 40 }), (ranges) => {
        const found = findOverlaps(ranges);
        const overlap = (a: number, b: number) => ranges[a]![0] <= ranges[b]![1] && ranges[b]![0] <= ranges[a]![1];
        const mentioned = new Set<number>();
        for (const { index, other } of found) {
          expect(index).not.toBe(other);
          expect(overlap(index, other)).toBe(true);
          mentioned.add(index).add(other);
        }
        expect(new Set(found.map((f) => f.index)).size).toBe(found.length);
        ranges.forEach((r, i) => {
          const overlapsAny = r !== null && ranges.some((s, j) => j !== i && s !== null && overlap(i, j));
          expect(mentioned.has(i), `range ${i}`).toBe(overlapsAny);
        });
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  it("a pair is reported once, at the later-listed range", () => {
    expect(findOverlaps([["2026-12-24", "2026-12-26"], ["2026-12-20", "2026-12-24"]])).toEqual([{ index: 1, other: 0 }]);
    expect(findOverlaps([[1, 2], null, [3, 4]])).toEqual([]);
  });

  it(`${MAX_EXCEPTIONS} valid exceptions, one a day, are accepted and answer their dates`, () => {
    const exceptions = Array.from({ length: MAX_EXCEPTIONS }, (_, i) => ({ date: dateAfter(i), hours: ["10:00-11:00"] }));
    const schedule = createSchedule({ exceptions });
    expect(schedule.day(dateAfter(MAX_EXCEPTIONS - 1)).rule.kind).toBe("exception");
    expect(schedule.day(dateAfter(MAX_EXCEPTIONS)).rule.kind).toBe("weekly");
  });
});

describe("odd JavaScript values get clear errors (#13 item 11)", () => {
  const cases: [string, unknown, RegExp][] = [
    ["a BigInt", { weekly: { mon: [1n] } }, /^weekly\.mon\[0\]: expected a JSON value .*, got a bigint \(1n\)$/],
    ["a Symbol", { precedence: [Symbol("x")] }, /^precedence\[0\]: expected a JSON value .*, got a symbol$/],
    ["a function", { weeklyLabel: () => "x" }, /^weeklyLabel: expected a JSON value .*, got a function$/],
    ["NaN", { periods: [{ weeks: { from: Number.NaN, to: 3 }, hours: {} }] }, /^periods\[0\]\.weeks\.from: expected a finite number, got NaN$/],
    ["a Map", new Map([["weekly", {}]]), /^\(config\): a config must be an object like \{ "weekly": \{ … \} \}, got a Map$/],
    ["a Date", new Date(), /got a Date$/],
    ["an array", [], /got an array$/],
    ["null", null, /got null$/],
    ["a Date inside", { exceptions: [{ date: new Date(), hours: [] }] }, /^exceptions\[0\]\.date: expected a JSON value .*, got a Date$/],
    ["a class instance inside", { weekly: new (class Week {})() }, /^weekly: expected a JSON value .*, got an object$/],
    ["a hole in a list", { weekly: { mon: [undefined] } }, /^weekly\.mon\[0\]: expected a JSON value .*, got undefined$/],
  ];
  for (const [what, config, line] of cases) {
    it(`${what}: a ConfigError naming the place and the kind of value`, () => {
      const error = configError(config);
      expect(error.message.split("\n")[1]!.trim()).toMatch(line);
    });
  }

  it("createSchedule(config, null) and bad options are TypeErrors that say what options are", () => {
    expect(() => createSchedule({}, null as never)).toThrow(TypeError);
    expect(() => createSchedule({}, null as never)).toThrow(/createSchedule: options must be an object \{ language\?, horizonDays\? \}, got null/);
    expect(() => createSchedule({}, { langauge: "en" } as never)).toThrow(/unknown option "langauge" \(options: language, horizonDays\)/);
    expect(() => createSchedule({}, 5 as never)).toThrow(TypeError);
  });

  it("a time zone in another letter case is read as the canonical name, also in the iCalendar TZID", () => {
    const schedule = createSchedule({ timeZone: "europe/stockholm", weekly: { mon: ["08:00-12:00"] } });
    expect(schedule.timeZone).toBe("Europe/Stockholm");
    expect(schedule.config.timeZone).toBe("Europe/Stockholm");
    const ics = toICalendar(schedule, { from: "2026-11-30", to: "2026-11-30", includeOpenIntervals: true });
    expect(ics).toContain("TZID:Europe/Stockholm");
    expect(ics).toContain("DTSTART;TZID=Europe/Stockholm:20261130T080000");
    expect(ics).not.toMatch(/europe\/stockholm/);
    expect(createOrganization({ name: "X", timeZone: "EUROPE/STOCKHOLM", hours: {} }).timeZone).toBe("Europe/Stockholm");
  });

  it("a JSON-parsed __proto__ key is refused, and nothing reaches Object.prototype", () => {
    const config = JSON.parse('{"__proto__": {"polluted": true}, "weekly": {"__proto__": {"polluted": true}}}');
    const error = configError(config);
    expect(error.issues.map((i) => i.path).sort()).toEqual(["", "weekly"]);
    expect(error.issues[0]!.message).toBe('the key "__proto__" is not allowed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("typos get a suggestion", () => {
  it("an unknown key names the known key it is probably a typo of", () => {
    const error = configError({ weeky: {} });
    expect(error.issues[0]!.message).toMatch(/^unknown key "weeky" \(did you mean "weekly"\? known keys: timeZone, weekly,/);
  });

  it("closestMatch allows one edit in short words and two in longer ones, and swaps", () => {
    expect(closestMatch("stauts", ["status", "summary"])).toBe("status");
    expect(closestMatch("hour", ["hours", "name"])).toBe("hours");
    expect(closestMatch("wek", ["week", "weekly"])).toBe("week");
    expect(closestMatch("xyz", ["status", "week"])).toBeNull();
  });
});

/*
 * Bad input (SPEC §4): every bad input gets a clear TypeError / RangeError, or a ConfigError
 * that lists every problem with its path — never a silent or wrong answer.
 */
import { describe, expect, it } from "vitest";
import { ConfigError, createSchedule, validateScheduleConfig, type ConfigIssue, type ScheduleConfig } from "../src/index";

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/** A valid config that the bad ones below are variations of. */
const base = () => ({
  timeZone: "Europe/Stockholm",
  weekly: { mon: ["08:00-12:00", "13:00-16:00"], fri: ["08:00-12:00"] },
});

/** The error a call throws (fails the test when it does not throw). */
function thrown(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return error as Error;
  }
  return expect.fail("expected an error, but the call returned normally");
}

/** The ConfigError of a config (fails the test when it is accepted or another error is thrown). */
function configError(config: unknown): ConfigError {
  const error = thrown(() => createSchedule(config as ScheduleConfig));
  expect(error).toBeInstanceOf(ConfigError);
  const issues = (error as ConfigError).issues;
  expect(Array.isArray(issues)).toBe(true);
  expect(issues.length).toBeGreaterThan(0);
  return error as ConfigError;
}

const show = (issues: readonly ConfigIssue[]) => JSON.stringify(issues, null, 1);

/**
 * Expects a ConfigError with an issue at exactly `path` (or one of `path`) whose message
 * matches every pattern; with `only`, it must be the only issue. Also checks that the
 * error's message has the line `path: message` for it.
 */
function expectIssue(config: unknown, path: string | string[], patterns: (RegExp | string)[] = [], only = true): ConfigIssue {
  const error = configError(config);
  const paths = Array.isArray(path) ? path : [path];
  const issue = error.issues.find((i) => paths.includes(i.path));
  expect(issue, `no issue at ${paths.join(" or ")} in ${show(error.issues)}`).toBeDefined();
  for (const pattern of patterns) {
    if (typeof pattern === "string") expect(issue!.message).toContain(pattern);
    else expect(issue!.message).toMatch(pattern);
  }
  if (only) expect(error.issues, show(error.issues)).toHaveLength(1);
  if (issue!.path !== "") expect(error.message).toContain(`${issue!.path}: ${issue!.message}`);
  return issue!;
}

// ---------------------------------------------------------------------------------------
// Instants
// ---------------------------------------------------------------------------------------

describe("bad instants", () => {
  const s = createSchedule(base());
  const good = new Date("2026-06-01T10:00:00Z");

  it("the base schedule answers for a good instant (control)", () => {
    expect(typeof s.isOpen(good)).toBe("boolean");
    expect(typeof s.isOpen(good.getTime())).toBe("boolean");
    expect(s.openIntervals(good, good)).toEqual([]);
  });

  const singleArgument: [string, (at: unknown) => unknown][] = [
    ["isOpen", (at) => s.isOpen(at as Date)],
    ["nextOpening", (at) => s.nextOpening(at as Date)],
    ["nextClosing", (at) => s.nextClosing(at as Date)],
    ["status", (at) => s.status(at as Date)],
    ["openIntervals (from)", (at) => s.openIntervals(at as Date, good)],
    ["openIntervals (to)", (at) => s.openIntervals(good, at as Date)],
  ];

  for (const [name, call] of singleArgument) {
    // For openIntervals the message must say which end is wrong.
    const names = name.endsWith("(from)") ? [/\bfrom\b/] : name.endsWith("(to)") ? [/\bto\b/] : [];
    describe(name, () => {
      it("an invalid Date is a RangeError that says the Date is invalid", () => {
        const error = thrown(() => call(new Date("not a date")));
        expect(error).toBeInstanceOf(RangeError);
        expect(error.message).toMatch(/invalid/i);
        expect(error.message).toMatch(/Date/);
        for (const n of names) expect(error.message).toMatch(n);
      });

      it("NaN is a RangeError naming NaN", () => {
        const error = thrown(() => call(NaN));
        expect(error).toBeInstanceOf(RangeError);
        expect(error.message).toContain("NaN");
        for (const n of names) expect(error.message).toMatch(n);
      });

      it("Infinity and -Infinity are RangeErrors naming them", () => {
        for (const value of [Infinity, -Infinity]) {
          const error = thrown(() => call(value));
          expect(error).toBeInstanceOf(RangeError);
          expect(error.message).toContain(String(value));
          for (const n of names) expect(error.message).toMatch(n);
        }
      });

      it("a string instead of a Date is a TypeError that shows the string", () => {
        const error = thrown(() => call("2026-06-01T10:00:00Z"));
        expect(error).toBeInstanceOf(TypeError);
        expect(error.message).toMatch(/Date/);
        expect(error.message).toContain("2026-06-01T10:00:00Z");
        for (const n of names) expect(error.message).toMatch(n);
      });

      it("null, undefined and a plain object are TypeErrors", () => {
        for (const value of [null, undefined, { at: 1 }]) {
          expect(() => call(value)).toThrow(TypeError);
        }
      });
    });
  }

  it("openIntervals with to before from is a RangeError naming both ends", () => {
    const error = thrown(() => s.openIntervals(new Date("2026-06-02T00:00:00Z"), new Date("2026-06-01T00:00:00Z")));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toMatch(/\bto\b/);
    expect(error.message).toMatch(/\bfrom\b/);
    // Also with epoch milliseconds, one millisecond apart.
    expect(() => s.openIntervals(good.getTime(), good.getTime() - 1)).toThrow(RangeError);
  });

  it("instants outside the supported years are RangeErrors naming the range", () => {
    for (const at of [new Date("2004-06-01T12:00:00Z"), new Date("2101-06-01T12:00:00Z"), Date.UTC(1970, 0, 1), Date.UTC(3000, 0, 1)]) {
      for (const call of [() => s.isOpen(at), () => s.nextOpening(at), () => s.nextClosing(at), () => s.status(at)]) {
        const error = thrown(call);
        expect(error).toBeInstanceOf(RangeError);
        expect(error.message).toContain("2005");
        expect(error.message).toContain("2100");
      }
    }
    // A range reaching outside, at either end.
    expect(() => s.openIntervals(new Date("2004-12-01T00:00:00Z"), good)).toThrow(RangeError);
    expect(() => s.openIntervals(good, new Date("2101-02-01T00:00:00Z"))).toThrow(RangeError);
  });

  it("instants well inside the first and last supported years are answered (control)", () => {
    expect(typeof s.isOpen(new Date("2005-06-01T12:00:00Z"))).toBe("boolean");
    expect(typeof s.isOpen(new Date("2100-06-01T12:00:00Z"))).toBe("boolean");
  });
});

// ---------------------------------------------------------------------------------------
// Dates of day()
// ---------------------------------------------------------------------------------------

describe("bad dates for day()", () => {
  const s = createSchedule(base());

  it.each(["2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2025-02-29", "26-01-01", "2026-1-5", "2026/01/05", "2026-01-05T00:00", "", " 2026-01-05"])(
    "%j is a RangeError that quotes the date",
    (date) => {
      const error = thrown(() => s.day(date));
      expect(error).toBeInstanceOf(RangeError);
      expect(error.message).toContain(date === "" ? '""' : date);
    },
  );

  it("a non-string is a TypeError", () => {
    for (const value of [20260105, new Date("2026-01-05T00:00:00Z"), null, undefined]) {
      expect(() => s.day(value as unknown as string)).toThrow(TypeError);
    }
  });

  it.each(["2004-12-31", "2101-01-01", "1999-06-01", "2200-01-01"])("%s, outside 2005–2100, is a RangeError naming the range", (date) => {
    const error = thrown(() => s.day(date));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toContain(date);
    expect(error.message).toContain("2005");
    expect(error.message).toContain("2100");
  });

  it("the first and last supported days and a leap day are fine (control)", () => {
    expect(s.day("2005-01-01").date).toBe("2005-01-01");
    expect(s.day("2100-12-31").date).toBe("2100-12-31");
    expect(s.day("2024-02-29").date).toBe("2024-02-29");
  });
});

// ---------------------------------------------------------------------------------------
// Configs
// ---------------------------------------------------------------------------------------

describe("bad configs are ConfigErrors listing each problem with its path", () => {
  it("the base config and the Arjeplog-like variants used below are valid (control)", () => {
    expect(() => createSchedule(base())).not.toThrow();
    expect(() =>
      createSchedule({
        ...base(),
        periods: [
          { weeks: { from: 52, to: 2 }, hours: { mon: ["10:00-12:00"] } },
          { dates: { from: "12-20", to: "01-06" }, hours: { tue: ["10:00-12:00"] } },
          { dates: { from: "2026-06-15", to: "2026-08-09" }, hours: { wed: ["10:00-12:00"] } },
        ],
        exceptions: [
          { date: "2026-12-28", hours: [], note: "Stängt för inventering" },
          { from: "2026-12-29", to: "2026-12-30", hours: ["10:00-12:00"] },
        ],
        dayKinds: { bridgeDay: { hours: ["10:00-12:00"] }, publicHoliday: { hours: [] } },
        precedence: ["exception", "publicHoliday", "workFreeEve", "bridgeDay", "dayBeforeEve", "dayBeforeRedDay", "period", "weekly"],
      }),
    ).not.toThrow();
  });

  it("ConfigError is an Error named ConfigError, also from validateScheduleConfig", () => {
    const error = thrown(() => validateScheduleConfig({ weekly: { mon: ["13:00-12:00"] } }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ConfigError");
    expect((error as ConfigError).issues.map((i) => i.path)).toEqual(["weekly.mon[0]"]);
  });

  it("SPEC's example: weekly.mon[1]: \"13:00-12:00\" ends before it starts", () => {
    const error = configError({ ...base(), weekly: { mon: ["08:00-12:00", "13:00-12:00"] } });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toBe("weekly.mon[1]");
    expect(error.issues[0]!.message.startsWith('"13:00-12:00" ends before it starts')).toBe(true);
    const lines = error.message.split("\n").map((line) => line.trim());
    expect(lines.some((line) => line.startsWith('weekly.mon[1]: "13:00-12:00" ends before it starts')), error.message).toBe(true);
  });

  describe("time zone", () => {
    it("an unknown time zone", () => {
      expectIssue({ ...base(), timeZone: "Europe/Stokholm" }, "timeZone", ["Europe/Stokholm"]);
      expectIssue({ ...base(), timeZone: "Mars/Olympus_Mons" }, "timeZone", ["Mars/Olympus_Mons"]);
    });
    it("an empty or non-string time zone", () => {
      expectIssue({ ...base(), timeZone: "" }, "timeZone");
      expectIssue({ ...base(), timeZone: 1 }, "timeZone");
    });
  });

  describe("unknown keys", () => {
    it("an unknown weekday name in weekly", () => {
      expectIssue({ ...base(), weekly: { monday: ["08:00-12:00"] } }, "weekly", ["monday"]);
    });
    it("an unknown weekday name in a period's hours", () => {
      expectIssue({ ...base(), periods: [{ weeks: { from: 25, to: 32 }, hours: { måndag: ["09:00-12:00"] } }] }, "periods[0].hours", ["måndag"]);
    });
    it("a typo at the top level (weeky) is an error, not ignored", () => {
      expectIssue({ timeZone: "Europe/Stockholm", weeky: { mon: ["08:00-12:00"] } }, "", ["weeky"]);
    });
    it("an unknown key inside a period", () => {
      expectIssue({ ...base(), periods: [{ weeks: { from: 25, to: 32 }, hours: {}, note: "Sommar" }] }, "periods[0]", ["note"]);
    });
    it("an unknown key inside a period's weeks", () => {
      expectIssue({ ...base(), periods: [{ weeks: { from: 25, to: 32, step: 2 }, hours: {} }] }, "periods[0].weeks", ["step"]);
    });
    it("an unknown key inside an exception", () => {
      expectIssue({ ...base(), exceptions: [{ date: "2026-12-28", hours: [], reason: "Inventering" }] }, "exceptions[0]", ["reason"]);
    });
    it("an unknown day kind in dayKinds", () => {
      expectIssue({ ...base(), dayKinds: { holiday: { hours: [] } } }, "dayKinds", ["holiday"]);
    });
    it("an unknown key inside a dayKinds rule", () => {
      expectIssue({ ...base(), dayKinds: { bridgeDay: { hours: ["10:00-12:00"], note: "Klämdag" } } }, "dayKinds.bridgeDay", ["note"]);
    });
  });

  describe("intervals", () => {
    it("overlapping intervals", () => {
      expectIssue({ ...base(), weekly: { tue: ["08:00-12:00", "11:00-13:00"] } }, "weekly.tue[1]", [/overlap/i, "11:00-13:00"]);
    });
    it("unsorted intervals", () => {
      expectIssue({ ...base(), weekly: { wed: ["13:00-16:00", "08:00-12:00"] } }, "weekly.wed[1]", ["08:00-12:00", /order|before/i]);
    });
    it("an inverted interval in a period, an exception and a dayKinds rule", () => {
      expectIssue({ ...base(), periods: [{ weeks: { from: 25, to: 32 }, hours: { thu: ["15:00-09:00"] } }] }, "periods[0].hours.thu[0]", ["15:00-09:00", /before/]);
      expectIssue({ ...base(), exceptions: [{ date: "2026-12-28", hours: ["12:00-10:00"] }] }, "exceptions[0].hours[0]", ["12:00-10:00", /before/]);
      expectIssue({ ...base(), dayKinds: { bridgeDay: { hours: ["12:00-10:00"] } } }, "dayKinds.bridgeDay.hours[0]", ["12:00-10:00", /before/]);
    });
    it('a malformed time "8:3-12" (hours without minutes, "8-12", are fine: tests/config.forms.test.ts)', () => {
      expectIssue({ ...base(), weekly: { mon: ["8:3-12"] } }, "weekly.mon[0]", ["8:3-12"]);
    });
    it("other malformed times", () => {
      for (const text of ["08:00", "08:00-12:60", "kl 8-12", "08:00 to 12:00"]) {
        expectIssue({ ...base(), weekly: { sat: [text] } }, "weekly.sat[0]", [text]);
      }
    });
    it("hours that are not a list", () => {
      expectIssue({ ...base(), weekly: { mon: "08:00-12:00" } }, "weekly.mon");
    });
  });

  describe("periods", () => {
    it("week numbers 0 and 54", () => {
      expectIssue({ ...base(), periods: [{ weeks: { from: 0, to: 32 }, hours: {} }] }, "periods[0].weeks.from", [/53/]);
      expectIssue({ ...base(), periods: [{ weeks: { from: 25, to: 54 }, hours: {} }] }, "periods[0].weeks.to", [/53/]);
    });
    it("a week number that is not a whole number", () => {
      expectIssue({ ...base(), periods: [{ weeks: { from: 25.5, to: 32 }, hours: {} }] }, "periods[0].weeks.from");
    });
    it("a period with both weeks and dates", () => {
      expectIssue(
        { ...base(), periods: [{ weeks: { from: 25, to: 32 }, dates: { from: "06-15", to: "08-09" }, hours: {} }] },
        "periods[0]",
        [/weeks/, /dates/],
      );
    });
    it("a period with neither weeks nor dates", () => {
      expectIssue({ ...base(), periods: [{ hours: { mon: ["09:00-12:00"] } }] }, "periods[0]", [/weeks/, /dates/]);
    });
    it("an inverted full-date range", () => {
      expectIssue({ ...base(), periods: [{ dates: { from: "2026-08-09", to: "2026-06-15" }, hours: {} }] }, "periods[0].dates", ["2026-08-09", "2026-06-15"]);
    });
    it("an impossible or malformed period date", () => {
      expectIssue({ ...base(), periods: [{ dates: { from: "2026-02-30", to: "2026-03-15" }, hours: {} }] }, "periods[0].dates.from", ["2026-02-30"]);
      expectIssue({ ...base(), periods: [{ dates: { from: "02-30", to: "03-15" }, hours: {} }] }, "periods[0].dates.from", ["02-30"]);
      expectIssue({ ...base(), periods: [{ dates: { from: "06-15", to: "8-9" }, hours: {} }] }, "periods[0].dates.to", ["8-9"]);
    });
    it("a range mixing a yearly and a full date", () => {
      expectIssue({ ...base(), periods: [{ dates: { from: "06-15", to: "2026-08-09" }, hours: {} }] }, "periods[0].dates");
    });
  });

  describe("exceptions", () => {
    it("a malformed or impossible exception date", () => {
      expectIssue({ ...base(), exceptions: [{ date: "2026-02-30", hours: [] }] }, "exceptions[0].date", ["2026-02-30"]);
      expectIssue({ ...base(), exceptions: [{ date: "2026-2-3", hours: [] }] }, "exceptions[0].date", ["2026-2-3"]);
      expectIssue({ ...base(), exceptions: [{ date: "28/12/2026", hours: [] }] }, "exceptions[0].date", ["28/12/2026"]);
    });
    it("an exception date outside the supported years", () => {
      expectIssue({ ...base(), exceptions: [{ date: "2004-12-24", hours: [] }] }, "exceptions[0].date", ["2004-12-24"]);
      expectIssue({ ...base(), exceptions: [{ from: "2100-12-30", to: "2101-01-02", hours: [] }] }, "exceptions[0].to", ["2101-01-02"]);
    });
    it("an exception range with from after to", () => {
      expectIssue({ ...base(), exceptions: [{ from: "2026-12-31", to: "2026-12-27", hours: [] }] }, ["exceptions[0]", "exceptions[0].to", "exceptions[0].from"], [
        "2026-12-31",
        "2026-12-27",
      ]);
    });
    it("an exception with neither date nor from/to, or with only from", () => {
      expectIssue({ ...base(), exceptions: [{ hours: [] }] }, "exceptions[0]");
      expectIssue({ ...base(), exceptions: [{ from: "2026-12-27", hours: [] }] }, ["exceptions[0]", "exceptions[0].to"]);
    });
    it("two exceptions covering the same date", () => {
      expectIssue(
        { ...base(), exceptions: [{ date: "2026-12-28", hours: [] }, { date: "2026-12-28", hours: ["10:00-12:00"] }] },
        ["exceptions[1]", "exceptions[0]"],
        ["2026-12-28"],
      );
      expectIssue(
        { ...base(), exceptions: [{ from: "2026-12-20", to: "2026-12-31", hours: [] }, { date: "2026-12-24", hours: ["10:00-12:00"] }] },
        ["exceptions[1]", "exceptions[0]"],
        ["2026-12-24"],
      );
    });
  });

  describe("precedence", () => {
    const all = ["exception", "publicHoliday", "workFreeEve", "bridgeDay", "dayBeforeEve", "dayBeforeRedDay", "period", "weekly"];
    it("a missing kind", () => {
      expectIssue({ ...base(), precedence: all.filter((k) => k !== "bridgeDay") }, "precedence", ["bridgeDay"]);
    });
    it("a repeated kind", () => {
      expectIssue({ ...base(), precedence: [...all, "weekly"] }, "precedence", ["weekly"]);
    });
    it("an unknown kind", () => {
      expectIssue({ ...base(), precedence: [...all, "holiday"] }, ["precedence[8]", "precedence"], ["holiday"]);
    });
  });

  describe("wrong types and missing parts", () => {
    it("an unknown language key in a label", () => {
      expectIssue({ ...base(), weeklyLabel: { sv: "Ordinarie", fi: "Tavallinen" } }, "weeklyLabel", ["fi"]);
      expectIssue({ ...base(), exceptions: [{ date: "2026-12-28", hours: [], note: { sv: "Stängt", eng: "Closed" } }] }, "exceptions[0].note", ["eng"]);
    });
    it("missing hours of an exception, a period and a dayKinds rule", () => {
      expectIssue({ ...base(), exceptions: [{ date: "2026-12-28" }] }, "exceptions[0].hours");
      expectIssue({ ...base(), periods: [{ weeks: { from: 25, to: 32 } }] }, "periods[0].hours");
      expectIssue({ ...base(), dayKinds: { bridgeDay: {} } }, "dayKinds.bridgeDay.hours");
    });
    it("a number where a time range belongs", () => {
      expectIssue({ ...base(), weekly: { mon: [800] } }, "weekly.mon[0]", ["800"]);
    });
    it("periods, exceptions or precedence that are not lists", () => {
      expectIssue({ ...base(), periods: { weeks: { from: 25, to: 32 }, hours: {} } }, "periods");
      expectIssue({ ...base(), exceptions: { date: "2026-12-28", hours: [] } }, "exceptions");
      expectIssue({ ...base(), precedence: "exception" }, "precedence");
    });
  });

  describe("a config that is not an object", () => {
    it.each([
      ["null", null],
      ["a string", "weekly: mon 08-12"],
      ["an array", [{ weekly: { mon: ["08:00-12:00"] } }]],
      ["a number", 42],
    ])("%s", (_name, config) => {
      expectIssue(config, "");
    });
  });

  it("a config with several problems reports all of them at once", () => {
    const error = configError({
      timeZone: "Europe/Stokholm", // 1
      weekly: {
        mon: ["08:00-12:00", "13:00-12:00"], // 2
        tue: ["8:3-12"], // 3
      },
      periods: [{ weeks: { from: 0, to: 54 }, hours: {} }], // 4, 5
      exceptions: [{ date: "2026-02-30", hours: [] }], // 6
      weeky: {}, // 7
    });
    expect(error.issues, show(error.issues)).toHaveLength(7);
    const paths = error.issues.map((i) => i.path);
    for (const path of ["timeZone", "weekly.mon[1]", "weekly.tue[0]", "periods[0].weeks.from", "periods[0].weeks.to", "exceptions[0].date", ""]) {
      expect(paths).toContain(path);
    }
    // One line per problem in the message.
    for (const issue of error.issues) expect(error.message).toContain(issue.message);
    expect(error.message.split("\n").length).toBeGreaterThanOrEqual(1 + 7);
  });
});

// ---------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------

describe("bad options of createSchedule", () => {
  it('language "de" is a RangeError naming the option', () => {
    const error = thrown(() => createSchedule(base(), { language: "de" as "sv" }));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toContain("language");
    expect(error.message).toContain("de");
  });

  it.each([0, -1, NaN])("horizonDays %s is a RangeError naming the option", (days) => {
    const error = thrown(() => createSchedule(base(), { horizonDays: days }));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toContain("horizonDays");
  });

  it.each([0, -1, NaN])("horizonDays %s of a single search is a RangeError", (days) => {
    const s = createSchedule(base());
    const at = new Date("2026-06-01T10:00:00Z");
    expect(() => s.nextOpening(at, { horizonDays: days })).toThrow(RangeError);
    expect(() => s.nextClosing(at, { horizonDays: days })).toThrow(RangeError);
  });

  it("good options are accepted (control)", () => {
    expect(() => createSchedule(base(), { language: "en", horizonDays: 30 })).not.toThrow();
  });
});

/*
 * Bad rules (SPEC §4, §7, §8): every bad form of a rule's hours, of a named day and of a
 * period's weeks is a ConfigError problem at its path, all of a config's problems at once.
 */
import { describe, expect, it } from "vitest";
import { ConfigError, createSchedule, createOrganization, type ConfigIssue, type ScheduleConfig } from "../src/index";

const base = () => ({ timeZone: "Europe/Stockholm", weekly: { mon: ["08:00-16:00"], fri: ["08:00-15:00"] } });

function issuesOf(config: unknown): readonly ConfigIssue[] {
  try {
    createSchedule(config as ScheduleConfig);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues;
  }
  return expect.fail("expected a ConfigError, but the config was accepted");
}

/** The only problem of a config is at `path`, and its message contains every text of `parts`. */
function expectOnly(config: unknown, path: string, ...parts: string[]): void {
  const issues = issuesOf(config);
  expect(issues.map((i) => i.path), JSON.stringify(issues, null, 1)).toEqual([path]);
  for (const part of parts) expect(issues[0]!.message).toContain(part);
}

describe("clips", () => {
  it("closesAt before or at opensAt, at the clip's path", () => {
    const issues = issuesOf({ ...base(), dayKinds: { dayBeforeRedDay: { opensAt: "12:00", closesAt: "11:00" } } });
    expect(issues).toEqual([{ path: "dayKinds.dayBeforeRedDay.closesAt", message: '"11:00" is before opensAt "12:00"' }]);
    expectOnly({ ...base(), dayKinds: { dayBeforeRedDay: { hours: { opensAt: "12:00", closesAt: "12.00" } } } }, "dayKinds.dayBeforeRedDay.hours.closesAt", "is the same time as opensAt");
    expectOnly({ ...base(), exceptions: [{ date: "2026-12-23", hours: { opensAt: "15:00", closesAt: "10:00" } }] }, "exceptions[0].hours.closesAt", "is before opensAt");
  });

  it("times that are no times, or out of range", () => {
    expectOnly({ ...base(), dayKinds: { bridgeDay: { closesAt: "12" } } }, "dayKinds.bridgeDay.closesAt", '"12" is not a time like "12:00"');
    expectOnly({ ...base(), dayKinds: { bridgeDay: { closesAt: "12:60" } } }, "dayKinds.bridgeDay.closesAt", "minutes past 59");
    expectOnly({ ...base(), dayKinds: { bridgeDay: { closesAt: "48:01" } } }, "dayKinds.bridgeDay.closesAt", "after 48:00");
    expectOnly({ ...base(), dayKinds: { bridgeDay: { closesAt: "00:00" } } }, "dayKinds.bridgeDay.closesAt", "write [] for a closed day");
    expectOnly({ ...base(), dayKinds: { bridgeDay: { opensAt: "24:00" } } }, "dayKinds.bridgeDay.opensAt", "not a time of day 00:00–23:59");
    expectOnly({ ...base(), dayKinds: { bridgeDay: { closesAt: 12 } } }, "dayKinds.bridgeDay.closesAt", "expected string");
    // Past midnight is fine, also with a dot.
    expect(() => createSchedule({ ...base(), dayKinds: { bridgeDay: { opensAt: "10.00", closesAt: "26.30" } } })).not.toThrow();
  });

  it("a clip with neither time, in a rule's hours", () => {
    expectOnly({ ...base(), periods: [{ weeks: { from: 25, to: 32 }, hours: { opensAt: undefined } }] }, "periods[0].hours", "needs opensAt or closesAt");
  });
});

describe("the forms of an entry", () => {
  it("mixing the full form, hours per weekday and a clip", () => {
    expectOnly({ ...base(), dayKinds: { bridgeDay: { hours: [], closesAt: "12:00" } } }, "dayKinds.bridgeDay", "mixes the full form ({ hours, label }) and a clip (closesAt)");
    expectOnly({ ...base(), namedDays: { julafton: { mon: [], closesAt: "12:00" } } }, "namedDays.julafton", "mixes hours per weekday (mon) and a clip (closesAt)");
    expectOnly({ ...base(), periods: [{ weeks: { from: 25, to: 32 }, hours: { sat: [], opensAt: "10:00" } }] }, "periods[0].hours", "mixes hours per weekday (sat) and a clip (opensAt)");
    expectOnly(
      { ...base(), dayKinds: { bridgeDay: { hours: [], tue: [], closesAt: "12:00" } } },
      "dayKinds.bridgeDay",
      "mixes the full form ({ hours, label }), hours per weekday (tue) and a clip (closesAt)",
    );
  });

  it("unknown keys, naming the keys each form may have", () => {
    expectOnly({ ...base(), dayKinds: { bridgeDay: { closesAt: "12:00", note: "x" } } }, "dayKinds.bridgeDay", 'unknown key "note" (known keys: opensAt, closesAt, label)');
    expectOnly({ ...base(), dayKinds: { bridgeDay: { tisdag: ["10:00-12:00"] } } }, "dayKinds.bridgeDay", 'unknown key "tisdag"', "hours, label, opensAt, closesAt, mon");
    expectOnly({ ...base(), dayKinds: { bridgeDay: { hours: [], lable: "Klämdag" } } }, "dayKinds.bridgeDay", 'unknown key "lable" (known keys: hours, label)');
    expectOnly({ ...base(), dayKinds: { bridgeDay: { mon: [], note: "x" } } }, "dayKinds.bridgeDay", 'unknown key "note"', "mon, tue, wed, thu, fri, sat, sun, label");
    expectOnly({ ...base(), periods: [{ weeks: { from: 25, to: 32 }, hours: { mon: [], label: "x" } }] }, "periods[0].hours", 'unknown key "label"', "opensAt, closesAt");
  });

  it("an entry without hours, or of the wrong type", () => {
    expectOnly({ ...base(), dayKinds: { bridgeDay: { label: "Klämdag" } } }, "dayKinds.bridgeDay.hours", "is required");
    expectOnly({ ...base(), dayKinds: { bridgeDay: "10-12" } }, "dayKinds.bridgeDay", 'got "10-12"');
    expectOnly({ ...base(), namedDays: { julafton: null } }, "namedDays.julafton", "got null");
    expectOnly({ ...base(), exceptions: [{ date: "2026-12-23", hours: 5 }] }, "exceptions[0].hours", "got number 5");
    expectOnly({ ...base(), weekly: { mon: { closesAt: "12:00" } } }, "weekly.mon", "expected array");
  });

  it("bad intervals inside every form keep their paths", () => {
    expectOnly({ ...base(), dayKinds: { bridgeDay: ["12:00-10:00"] } }, "dayKinds.bridgeDay[0]", "ends before it starts");
    expectOnly({ ...base(), dayKinds: { bridgeDay: { sat: ["10:00-12:00", "11:00-13:00"], label: "x" } } }, "dayKinds.bridgeDay.sat[1]", "overlaps");
    expectOnly({ ...base(), periods: [{ dates: { from: "07-01", to: "07-31" }, hours: ["10-14"] }] }, "periods[0].hours[0]", "is not a time range");
    expectOnly({ ...base(), exceptions: [{ date: "2026-12-23", hours: { hours: [] } }] }, "exceptions[0].hours", 'unknown key "hours"');
  });
});

describe("named days", () => {
  it("an unknown name lists the known ones", () => {
    expectOnly({ ...base(), namedDays: { julaftn: [] } }, "namedDays.julaftn", 'unknown named day "julaftn"', "trettondagsafton", "kristi himmelsfärdsdag", "nyårsafton");
    expectOnly({ ...base(), namedDays: { "annandag pingst": [] } }, 'namedDays["annandag pingst"]', "unknown named day");
  });

  it("two keys naming the same day, after forgiving case, spaces and -en", () => {
    expectOnly({ ...base(), namedDays: { julafton: [], "julafton ": [] } }, 'namedDays["julafton "]', "names the same day as namedDays.julafton (julafton)");
    expectOnly({ ...base(), namedDays: { Skärtorsdag: [], skärtorsdagen: ["10:00-16:00"] } }, "namedDays.skärtorsdagen", "same day as namedDays.Skärtorsdag");
    expectOnly({ ...base(), namedDays: { "trettondedag jul": [], "Trettondedag  julen": [] } }, 'namedDays["Trettondedag  julen"]', 'namedDays["trettondedag jul"]');
  });

  it("names are checked also when some day's hours are wrong; every problem at once", () => {
    const issues = issuesOf({ ...base(), namedDays: { julaftn: [], julafton: ["10-12"], "Julafton ": [] } });
    expect(issues.map((i) => i.path).sort()).toEqual(['namedDays["Julafton "]', "namedDays.julafton[0]", "namedDays.julaftn"].sort());
  });

  it("namedDays that is not an object", () => {
    expectOnly({ ...base(), namedDays: [] }, "namedDays", "expected an object keyed by the days' Swedish names", "got a list");
    expectOnly({ ...base(), namedDays: "julafton" }, "namedDays", 'got "julafton"');
  });

  it("an unknown config key still names namedDays among the known keys", () => {
    expectOnly({ ...base(), namedDay: {} }, "", 'unknown key "namedDay"', "namedDays");
  });
});

describe("weeks with parity", () => {
  it("a parity that is not odd or even", () => {
    expectOnly({ ...base(), periods: [{ weeks: { parity: "udda" }, hours: [] }] }, "periods[0].weeks", 'parity must be "odd" or "even"', 'got "udda"');
    expectOnly({ ...base(), periods: [{ weeks: { from: 1, to: 10, parity: 1 }, hours: [] }] }, "periods[0].weeks", 'parity must be "odd" or "even"', "got number 1");
  });

  it("from without to, no weeks at all, week numbers out of range, unknown keys", () => {
    expectOnly({ ...base(), periods: [{ weeks: { from: 25 }, hours: [] }] }, "periods[0].weeks", "needs both from and to");
    expectOnly({ ...base(), periods: [{ weeks: {}, hours: [] }] }, "periods[0].weeks", 'needs { from, to }, { parity: "odd" | "even" }, or both');
    expectOnly({ ...base(), periods: [{ weeks: { from: 54, to: 2, parity: "odd" }, hours: [] }] }, "periods[0].weeks.from", "week number 1–53");
    expectOnly({ ...base(), periods: [{ weeks: { from: 1, to: 2, paritet: "odd" }, hours: [] }] }, "periods[0].weeks", 'unknown key "paritet" (known keys: from, to, parity)');
  });
});

describe("precedence", () => {
  const all = ["exception", "namedDay", "publicHoliday", "workFreeEve", "bridgeDay", "dayBeforeEve", "dayBeforeRedDay", "period", "weekly"];
  it("may leave out namedDay, nothing else", () => {
    expect(() => createSchedule({ ...base(), precedence: all.filter((k) => k !== "namedDay") as never })).not.toThrow();
    expectOnly({ ...base(), precedence: all.filter((k) => k !== "period") }, "precedence", "missing period");
    expectOnly({ ...base(), precedence: [...all, "namedDay"] }, "precedence", "repeated namedDay");
  });
});

describe("contact points' own hours", () => {
  it("report their rule problems with the contact's path", () => {
    try {
      createOrganization({
        name: "Kommunen",
        hours: base(),
        contacts: [{ id: "jour", name: "Socialjour", hours: { weekly: { mon: ["16:00-32:00"] }, namedDays: { julaftn: [] }, dayKinds: { dayBeforeRedDay: { closesAt: "11:00", opensAt: "12:00" } } } }],
      });
      expect.fail("expected a ConfigError");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((i) => i.path).sort()).toEqual(["contacts[0].hours.dayKinds.dayBeforeRedDay.closesAt", "contacts[0].hours.namedDays.julaftn"]);
    }
  });
});

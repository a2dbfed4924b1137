/*
 * Config forms people write and rules the spec leaves open (#9 item 5): hours without
 * minutes ("8-16", as Swedes write them), an organisation's time zone, and the README's
 * "call us now" snippet run as written.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, createOrganization, createSchedule, summaryText } from "../src/index";

describe('hours without minutes: "8-16", "8.30-16"', () => {
  it("read as whole hours, written back the usual way", () => {
    const schedule = createSchedule({ weekly: { mon: ["8-12", "13-16"], tue: ["8.30-16"], wed: ["9 – 17.45"], thu: ["22-26"] } });
    expect(schedule.day("2026-11-30").intervals).toEqual([{ from: "08:00", to: "12:00" }, { from: "13:00", to: "16:00" }]);
    expect(schedule.day("2026-12-01").intervals).toEqual([{ from: "08:30", to: "16:00" }]);
    expect(schedule.day("2026-12-02").intervals).toEqual([{ from: "09:00", to: "17:45" }]);
    expect(schedule.day("2026-12-03").intervals).toEqual([{ from: "22:00", to: "26:00" }]);
    expect(summaryText(schedule).split("\n")[0]).toBe("Måndag 08.00–12.00 och 13.00–16.00");
  });

  it("still refuses what is not a range, and says what one looks like", () => {
    for (const text of ["8-", "8:3-16", "816", "8-16-18", "25-26"]) {
      expect(() => createSchedule({ weekly: { mon: [text] } }), text).toThrow(ConfigError);
    }
    expect(() => createSchedule({ weekly: { mon: ["8"] } })).toThrow('weekly.mon[0]: "8" is not a time range like "08:00-12:00" or "8-16"');
  });
});

describe("an organisation's time zone is the zone of all its hours", () => {
  it("hours in another zone than the organisation's: a ConfigError at the hours' timeZone", () => {
    const error = (() => {
      try {
        createOrganization({
          name: "X",
          timeZone: "Europe/Stockholm",
          hours: { timeZone: "America/New_York" },
          contacts: [{ id: "a", name: "A", hours: { timeZone: "Asia/Tokyo" } }, { id: "b", name: "B", hours: { timeZone: "europe/stockholm" } }],
        });
      } catch (caught) {
        return caught as ConfigError;
      }
      return expect.fail("expected a ConfigError");
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.issues.map((issue) => issue.path)).toEqual(["hours.timeZone", "contacts[0].hours.timeZone"]);
    expect(error.issues[0]!.message).toMatch(/^"America\/New_York" differs from the organisation's timeZone "Europe\/Stockholm"/);
  });

  it("hours without a zone take the organisation's; an organisation without one takes its hours'", () => {
    expect(createOrganization({ name: "X", timeZone: "Europe/Helsinki", hours: {} }).hours.timeZone).toBe("Europe/Helsinki");
    expect(createOrganization({ name: "X", hours: { timeZone: "Europe/Helsinki" } }).timeZone).toBe("Europe/Helsinki");
    expect(createOrganization({ name: "X", timeZone: "Europe/Helsinki", hours: { timeZone: "Europe/Helsinki" } }).timeZone).toBe("Europe/Helsinki");
  });
});

describe("the README's 'call us now' snippet", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const snippet = /A "call us now" button[^`]*```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  const run = (kommun: unknown) => {
    const button = { textContent: "", href: "" };
    new Function("kommun", "button", snippet)(kommun, button);
    return button;
  };

  // Open around the clock, so that "now" (the snippet's new Date()) is always within the hours.
  const always = { weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, ["00:00-24:00"]])) };

  it("does not throw when the first reachable contact has no phone, and calls one that has", () => {
    const kommun = createOrganization({
      name: "X",
      hours: always,
      contacts: [
        { id: "epost", name: "E-posten", emails: ["info@example.se"] },
        { id: "vaxel", name: "Växel", phones: ["0961-140 00"] },
      ],
    });
    expect(kommun.reachable(new Date()).map((contact) => contact.id)).toEqual(["epost", "vaxel"]);
    expect(run(kommun)).toEqual({ textContent: "Ring Växel: 0961-140 00", href: "tel:+4696114000" });
  });

  it("says nobody answers when only contacts without a phone are reachable", () => {
    const kommun = createOrganization({ name: "X", hours: always, contacts: [{ id: "epost", name: "E-posten", emails: ["info@example.se"] }] });
    expect(run(kommun).textContent).toBe("Ingen svarar just nu");
  });
});

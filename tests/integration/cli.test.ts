import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliProcess } from "../helpers/builtCli";

const dir = mkdtempSync(join(tmpdir(), "oppettider-cli-"));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("oppettider status", () => {
  it("answers at a fixed instant (wall-clock time in the schedule's zone)", () => {
    const { status, stdout, stderr } = runCliProcess(["status", "--at", "2026-12-24T10:00"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain("Arjeplogs kommun: Stängt idag, julafton · öppnar måndag 28 december 08.00");
    expect(stdout).toContain("Idag är det julafton, så vi har stängt.");
  });

  it("gives JSON with ISO-8601 instants", () => {
    const { status, stdout } = runCliProcess(["status", "--at", "2026-12-23T10:00:00+01:00", "--json"]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      at: "2026-12-23T10:00:00+01:00",
      open: true,
      // 23 Dec is a day before eve: 08–12; then closed until Monday 28 Dec.
      nextOpening: "2026-12-28T08:00:00+01:00",
      nextClosing: "2026-12-23T12:00:00+01:00",
      rule: { kind: "dayBeforeEve", label: "Dag före afton" },
      text: "Öppet · stänger 12.00",
    });
  });

  it("speaks English with --lang en", () => {
    const { stdout } = runCliProcess(["--lang", "en", "status", "--at", "2026-05-15T10:30"]);
    expect(stdout).toContain("Arjeplogs kommun: Open · closes 12:00");
    expect(stdout).toContain("Today is a bridge day, so we are open 10:00–12:00.");
  });

  it("does not depend on the host's time zone", () => {
    const answers = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"].map((TZ) => runCliProcess(["status", "--at", "2026-06-18T11:00", "--json"], { TZ }).stdout);
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0]!).rule.kind).toBe("dayBeforeEve");
  });
});

describe("oppettider summary, week, days, deviations, contacts", () => {
  it("summary prints the seed's block", () => {
    const { status, stdout } = runCliProcess(["summary"]);
    expect(status).toBe(0);
    expect(stdout.trim().split("\n")).toEqual([
      "Måndag–torsdag 08.00–12.00 och 13.00–16.00",
      "Fredag 08.00–12.00 och 13.00–15.00",
      "Vecka 25–32 måndag–fredag 09.00–12.00 och 13.00–15.00",
      "Dag före afton 08.00–12.00",
      "Dag före röd dag 08.00–12.00",
      "Klämdag 10.00–12.00",
    ]);
  });

  it("week shows Monday–Sunday with the rule of each day", () => {
    const lines = runCliProcess(["week", "--at", "2026-06-18"]).stdout.trim().split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^2026-06-15 måndag +09\.00–12\.00 och 13\.00–15\.00 +Sommartid, vecka 25–32$/);
    expect(lines[3]).toMatch(/^2026-06-18 torsdag +08\.00–12\.00 +Dag före afton$/);
    expect(lines[4]).toMatch(/^2026-06-19 fredag +stängt +Midsommarafton$/);
  });

  it("days --json lists each date", () => {
    const { status, stdout } = runCliProcess(["days", "--from", "2026-12-30", "--to", "2027-01-01", "--json"]);
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as { date: string; intervals: unknown[]; rule: { kind: string } }[];
    expect(rows.map((r) => [r.date, r.rule.kind, r.intervals.length])).toEqual([
      ["2026-12-30", "dayBeforeEve", 1],
      ["2026-12-31", "workFreeEve", 0],
      ["2027-01-01", "publicHoliday", 0],
    ]);
  });

  it("deviations lists the coming special days", () => {
    const { stdout } = runCliProcess(["deviations", "--at", "2026-12-21", "--days", "7"]);
    expect(stdout.trim().split("\n").map((line) => line.split(/ {2,}/).pop())).toEqual(["Dag före afton", "Julafton", "Juldagen"]);
  });

  it("contacts tells who can be reached", () => {
    const { stdout } = runCliProcess(["contacts", "--at", "2026-12-23T14:00"]);
    // Phone hours 08–16 on weekdays; the switchboard follows the visiting hours (23 Dec: 08–12).
    expect(stdout).toContain("Medborgarservice\n  0961-144 44, kommun@arjeplog.se\n  nås nu, till 16.00");
    expect(stdout).toContain("Växel\n  0961-140 00\n  nås måndag 28 december kl. 08.00");
    expect(stdout).toContain("Kommunikatör: Martin Stråmo\n  070-206 52 98");
  });

  it("reads a schedule from --config", () => {
    const config = file("shop.json", JSON.stringify({ timeZone: "Europe/Stockholm", weekly: { sat: ["10:00-14:00"] } }));
    const { status, stdout } = runCliProcess(["--config", config, "status", "--at", "2026-11-28T11:00", "--json"]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ open: true, nextClosing: "2026-11-28T14:00:00+01:00", rule: { kind: "weekly" } });
    // A schedule has no contacts.
    const contacts = runCliProcess(["--config", config, "contacts"]);
    expect(contacts.status).toBe(2);
    expect(contacts.stderr).toMatch(/schedule without contacts/);
  });
});

describe("bad input", () => {
  it("a bad config gets every problem with its path, exit status 2 and no stack trace", () => {
    const config = file("bad.json", JSON.stringify({ weeky: {}, weekly: { mon: ["08:00-12:00", "13:00-12:00"] }, timeZone: "Europe/Stokholm" }));
    const { status, stdout, stderr } = runCliProcess(["--config", config, "status"]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('weekly.mon[1]: "13:00-12:00" ends before it starts');
    expect(stderr).toContain('timeZone: unknown time zone "Europe/Stokholm"');
    expect(stderr).toContain('unknown key "weeky"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("a file that is not JSON, or missing, gets exit status 2", () => {
    const notJson = runCliProcess(["--config", file("x.json", "{ weekly: "), "status"]);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/is not valid JSON/);
    const missing = runCliProcess(["--config", join(dir, "nope.json"), "status"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json: ENOENT/);
  });

  it("unknown flags, bad values and unknown commands get exit status 2", () => {
    expect(runCliProcess(["status", "--bogus"]).status).toBe(2);
    expect(runCliProcess(["status", "--bogus"]).stderr).toMatch(/unknown option '--bogus'/);
    expect(runCliProcess(["--lang", "de", "status"]).status).toBe(2);
    const badAt = runCliProcess(["status", "--at", "yesterday"]);
    expect(badAt.status).toBe(2);
    expect(badAt.stderr).toMatch(/--at must be an ISO-8601 date or time .*got "yesterday"/);
    expect(runCliProcess(["deviations", "--days", "x"]).status).toBe(2);
    expect(runCliProcess(["days", "--from", "2026-02-30", "--to", "2026-03-01"]).stderr).toMatch(/2026-02-30/);
    expect(runCliProcess(["openinghours"]).status).toBe(2);
  });

  it("--help describes every command", () => {
    const { status, stdout } = runCliProcess(["--help"]);
    expect(status).toBe(0);
    for (const command of ["status", "week", "days", "summary", "deviations", "contacts"]) expect(stdout).toContain(command);
  });
});

describe("without a command", () => {
  it("answers like a receptionist and shows this week's hours", () => {
    const { status, stdout } = runCliProcess([]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Arjeplogs kommun: (Öppet|Stängt)/);
    expect(stdout).toContain("Veckans öppettider:");
    expect(stdout.trim().split("\n").filter((line) => /^\d{4}-\d{2}-\d{2} /.test(line))).toHaveLength(7);
  });
});

/*
 * The `oppettider` command as a new user meets it (issue #9 item 5) and as a hostile
 * config file meets it (issue #13 item 10): terminal hygiene, a byte-order mark, typed
 * instants, config files that are not what they should be, typos and limits.
 * Almanac: 2026-10-25 and 2026-03-29 are the EU clock changes (01:00 UTC); Nyårsafton
 * 2026 is Thursday 31 December.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliProcess } from "../helpers/builtCli";

const dir = mkdtempSync(join(tmpdir(), "oppettider-cli-hardening-"));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs the CLI and expects a usage error: exit 2, one message on stderr, nothing on stdout, no stack trace. */
function usageError(args: string[]): string {
  const run = runCliProcess(args);
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return run.stderr.trim();
}

describe("terminal and file hygiene (#13 item 10)", () => {
  const hostile = file(
    "hostile.json",
    JSON.stringify({ weeklyLabel: "Öppet\u001b]0;HACKED\u0007\u001b[2J\u009b31m\u202eevil\r", weekly: { mon: ["08:00-12:00"] } }),
  );

  it("control characters from a config never reach the terminal raw", () => {
    for (const args of [
      ["--config", hostile, "week", "--at", "2026-11-30"],
      ["--config", hostile, "status", "--at", "2026-11-30T09:00"],
      ["--config", hostile, "summary", "--all"],
      ["--config", hostile, "days", "--from", "2026-11-30", "--to", "2026-11-30", "--json"],
    ]) {
      const { status, stdout } = runCliProcess(args);
      expect(status, args.join(" ")).toBe(0);
      expect(stdout, args.join(" ")).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    }
    expect(runCliProcess(["--config", hostile, "week", "--at", "2026-11-30"]).stdout).toContain("Öppet\\u001b]0;HACKED\\u0007\\u001b[2J\\u009b31m\\u202eevil\\u000d");
  });

  it("--json stays valid JSON and keeps the label exactly", () => {
    const { stdout } = runCliProcess(["--config", hostile, "days", "--from", "2026-11-30", "--to", "2026-11-30", "--json"]);
    expect(JSON.parse(stdout)[0].rule.label).toBe("Öppet\u001b]0;HACKED\u0007\u001b[2J\u009b31m\u202eevil\r");
  });

  it("a config file with a UTF-8 byte-order mark is read", () => {
    const bom = file("bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ weekly: { mon: ["08:00-16:00"] } }))]));
    const { status, stdout } = runCliProcess(["--config", bom, "status", "--at", "2026-11-30T09:00"]);
    expect(status).toBe(0);
    expect(stdout).toContain("Öppet · stänger 16.00");
  });

  it("--at 2101-01-01 reports the date typed", () => {
    expect(usageError(["status", "--at", "2101-01-01"])).toBe('oppettider: --at "2101-01-01" is outside the supported years 2005–2100');
    expect(usageError(["status", "--at", "2026-12-24T10:00+99:59"])).toBe(
      'oppettider: --at "2026-12-24T10:00+99:59" has an impossible UTC offset +99:59 (offsets run from -18:00 to +18:00)',
    );
  });

  it("a config file over 1 MB is refused before it is read", () => {
    const big = file("big.json", `{"weeklyLabel": "${"x".repeat(1_100_000)}"}`);
    expect(usageError(["--config", big, "status"])).toMatch(/^oppettider: .*big\.json is 1100019 bytes; a config file can be at most 1048576 bytes \(1 MB\)$/);
  });
});

describe("--at uses the schedule-hours rule on daylight-saving nights (#9 item 5)", () => {
  it("2026-10-25T02:30 is the first 02.30 (+02:00); 2026-03-29T02:30 is 03.00, when the clocks jump", () => {
    expect(JSON.parse(runCliProcess(["status", "--at", "2026-10-25T02:30", "--json"]).stdout).at).toBe("2026-10-25T02:30:00+02:00");
    expect(JSON.parse(runCliProcess(["status", "--at", "2026-03-29T02:30", "--json"]).stdout).at).toBe("2026-03-29T03:00:00+02:00");
  });
});

describe("config files that are not what they should be (#9 item 5)", () => {
  it("a JSON array says what a config is", () => {
    const array = file("array.json", "[1, 2]");
    expect(usageError(["--config", array, "status"])).toMatch(
      /^oppettider: .*array\.json must hold a JSON object — an organisation \{ "name": …, "hours": … \} or a schedule \{ "weekly": … \} — got an array$/,
    );
  });

  it("an organisation without a name: what it looks like and what is missing", () => {
    const noName = file("no-name.json", JSON.stringify({ hours: { weekly: {} }, contacts: [] }));
    const message = usageError(["--config", noName, "status"]);
    expect(message).toMatch(/no-name\.json looks like an organisation config \(it has "hours", "contacts"\) but has no "name" \(the organisation's name, e\.g\. "Arjeplogs kommun"\)\./);
    expect(message).toContain("name: is required (string)");
  });

  it("'hour' for 'hours': read as an organisation, with the typo named", () => {
    const hour = file("hour.json", JSON.stringify({ name: "Biblioteket", hour: { weekly: { mon: ["10:00-18:00"] } } }));
    const message = usageError(["--config", hour, "status"]);
    expect(message).toMatch(/hour\.json looks like an organisation config \(it has "name", "hour"\) but has no "hours" \(is "hour" a typo of it\?\)\./);
    expect(message).toContain('(config): unknown key "hour" (did you mean "hours"? known keys: id, name,');
    expect(message).not.toContain("invalid schedule config");
  });

  it("schedule keys at the top of an organisation belong inside hours", () => {
    const misplaced = file("misplaced.json", JSON.stringify({ name: "Biblioteket", weekly: { mon: ["10:00-18:00"] } }));
    expect(usageError(["--config", misplaced, "status"])).toMatch(/"weekly" belongs inside "hours"/);
  });

  it("an organisation timeZone that differs from its hours' timeZone is an error", () => {
    const zones = file("zones.json", JSON.stringify({ name: "Biblioteket", timeZone: "Europe/Stockholm", hours: { timeZone: "Europe/Helsinki", weekly: {} } }));
    expect(usageError(["--config", zones, "status"])).toBe(
      "oppettider: invalid organization config:\n  hours.timeZone: \"Europe/Helsinki\" differs from the organisation's timeZone \"Europe/Stockholm\"; all of an organisation's hours are in its zone (leave this timeZone out, or make the two the same)",
    );
  });

  it("JSON syntax errors give line and column", () => {
    const missingComma = file("comma.json", '{\n  "weekly": {\n    "mon": ["08:00-12:00"]\n  }\n  "periods": []\n}');
    expect(usageError(["--config", missingComma, "status"])).toMatch(/comma\.json is not valid JSON: line 5, column 3: expected ',' or '}' after property value$/);
    const stray = file("stray.json", '{\n  "weekly": }');
    expect(usageError(["--config", stray, "status"])).toMatch(/stray\.json is not valid JSON: line 2, column 13: unexpected token '}'$/);
    const empty = file("empty.json", "");
    expect(usageError(["--config", empty, "status"])).toMatch(/empty\.json is not valid JSON: line 1, column 1: the file is empty$/);
  });

  it('"8-16" and "8.30-16", as Swedes write hours, are read', () => {
    const swedish = file("swedish.json", JSON.stringify({ weekly: { mon: ["8-12", "13-16"], tue: ["8.30-16"] } }));
    const { status, stdout } = runCliProcess(["--config", swedish, "week", "--at", "2026-11-30"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/2026-11-30 måndag +08\.00–12\.00 och 13\.00–16\.00/);
    expect(stdout).toMatch(/2026-12-01 tisdag +08\.30–16\.00/);
  });
});

describe("typos and limits on the command line (#9 item 5)", () => {
  it("a mistyped command suggests the right one", () => {
    expect(usageError(["stauts"])).toBe('oppettider: unknown command "stauts" (did you mean "status"?); commands: status, week, days, summary, deviations, contacts, mcp, serve, import, export');
    expect(usageError(["sumary"])).toMatch(/did you mean "summary"\?/);
  });

  it("--days 0 and --days 367 say the range, the one the chat tools have too", () => {
    expect(usageError(["deviations", "--days", "0"])).toBe('oppettider: --days must be a whole number of days from 1 to 366, got "0"');
    expect(usageError(["deviations", "--days", "367"])).toBe('oppettider: --days must be a whole number of days from 1 to 366, got "367"');
    expect(runCliProcess(["deviations", "--days", "366", "--at", "2026-01-01", "--json"]).status).toBe(0);
  });

  it("oppettider mcp --help shows --config", () => {
    const { status, stdout } = runCliProcess(["mcp", "--help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/--config <file> +read an organisation or a schedule from a JSON file/);
  });
});

describe("texts at the edges, through the command (#9 item 5)", () => {
  it("after midnight on a night opening, status quotes yesterday's rule", () => {
    const night = file(
      "night.json",
      JSON.stringify({ weekly: { mon: ["08:00-16:00"], thu: ["08:00-16:00"], fri: ["08:00-16:00"] }, dayKinds: { workFreeEve: { hours: ["16:00-25:30"] }, publicHoliday: { hours: [] } } }),
    );
    const { stdout } = runCliProcess(["--config", night, "status", "--at", "2027-01-01T00:30"]);
    expect(stdout.trim().split("\n")).toEqual(["Öppet · stänger 01.30", "Vi har öppet sedan igår, nyårsafton: 16.00–01.30. Just nu har vi öppet, till 01.30."]);
  });
});

/**
 * `oppettider import FILE|-` as a process: the config as JSON on stdout, unread lines on
 * stderr, exit 0 when all was read, 1 when some was not, 2 for usage errors.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSchedule, presets, type ScheduleConfig } from "../../src/index";
import { CLI, ROOT, runCliProcess } from "../helpers/builtCli";

const dir = mkdtempSync(join(tmpdir(), "oppettider-import-"));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
function withInput(args: readonly string[], input: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const seedPage = readFileSync(new URL("../fixtures/seed-page.txt", import.meta.url), "utf8");
const footer = file("footer.txt", seedPage.slice(seedPage.indexOf("Öppettider\n")));

/** Dates of 2026–2027 where two configs give different intervals. */
function differences(a: ScheduleConfig, b: ScheduleConfig): string[] {
  const left = createSchedule(a);
  const right = createSchedule(b);
  const found: string[] = [];
  for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (JSON.stringify(left.day(date).intervals) !== JSON.stringify(right.day(date).intervals)) found.push(date);
  }
  return found;
}

describe("oppettider import", () => {
  it("reads the seed's footer: the visiting hours on stdout, exit 0", () => {
    const { status, stdout, stderr } = runCliProcess(["import", footer, "--year", "2026"]);
    expect(status).toBe(0);
    expect(differences(JSON.parse(stdout), presets.arjeplog as ScheduleConfig)).toEqual([]);
    expect(stderr).toContain("antagande: Öppettider: helgdagar och midsommar-, jul- och nyårsafton stängt");
    expect(stderr).toContain('obs: texten har 2 avsnitt: "Öppettider" (rad 1), "Medborgarservice" (rad 18)');
    expect(stderr).toContain('stdout är "Öppettider", --all skriver alla');
    expect(stderr).not.toContain("rad 1:");
  });

  it("prints all that was read with --all", () => {
    const { status, stdout } = runCliProcess(["import", footer, "--all"]);
    expect(status).toBe(0);
    const all = JSON.parse(stdout);
    expect(all.sections.map((s: { heading: string }) => s.heading)).toEqual(["Öppettider", "Medborgarservice"]);
    expect(all.contacts.map((c: { value: string }) => c.value)).toEqual(["0961 - 144 44", "kommun@arjeplog.se", "0961 - 140 00"]);
    expect(all.unread).toEqual([]);
  });

  it("reads standard input with -, and exits 1 with the unread lines on stderr", () => {
    const { status, stdout, stderr } = withInput(["import", "-", "--year", "2026"], "Måndag–fredag 8–16\nVissa helgdagar stängt\nLördag 10–14\n");
    expect(status).toBe(1);
    // No Sunday open, so the holidays the text leaves unsaid are taken as closed (as Sundays are).
    expect(JSON.parse(stdout)).toEqual({
      weekly: { mon: ["08:00-16:00"], tue: ["08:00-16:00"], wed: ["08:00-16:00"], thu: ["08:00-16:00"], fri: ["08:00-16:00"], sat: ["10:00-14:00"] },
      dayKinds: { publicHoliday: { hours: [] }, workFreeEve: { hours: [] } },
    });
    expect(stderr.trim().split("\n")).toEqual([
      'rad 2: Vissa helgdagar stängt — säger inte vilka dagar ("vissa")',
      "antagande: helgdagar och midsommar-, jul- och nyårsafton stängt: texten nämner dem inte, och inga söndagar är öppna",
    ]);
  });

  it("reads back what summary writes (a round trip through the command line)", () => {
    const summary = runCliProcess(["summary"]);
    expect(summary.status).toBe(0);
    const { status, stdout } = withInput(["import", "-"], summary.stdout);
    expect(status).toBe(0);
    expect(differences(JSON.parse(stdout), presets.arjeplog as ScheduleConfig)).toEqual([]);
  });

  it("summary --all writes a one-day period as its day, not '24 december–24 december måndag–söndag'", () => {
    const config = file(
      "christmas.json",
      JSON.stringify({
        weekly: { mon: ["10:00-18:00"], sat: ["10:00-14:00"] },
        periods: [{ dates: { from: "12-24", to: "12-24" }, hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } }],
      }),
    );
    const { status, stdout } = runCliProcess(["--config", config, "summary", "--all"]);
    expect(status).toBe(0);
    // No holiday rules and no Sunday open: that holidays keep the weekly hours is said.
    expect(stdout.trim().split("\n")).toEqual([
      "Måndag 10.00–18.00",
      "Lördag 10.00–14.00",
      "24 december alla dagar stängt",
      "Helgdagar ordinarie öppettider",
      "Midsommar-, jul- och nyårsafton ordinarie öppettider",
    ]);
  });

  it("reads a Finland-Swedish page on --calendar FI: the day before a holiday and självständighetsdagen", () => {
    const text = "Mån–fre 8–16\nDag före helg 8–14\nSjälvständighetsdagen stängt\n";
    const { status, stdout } = withInput(["import", "-", "--year", "2026", "--calendar", "FI"], text);
    expect(status).toBe(0);
    const config = JSON.parse(stdout) as ScheduleConfig;
    expect(config.calendar).toBe("FI");
    const schedule = createSchedule(config);
    // Thursday 30 April 2026 is the working day before första maj (a Friday).
    expect(schedule.day("2026-04-30").intervals).toEqual([{ from: "08:00", to: "14:00" }]);
    expect(schedule.day("2026-12-07").intervals).toEqual([{ from: "08:00", to: "16:00" }]);
    expect(schedule.day("2027-12-06").intervals).toEqual([]); // självständighetsdagen, a Monday
    // Tuesday 6 June 2028 is no holiday in Finland, and the Monday before it no day before one.
    expect(schedule.day("2028-06-06").intervals).toEqual([{ from: "08:00", to: "16:00" }]);
    expect(schedule.day("2028-06-05").intervals).toEqual([{ from: "08:00", to: "16:00" }]);
    // Swedish reading of the same text: "dag före helg" has two readings there.
    expect(withInput(["import", "-", "--year", "2026"], text).status).toBe(1);
  });

  it.each([
    [["import"], "missing required argument 'file'"],
    [["import", join(dir, "no-such-file.txt")], "cannot read"],
    [["import", dir], "EISDIR"],
    [["import", footer, "--year", "1999"], "--year must be a year 2005–2100"],
    [["import", footer, "--year", "twenty"], "--year must be a year 2005–2100"],
    [["import", footer, "--holidays", "sometimes"], "Allowed choices are auto, closed, weekly"],
    [["import", footer, "--calendar", "NO"], '--calendar: unknown calendar "NO" (calendars: SE (Sweden), FI (Finland), AX (Åland))'],
    [["import", footer, "--calendar", "fi"], 'did you mean "FI"?'],
  ])("exits 2 for a usage error: %j", (args, message) => {
    const { status, stdout, stderr } = runCliProcess(args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
  });
});

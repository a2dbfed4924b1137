/**
 * The `oppettider` command with named days and clips in an organisation's config: the week,
 * the status, the deviations, and a bad named day (exit status 2, the problem with its path).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliProcess } from "../helpers/builtCli";

const dir = mkdtempSync(join(tmpdir(), "oppettider-cli-named-"));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}
const weekdays = (hours: string[]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });

const library = file("bibliotek.json", {
  name: "Biblioteket",
  timeZone: "Europe/Stockholm",
  hours: {
    weekly: { ...weekdays(["08:00-16:00"]), sat: ["10:00-14:00"] },
    dayKinds: { publicHoliday: [], workFreeEve: [], dayBeforeEve: { closesAt: "12:00" } },
    namedDays: { Julafton: ["08:00-25:30"], midsommarafton: [] },
  },
  // Phone hours without day kinds or named days: they take the library's.
  contacts: [{ id: "telefon", name: "Telefon", phones: ["0961-144 44"], hours: { weekly: weekdays(["09:00-15:00"]) } }],
});

describe("oppettider with named days", () => {
  it("week shows the named day and the clipped day before it, with their rules", () => {
    const { status, stdout, stderr } = runCliProcess(["--config", library, "week", "--at", "2026-12-24T10:00"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[2]).toMatch(/^2026-12-23 onsdag +08\.00–12\.00 +Dag före afton$/);
    expect(lines[3]).toMatch(/^2026-12-24 torsdag +08\.00–01\.30 +Julafton$/);
    expect(lines[4]).toMatch(/^2026-12-25 fredag +stängt +Juldagen$/);
  });

  it("status says it in a sentence, and as JSON with kind namedDay; English too", () => {
    const text = runCliProcess(["--config", library, "status", "--at", "2026-12-24T10:00"]).stdout;
    expect(text).toContain("Biblioteket: Öppet · stänger imorgon 01.30");
    expect(text).toContain("Idag är det julafton, så vi har öppet 08.00–01.30.");
    const json = JSON.parse(runCliProcess(["--config", library, "status", "--at", "2026-12-24T10:00", "--json"]).stdout);
    expect(json).toMatchObject({ open: true, nextClosing: "2026-12-25T01:30:00+01:00", rule: { kind: "namedDay", label: "Julafton" } });
    expect(runCliProcess(["--config", library, "--lang", "en", "status", "--at", "2026-06-19T10:00"]).stdout).toContain("Closed today, Midsummer Eve");
  });

  it("deviations and contacts", () => {
    const deviations = runCliProcess(["--config", library, "deviations", "--at", "2026-12-21", "--days", "5"]).stdout;
    expect(deviations.trim().split("\n").map((line) => line.split(/ {2,}/).pop())).toEqual(["Dag före afton", "Julafton", "Juldagen"]);
    // The phone line takes the library's calendar: closed on juldagen, on julafton the library's julafton hours.
    expect(runCliProcess(["--config", library, "contacts", "--at", "2026-12-24T10:00"]).stdout).toContain("Telefon\n  0961-144 44\n  nås nu, till imorgon 01.30");
    expect(runCliProcess(["--config", library, "contacts", "--at", "2026-12-25T10:00"]).stdout).toMatch(/Telefon\n {2}0961-144 44\n {2}nås måndag kl\. 09\.00\n/);
  });

  it("a bad named day: every problem with its path, exit status 2", () => {
    const bad = file("bad.json", { timeZone: "Europe/Stockholm", namedDays: { julafton: [], "Julafton ": [], julaftn: [] }, dayKinds: { bridgeDay: { closesAt: "11:00", opensAt: "12:00" } } });
    const { status, stdout, stderr } = runCliProcess(["--config", bad, "status"]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('namedDays["Julafton "]: names the same day as namedDays.julafton');
    expect(stderr).toContain('namedDays.julaftn: unknown named day "julaftn"');
    expect(stderr).toContain('dayKinds.bridgeDay.closesAt: "11:00" is before opensAt "12:00"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

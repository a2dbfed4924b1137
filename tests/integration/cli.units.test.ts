// `--unit` on the CLI and `--config` given twice, as a process. Hours from
// examples/organization.json and the almanac (2026-12-24 julafton, a Thursday).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCliProcess } from "../helpers/builtCli";

const EXAMPLE = join(ROOT, "examples/organization.json");
const cli = (...args: string[]) => runCliProcess(["--config", EXAMPLE, ...args]);

describe("oppettider --unit", () => {
  it("answers for the unit named by id or by name", () => {
    const byId = cli("--unit", "biblioteket", "status", "--at", "2026-12-24T10:00", "--json");
    expect(byId.status).toBe(0);
    expect(JSON.parse(byId.stdout)).toMatchObject({ open: false, nextOpening: "2026-12-28T10:00:00+01:00", rule: { kind: "workFreeEve", label: "Julafton" } });
    const byName = cli("--unit", "Biblioteket", "status", "--at", "2026-12-24T10:00", "--json");
    expect(byName.stdout).toBe(byId.stdout);
    const text = cli("--unit", "återvinningen", "status", "--at", "2026-04-01T10:00");
    expect(text.stdout).toMatch(/^Återvinningscentralen \(Exempla kommun\): Öppet · stänger 19\.00\n/);
  });

  it("works on every command", () => {
    expect(cli("--unit", "socialjouren", "week", "--at", "2026-12-24").stdout).toMatch(/2026-12-24 torsdag\s+08\.00–01\.30\s+Julafton/);
    expect(JSON.parse(cli("--unit", "socialjouren", "days", "--from", "2026-12-31", "--to", "2026-12-31", "--json").stdout)[0]).toMatchObject({ hours: "08.00–01.30" });
    expect(cli("--unit", "biblioteket", "summary").stdout).toMatch(/Lördag 11\.00–15\.00/);
    expect(cli("--unit", "kommunhuset", "deviations", "--at", "2026-12-21", "--days", "5").stdout).toMatch(/2026-12-23 onsdag\s+08\.00–12\.00\s+Dag före afton/);
    const contacts = JSON.parse(cli("--unit", "kommunhuset", "contacts", "--at", "2026-12-23T14:00", "--json").stdout);
    expect(contacts.map((c: { id: string; reachable: boolean }) => [c.id, c.reachable])).toEqual([
      ["medborgarservice", true],
      ["vaxel", false],
    ]);
    expect(cli("--unit", "kommunhuset").stdout).toMatch(/^Kommunhuset \(Exempla kommun\): .*\n.*\n\nVeckans öppettider:\n/);
  });

  it("an unclear or unknown unit exits 2 listing the candidates", () => {
    const unclear = cli("--unit", "Exempla", "status");
    expect(unclear.status).toBe(2);
    expect(unclear.stderr).toBe('oppettider: --unit: unclear unit "Exempla": it could be kommunhuset (Kommunhuset) or biblioteket (Exempla bibliotek); give one of these ids\n');
    const unknown = cli("--unit", "simhallen", "week");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown unit "simhallen"; the units are kommunhuset \(Kommunhuset\), biblioteket \(Exempla bibliotek\), socialjouren \(Socialjouren\) and atervinningscentralen/);
  });

  it("several units and no own hours: one-place commands ask for --unit, the overview lists them all", () => {
    for (const command of ["status", "week", "summary", "contacts"]) {
      const result = cli(command);
      expect(result.status, command).toBe(2);
      expect(result.stderr, command).toMatch(/Exempla kommun has 4 units and no hours of its own: choose one with --unit \(kommunhuset \(Kommunhuset\), /);
    }
    const overview = cli();
    expect(overview.status).toBe(0);
    expect(overview.stdout.split("\n").slice(0, 5).map((line) => line.replace(/:.*$/, ":"))).toEqual([
      "Exempla kommun",
      "  Kommunhuset (kommunhuset):",
      "  Exempla bibliotek (biblioteket):",
      "  Socialjouren (socialjouren):",
      "  Återvinningscentralen (atervinningscentralen):",
    ]);
  });

  it("the embedded default is one place: --unit by its id or name, and no need for it", () => {
    const plain = runCliProcess(["status", "--at", "2026-12-24T10:00"]);
    expect(runCliProcess(["--unit", "arjeplogs-kommun", "status", "--at", "2026-12-24T10:00"]).stdout).toBe(plain.stdout);
    expect(runCliProcess(["--unit", "Arjeplogs kommun", "status", "--at", "2026-12-24T10:00"]).stdout).toBe(plain.stdout);
  });

  it("--unit with a schedule config, and --unit or --config given twice, exit 2", () => {
    const schedule = join(ROOT, "tests/fixtures/schedule-only.json");
    const cases: [string[], RegExp][] = [
      [["--config", EXAMPLE, "--config", EXAMPLE, "status"], /--config is given twice .*; give it once/],
      [["--config", EXAMPLE, "--unit", "a", "--unit", "b", "status"], /--unit is given twice \("a" and "b"\); give it once/],
      [["--config", schedule, "--unit", "biblioteket", "status"], /--unit needs an organisation config with units/],
      [["--config", EXAMPLE, "--unit", "biblioteket", "serve", "--port", "0"], /--unit does not apply/],
    ];
    for (const [args, message] of cases) {
      const result = runCliProcess(args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(message);
    }
  });
});

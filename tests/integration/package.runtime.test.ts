// The installed package at run time, in Node, as ESM (`import`) and as CommonJS (`require`):
// the root keeps every export the library has (users rely on the names), the subpaths give
// the very same functions and classes, the answers are the library's, and the `oppettider`
// command runs from node_modules/.bin — with a clear message when `oppettider mcp` lacks its
// optional peer. Expected values come from the almanac: 24 December 2026 is Julafton (a
// Thursday), closed; the doors open again Monday 28 December at 08.00 (CET, +01:00).
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import * as library from "../../src/index";

const SUBPATHS = ["oppettider/contacts", "oppettider/chat", "oppettider/exports"] as const;

/** Runs a script with Node in the consumer project and returns what it printed, as JSON. */
function runIn(kind: "esm" | "cjs", script: string): unknown {
  const args = kind === "esm" ? ["--input-type=module", "-e", script] : ["--input-type=commonjs", "-e", script];
  const out = execFileSync(process.execPath, args, { cwd: inject("consumer"), encoding: "utf8" });
  return JSON.parse(out);
}

const ESM_PROBE = `
import * as root from "oppettider";
${SUBPATHS.map((path, i) => `import * as sub${i} from "${path}";`).join("\n")}
const subpaths = { ${SUBPATHS.map((path, i) => `"${path}": sub${i}`).join(", ")} };
`;
const CJS_PROBE = `
const root = require("oppettider");
const subpaths = { ${SUBPATHS.map((path) => `"${path}": require("${path}")`).join(", ")} };
`;

/** What each probe prints: the export names, whether each subpath export is the root's, and answers. */
const REPORT = `
const sameAsRoot = Object.fromEntries(Object.entries(subpaths).map(([path, mod]) => [path, Object.keys(mod).filter((name) => mod[name] !== root[name])]));
const subpathNames = Object.fromEntries(Object.entries(subpaths).map(([path, mod]) => [path, Object.keys(mod).sort()]));
const schedule = root.createSchedule(root.presets.arjeplog);
const kommun = subpaths["oppettider/contacts"].createOrganization(root.presets.arjeplogKommun);
let configError = null;
try { subpaths["oppettider/contacts"].createOrganization({ name: "Biblioteket" }); } catch (error) { configError = { name: error.name, rootClass: error instanceof root.ConfigError }; }
let toolError = null;
try { subpaths["oppettider/chat"].callTool(kommun, "hours_on", { date: "2026-02-30" }); } catch (error) { toolError = error instanceof root.ToolError; }
console.log(JSON.stringify({
  names: Object.keys(root).sort(),
  sameAsRoot,
  subpathNames,
  open: schedule.isOpen(new Date("2026-12-24T10:00:00+01:00")),
  nextOpening: schedule.nextOpening(new Date("2026-12-24T10:00:00+01:00")).toISOString(),
  phone: kommun.contact("medborgarservice").phones[0].display,
  isOpenTool: subpaths["oppettider/chat"].callTool(kommun, "is_open", { at: "2026-12-24T10:00" }).nextOpening,
  tag: subpaths["oppettider/exports"].toOpeningHoursTag(schedule, { from: "2026-12-23", to: "2026-12-24" }),
  schema: root.ScheduleConfigSchema.safeParse({ weekly: { mon: ["08:00-12:00"] } }).success,
  standard: root.ScheduleConfigSchema["~standard"].version,
  configError,
  toolError,
}));
`;

interface Report {
  names: string[];
  sameAsRoot: Record<string, string[]>;
  subpathNames: Record<string, string[]>;
  open: boolean;
  nextOpening: string;
  phone: string;
  isOpenTool: string;
  tag: string;
  schema: boolean;
  standard: number;
  configError: { name: string; rootClass: boolean } | null;
  toolError: boolean | null;
}

describe.each([
  ["ESM (import)", "esm", ESM_PROBE],
  ["CommonJS (require)", "cjs", CJS_PROBE],
] as const)("the installed package as %s", (_title, kind, probe) => {
  const report = runIn(kind, probe + REPORT) as Report;

  it("exports every name the library exports", () => {
    expect(report.names).toEqual(Object.keys(library).sort());
  });

  it("gives from each subpath the root's own functions and classes, and a part of the whole", () => {
    for (const path of SUBPATHS) {
      expect(report.sameAsRoot[path], path).toEqual([]);
      expect(report.subpathNames[path]!.length, path).toBeGreaterThan(3);
    }
    expect(report.subpathNames["oppettider/contacts"]).toContain("createOrganization");
    expect(report.subpathNames["oppettider/chat"]).toEqual(expect.arrayContaining(["callTool", "functionToolDefinitions", "ToolError"]));
    expect(report.subpathNames["oppettider/exports"]).toEqual(expect.arrayContaining(["toSchemaOrg", "toICalendar", "toOpeningHoursTag"]));
  });

  it("answers as the library does", () => {
    expect(report.open).toBe(false); // Julafton
    expect(report.nextOpening).toBe("2026-12-28T07:00:00.000Z"); // Monday 08.00 CET
    expect(report.isOpenTool).toBe("2026-12-28T08:00:00+01:00");
    expect(report.phone).toBe("0961-144 44");
    expect(report.tag).toContain("Dec 23 08:00-12:00");
    expect(report.schema).toBe(true);
    expect(report.standard).toBe(1);
  });

  it("throws its own error classes, one class across the subpaths", () => {
    expect(report.configError).toEqual({ name: "ConfigError", rootClass: true });
    expect(report.toolError).toBe(true);
  });
});

describe("the oppettider command, from node_modules/.bin", () => {
  const bin = () => join(inject("consumer"), "node_modules/.bin/oppettider");

  it("answers", () => {
    const result = spawnSync(bin(), ["status", "--at", "2026-12-24T10:00", "--json"], { cwd: inject("consumer"), encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ open: false, nextOpening: "2026-12-28T08:00:00+01:00", rule: { kind: "workFreeEve", label: "Julafton" } });
  });

  it("oppettider serve without hono: exit 2 and the one step that installs it, and no other command needs hono", () => {
    const result = spawnSync(bin(), ["serve", "--port", "0"], { cwd: inject("consumer"), encoding: "utf8", input: "" });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("oppettider serve needs Hono and its Node adapter (hono, @hono/node-server)");
    expect(result.stderr).toContain("npm install hono @hono/node-server");
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("oppettider mcp without the optional MCP SDK: exit 2 and the one step that installs it", () => {
    const result = spawnSync(bin(), ["mcp"], { cwd: inject("consumer"), encoding: "utf8", input: "" });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("oppettider mcp needs the MCP SDK (@modelcontextprotocol/sdk), an optional peer dependency that is not installed.");
    expect(result.stderr).toContain("npm install @modelcontextprotocol/sdk");
    expect(result.stderr).toContain("npx -p oppettider -p @modelcontextprotocol/sdk oppettider mcp");
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

/*
 * The package's zone offsets are luxon's IANAZone tree-shaken by rollup from luxon's sources
 * (scripts/luxonZone.mjs), while src/ here runs on the whole of luxon: over a year of zones
 * with odd rules (southern summer time, half-hour and 30-minute shifts, changes at midnight),
 * the installed package's open intervals must be exactly those of src/.
 */
describe("zone offsets in the installed package", () => {
  const ZONES = ["Europe/Stockholm", "America/Santiago", "Australia/Lord_Howe", "Asia/Gaza", "Africa/Casablanca", "Pacific/Apia", "America/St_Johns", "Asia/Kathmandu"];
  const config = (timeZone: string) => ({ timeZone, weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, ["00:30-01:30", "02:30-03:00", "23:30-24:00"]])) });
  const from = Date.UTC(2026, 0, 1);
  const to = Date.UTC(2027, 0, 1);

  it("are luxon's, in every zone, at every opening and closing of a year", () => {
    const script = `
      import { createSchedule } from "oppettider";
      const zones = ${JSON.stringify(ZONES)};
      const config = ${config.toString()};
      console.log(JSON.stringify(Object.fromEntries(zones.map((zone) => [zone, createSchedule(config(zone)).openIntervals(${from}, ${to}).map((i) => [i.start.getTime(), i.end.getTime()])]))));`;
    const installed = runIn("esm", script) as Record<string, [number, number][]>;
    for (const zone of ZONES) {
      const expected = library.createSchedule(config(zone)).openIntervals(from, to).map((i) => [i.start.getTime(), i.end.getTime()]);
      expect(expected.length, zone).toBeGreaterThan(700);
      expect(installed[zone], zone).toEqual(expected);
    }
  });
});

// `oppettider serve` as a real process on 127.0.0.1, port 0: the startup line, real HTTP,
// config reloads (good and bad edits), SIGTERM draining, and usage errors. The hours come
// from examples/organization.json: the library opens 10.00–19.00 on Mondays in winter.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, ROOT } from "../helpers/builtCli";
import { eventually, startServe, type Served } from "./helpers/serveProcess";

const dir = mkdtempSync(join(tmpdir(), "oppettider-serve-"));
const EXAMPLE = join(ROOT, "examples/organization.json");
const example = () => JSON.parse(readFileSync(EXAMPLE, "utf8"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configFile(name: string): string {
  const path = join(dir, name);
  copyFileSync(EXAMPLE, path);
  return path;
}
const mondayHours = async (served: Served) => {
  const response = await fetch(`${served.url}/units/biblioteket/days?from=2026-11-30&to=2026-11-30`);
  return ((await response.json()) as { days: { hours: string }[] }).days[0]!.hours;
};

describe("oppettider serve", () => {
  it("prints the address, answers over HTTP, and stops on SIGTERM with exit 0", async () => {
    const file = configFile("start.json");
    const served = await startServe(["--config", file]);
    try {
      expect(served.stdout()).toMatch(/^oppettider: serving Exempla kommun \(4 units\) at http:\/\/127\.0\.0\.1:\d+\/v1 — config .*start\.json, watched for edits\n/);
      const response = await fetch(`${served.url}/units/kommunhuset/status?at=2026-12-24T10:00`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(response.headers.get("etag")).toMatch(/^"/);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(((await response.json()) as { text: string }).text).toBe("Stängt idag, julafton · öppnar måndag 28 december 08.00");
      const missing = await fetch(`${served.url}/units/bibblan`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    } finally {
      expect(await served.stop()).toBe(0);
    }
    expect(served.stdout()).toMatch(/SIGTERM: stopping, finishing the requests in flight\noppettider: stopped\n$/);
  });

  it("serves the embedded Arjeplog default without --config", async () => {
    const served = await startServe([]);
    try {
      expect(served.stdout()).toMatch(/serving Arjeplogs kommun \(1 unit\) at .* — the embedded Arjeplog default/);
      const units = (await (await fetch(`${served.url}/units`)).json()) as { units: { id: string }[] };
      expect(units.units.map((u) => u.id)).toEqual(["arjeplogs-kommun"]);
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });

  it("puts a valid edit into service, and keeps the last good config through bad ones", async () => {
    const file = configFile("edits.json");
    const served = await startServe(["--config", file]);
    try {
      expect(await mondayHours(served)).toBe("10.00–19.00");

      // A valid edit, written in place, with a byte-order mark as Windows editors write it.
      const edited = example();
      edited.units[1].hours.weekly.mon = ["10:00-18:30"];
      writeFileSync(file, `\uFEFF${JSON.stringify(edited)}`);
      await eventually(async () => (await mondayHours(served)) === "10.00–18.30");
      await served.waitFor(/config reloaded \(version 2\): Exempla kommun, 4 units/);

      // Not JSON: logged, shown in /v1/health, the last good config answers.
      writeFileSync(file, "{ \"name\": ");
      await eventually(async () => ((await (await fetch(`${served.url}/health`)).json()) as { status: string }).status === "stale");
      await served.waitFor(/was not loaded; still serving version 2\. Problems:\n {2}\(config\): \S*edits\.json is not valid JSON: line 1, column 10: unexpected end of JSON input/);
      expect(await mondayHours(served)).toBe("10.00–18.30");

      // JSON, but not a valid config: every problem with its path.
      const broken = example();
      broken.units[1].hours.weekly.mon = ["19:00-10:00"];
      broken.units[2].id = "biblioteket";
      writeFileSync(file, JSON.stringify(broken));
      const problems = async () => ((await (await fetch(`${served.url}/health`)).json()) as { config: { problems: { path: string }[] } }).config.problems.map((p) => p.path);
      await eventually(async () => (await problems()).includes("units[2].id"));
      expect(await problems()).toEqual(["units[1].hours.weekly.mon[0]", "units[2].id"]);
      await served.waitFor(/units\[1\]\.hours\.weekly\.mon\[0\]: "19:00-10:00" ends before it starts/);
      expect(await mondayHours(served)).toBe("10.00–18.30");

      // Deleted: reported; then a new file renamed over it (as editors save) is loaded.
      rmSync(file);
      await served.waitFor(/cannot read .*edits\.json: ENOENT/);
      const fixed = example();
      fixed.units[1].hours.weekly.mon = ["09:00-19:00"];
      writeFileSync(`${file}.tmp`, JSON.stringify(fixed));
      renameSync(`${file}.tmp`, file);
      await eventually(async () => (await mondayHours(served)) === "09.00–19.00");
      const health = (await (await fetch(`${served.url}/health`)).json()) as { status: string; config: { version: number; problems: unknown[] } };
      expect(health).toMatchObject({ status: "ok", config: { version: 3, problems: [] } });
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });

  it("SIGTERM lets a request in flight finish before it exits 0", async () => {
    const served = await startServe(["--config", configFile("drain.json")]);
    const { port } = new URL(served.url);
    const socket = connect(Number(port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    let received = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => (received += chunk));
    const closed = new Promise((resolve) => socket.once("close", resolve));
    // Half a request: the server has begun it, so it is in flight, not an idle connection.
    socket.write("GET /v1/units/biblioteket/status?at=2026-12-24T10:00 HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    await new Promise((resolve) => setTimeout(resolve, 200));
    served.child.kill("SIGTERM");
    await served.waitFor(/SIGTERM: stopping/);
    expect(served.child.exitCode).toBeNull(); // still waiting for the request
    socket.write("\r\n");
    await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(received).toContain('"text":"Stängt idag, julafton · öppnar måndag 28 december 10.00"');
    expect(await served.exited).toBe(0);
  });

  it("usage problems exit 2 with a message", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ name: "Tom", units: [{ id: "a", name: "A" }] }));
    const cases: [string[], RegExp][] = [
      [["serve", "--port", "http"], /--port must be a whole number 0–65535, got "http"/],
      [["serve", "--port", "70000"], /--port must be a whole number 0–65535/],
      [["--config", join(dir, "nope.json"), "serve", "--port", "0"], /cannot read .*nope\.json: ENOENT/],
      [["--config", bad, "serve", "--port", "0"], /units\[0\]\.hours: is required/],
    ];
    for (const [args, message] of cases) {
      const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(message);
    }
  });

  it("a port in use is a usage error", async () => {
    const served = await startServe(["--config", configFile("first.json")]);
    try {
      const { port } = new URL(served.url);
      const result = spawnSync(process.execPath, [CLI, "serve", "--host", "127.0.0.1", "--port", port], { cwd: ROOT, encoding: "utf8" });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: EADDRINUSE`));
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });
});

// The edit API of the real `oppettider serve` process, on 127.0.0.1 and a free port: the
// token from a file and from the environment, a save answered with the new hours at once
// (not loaded a second time by the file watcher), an invalid save that changes nothing, and
// the usage errors. The hours come from examples/organization.json: the library opens
// 10.00–19.00 on Mondays in winter.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCliProcess } from "../helpers/builtCli";
import { startServe, type Served } from "./helpers/serveProcess";

const dir = mkdtempSync(join(tmpdir(), "oppettider-serve-edit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const EXAMPLE = join(ROOT, "examples/organization.json");
const TOKEN = "integration-edit-token-4f7c2a9e";

function configFile(name: string): string {
  const path = join(dir, name);
  copyFileSync(EXAMPLE, path);
  return path;
}
function tokenFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const withMonday = (hours: string) => {
  const config = JSON.parse(readFileSync(EXAMPLE, "utf8"));
  config.units[1].hours.weekly.mon = [hours];
  return JSON.stringify(config, null, 2);
};
const mondayHours = async (served: Served) => {
  const response = await fetch(`${served.url}/units/biblioteket/days?from=2026-11-30&to=2026-11-30`);
  return ((await response.json()) as { days: { hours: string }[] }).days[0]!.hours;
};
const put = async (served: Served, body: string, token = TOKEN) => {
  const etag = (await fetch(`${served.url}/config`)).headers.get("ETag")!;
  return fetch(`${served.url}/config`, { method: "PUT", headers: { Authorization: `Bearer ${token}`, "If-Match": etag, "Content-Type": "application/json" }, body });
};

describe("oppettider serve --edit-token-file", () => {
  it("saves a PUT into the file, and answers with the new hours at once, loaded once", async () => {
    const file = configFile("kommun.json");
    const served = await startServe(["--config", file, "--edit-token-file", tokenFile("token.txt", `${TOKEN}\n`)]);
    try {
      await served.waitFor(/the edit API is on: PUT \/v1\/config with the edit token; previous versions in \S*kommun\.json\.history\n/);
      expect(await mondayHours(served)).toBe("10.00–19.00");
      const response = await put(served, withMonday("10:00-18:30"));
      expect(response.status).toBe(200);
      // The very next request sees the new hours: no waiting for the file watcher.
      expect(await mondayHours(served)).toBe("10.00–18.30");
      expect(readFileSync(file, "utf8")).toBe(withMonday("10:00-18:30"));

      // Refused saves change nothing, and the service keeps answering from the last good config.
      const invalid = await put(served, withMonday("19:00-10:00"));
      expect(invalid.status).toBe(400);
      expect(((await invalid.json()) as { errors: { path: string }[] }).errors.map((error) => error.path)).toEqual(["units[1].hours.weekly.mon[0]"]);
      expect((await put(served, withMonday("10:00-17:00"), "not-the-token-0123456789")).status).toBe(401);
      expect(readFileSync(file, "utf8")).toBe(withMonday("10:00-18:30"));
      expect(await mondayHours(served)).toBe("10.00–18.30");

      // The watcher polls every 500 ms: after a second it has seen the file, and did not load it again.
      await new Promise((resolve) => setTimeout(resolve, 1200));
      const health = (await (await fetch(`${served.url}/health`)).json()) as { status: string; config: { version: number } };
      expect(health).toMatchObject({ status: "ok", config: { version: 2 } });
      expect(served.stdout().match(/config saved through the edit API \(version 2\); the previous one kept as \S+/g)).toHaveLength(1);
      expect(served.stdout()).not.toMatch(/config reloaded/);
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });

  it("takes the token from OPPETTIDER_EDIT_TOKEN, and refuses a body over 1 MB by its length", async () => {
    const served = await startServe(["--config", configFile("env.json")], { OPPETTIDER_EDIT_TOKEN: TOKEN });
    try {
      expect((await put(served, withMonday("09:00-19:00"))).status).toBe(200);
      expect(await mondayHours(served)).toBe("09.00–19.00");
      // Content-Length alone says it is too large: refused before the body is read.
      const status = await new Promise<number>((resolve, reject) => {
        const { port } = new URL(served.url);
        const call = request({ host: "127.0.0.1", port, path: "/v1/config", method: "PUT", headers: { Authorization: `Bearer ${TOKEN}`, "If-Match": "*", "Content-Type": "application/json", "Content-Length": 2_000_000 } });
        call.on("response", (response) => {
          resolve(response.statusCode!);
          call.destroy();
        });
        call.on("error", reject);
        call.write("{");
      });
      expect(status).toBe(413);
      expect(await mondayHours(served)).toBe("09.00–19.00");
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });

  it("without an edit token, PUT /v1/config is an unknown route", async () => {
    const served = await startServe(["--config", configFile("off.json")]);
    try {
      expect((await fetch(`${served.url}/config`, { method: "PUT", body: "{}" })).status).toBe(404);
      expect((await fetch(`${served.url}/health`)).status).toBe(200);
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });

  it("usage errors exit 2 with a clear message", () => {
    const config = configFile("usage.json");
    const cases: [string[], Record<string, string>, RegExp][] = [
      [["--config", config, "serve", "--edit-token-file", tokenFile("empty.txt", " \n")], {}, /the edit token file \S*empty\.txt is empty; put a token of at least 16 characters in it/],
      [["--config", config, "serve", "--edit-token-file", tokenFile("short.txt", "hemligt\n")], {}, /short\.txt: the edit token must be at least 16 characters, got 7/],
      [["--config", config, "serve", "--edit-token-file", join(dir, "missing.txt")], {}, /cannot read the edit token file \S*missing\.txt: ENOENT/],
      [["serve", "--edit-token-file", tokenFile("good.txt", TOKEN)], {}, /--edit-token-file needs --config FILE: edits are saved into that file/],
      [["serve"], { OPPETTIDER_EDIT_TOKEN: TOKEN }, /OPPETTIDER_EDIT_TOKEN needs --config FILE/],
      [["--config", config, "serve", "--edit-token-file", join(dir, "good.txt")], { OPPETTIDER_EDIT_TOKEN: TOKEN }, /give the edit token once: --edit-token-file or OPPETTIDER_EDIT_TOKEN, not both/],
    ];
    for (const [args, env, message] of cases) {
      const result = runCliProcess([...args, "--port", "0"], env);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(message);
      expect(result.stdout, args.join(" ")).toBe("");
    }
  });
});

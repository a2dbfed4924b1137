// Faults under load: `oppettider serve` answers a steady stream of requests while its config
// file is rewritten again and again — valid edits, half-written files, invalid JSON, invalid
// configs, files renamed over it — and not one request may fail. Bounded: three seconds of
// requests from eight loops on 127.0.0.1, then the process is stopped.
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { ROOT } from "../helpers/builtCli";
import { eventually, startServe } from "./helpers/serveProcess";

const dir = mkdtempSync(join(tmpdir(), "oppettider-serve-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("no request fails while the config is edited in a loop", async () => {
  const file = join(dir, "organization.json");
  copyFileSync(join(ROOT, "examples/organization.json"), file);
  const original = JSON.parse(readFileSync(file, "utf8"));
  const withMonday = (hours: string) => {
    const config = structuredClone(original);
    config.units[1].hours.weekly.mon = [hours];
    return JSON.stringify(config, null, 2);
  };
  const invalid = structuredClone(original);
  invalid.units[1].hours.weekly.mon = ["19:00-10:00"];
  const versions = [
    (text: string) => writeFileSync(file, text), // in place
    (text: string) => {
      writeFileSync(`${file}.tmp`, text); // a new file renamed over the old one
      renameSync(`${file}.tmp`, file);
    },
  ];
  const edits = [withMonday("10:00-18:00"), "{ not json", withMonday("10:00-19:00"), JSON.stringify(invalid), withMonday("10:00-18:00").slice(0, 400)];

  const served = await startServe(["--config", file]);
  const until = Date.now() + 3_000;
  const failures: string[] = [];
  let requests = 0;
  let writes = 0;
  const paths = ["/units/biblioteket/status", "/units/biblioteket/days?from=2026-11-30&to=2026-12-06", "/units", "/health"];

  const client = async (n: number) => {
    for (let i = n; Date.now() < until; i++) {
      const path = paths[i % paths.length]!;
      try {
        const response = await fetch(`${served.url}${path}`);
        const text = await response.text();
        requests++;
        if (response.status !== 200) failures.push(`${path}: ${response.status} ${text.slice(0, 200)}`);
        else JSON.parse(text); // a whole answer
      } catch (error) {
        failures.push(`${path}: ${(error as Error).message}`);
      }
    }
  };
  const editor = async () => {
    for (let i = 0; Date.now() < until; i++) {
      versions[i % versions.length]!(edits[i % edits.length]!);
      writes++;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  await Promise.all([editor(), ...Array.from({ length: 8 }, (_, n) => client(n))]);

  // The last edit, valid, goes into service; the process stops cleanly.
  writeFileSync(file, withMonday("10:00-17:45"));
  await eventually(async () => {
    const body = (await (await fetch(`${served.url}/units/biblioteket/days?from=2026-11-30&to=2026-11-30`)).json()) as { days: { hours: string }[] };
    return body.days[0]!.hours === "10.00–17.45";
  });
  expect(await served.stop()).toBe(0);

  console.log(`requests ${requests}, writes ${writes}, reloads ${served.stdout().split("config reloaded").length - 1}, rejected ${served.stderr().split("was not loaded").length - 1}`);
  expect(failures).toEqual([]);
  expect(requests).toBeGreaterThan(0);
  expect(writes).toBeGreaterThan(10);
  expect(served.stdout()).toMatch(/config reloaded/);
  expect(served.stderr()).toMatch(/was not loaded; still serving/);
}, 60_000);

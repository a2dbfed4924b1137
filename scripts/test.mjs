// The whole check, as `npm test` runs it:
//
// 1. types (tsc), the build (scripts/build.mjs: library, CLI, .d.ts, browser build);
// 2. the package: packed once; publint and "are the types wrong" on it;
// 3. the library tests (vitest project "library") once under each host time zone below,
//    since the answers must not depend on TZ;
// 4. the integration tests (project "integration": CLI and MCP processes, browsers, and the
//    packed package installed into temporary projects) once, with TZ=America/Los_Angeles so
//    that a Stockholm-bound answer leaking the host's zone fails. They get the tarball of
//    step 2 (env OPPETTIDER_TARBALL).
//
// Ends with one line `N passed, M failed` (tests, plus any step that failed) and exits
// non-zero when anything failed.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packTarball } from "../bench/bundle-size.mjs";

const LIBRARY_TIME_ZONES = ["UTC", "Europe/Stockholm", "America/Los_Angeles", "Pacific/Kiritimati"];
const INTEGRATION_TIME_ZONE = "America/Los_Angeles";
const BIN = "node_modules/.bin";

let passed = 0;
let failed = 0;
const failures = [];
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** Runs a step; unless `counted` by the caller, a non-zero exit counts as one failure. */
function step(title, command, args, env = {}, counted = false) {
  console.log(`\n=== ${title}`);
  const since = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok && !counted) {
    console.error(`\n✗ ${title} failed (exit ${result.status ?? result.signal})`);
    failed++;
    failures.push(title);
  }
  console.log(`--- ${title}: ${ok ? "ok" : "FAILED"} (${seconds(since)})`);
  return ok;
}

/** Starts a step in the background, its output kept; `finish()` prints it and counts a failure. */
function background(title, command, args) {
  const since = Date.now();
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exit = new Promise((resolve) => child.on("close", (code) => resolve(code)));
  return {
    async finish() {
      const code = await exit;
      console.log(`\n=== ${title}`);
      if (output) process.stdout.write(output);
      if (code !== 0) {
        console.error(`\n✗ ${title} failed (exit ${code})`);
        failed++;
        failures.push(title);
      }
      console.log(`--- ${title}: ${code === 0 ? "ok" : "FAILED"} (${seconds(since)}, beside the build)`);
    },
  };
}

/** Runs a vitest project and counts its tests from the JSON report. */
function vitest(title, project, env) {
  const report = `tests/artifacts/vitest-${title.replace(/[^a-z0-9]+/gi, "_")}.json`;
  rmSync(report, { force: true });
  const ok = step(title, `${BIN}/vitest`, ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${report}`], env, true);
  let json = null;
  try {
    json = JSON.parse(readFileSync(report, "utf8"));
  } catch {
    // no report: counted below
  }
  const problem = !json
    ? "no report"
    : json.numFailedTests > 0
      ? `${json.numFailedTests} failed`
      : json.numTotalTests === 0
        ? "ran no test"
        : !ok
          ? "failed outside a test (setup, an unhandled error)"
          : null;
  if (json) {
    passed += json.numPassedTests;
    failed += json.numFailedTests;
  }
  if (problem) {
    failures.push(`${title}: ${problem}`);
    if (!json || json.numFailedTests === 0) failed++;
  }
}

mkdirSync("tests/artifacts", { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), "oppettider-test-"));
try {
  // The type check and the build are independent: run them side by side (2 cores).
  const typecheck = background("typecheck", `${BIN}/tsc`, ["--noEmit"]);
  const built = step("build", process.execPath, ["scripts/build.mjs", "--silent"]);
  await typecheck.finish();

  let tarball = null;
  if (built) {
    console.log("\n=== pack");
    try {
      tarball = packTarball(join(scratch, "pack"));
      console.log(`${tarball}: ${(statSync(tarball).size / 1024).toFixed(1)} KB`);
    } catch (error) {
      console.error(`✗ pack failed: ${error.message}`);
      failed++;
      failures.push("pack");
    }
  }
  if (tarball) {
    step("publint", `${BIN}/publint`, ["--strict"]);
    step("are the types wrong", `${BIN}/attw`, [tarball]);
  }

  for (const tz of LIBRARY_TIME_ZONES) vitest(`library tests with TZ=${tz}`, "library", { TZ: tz });
  vitest(`integration tests with TZ=${INTEGRATION_TIME_ZONE}`, "integration", {
    TZ: INTEGRATION_TIME_ZONE,
    ...(tarball ? { OPPETTIDER_TARBALL: tarball } : {}),
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`\nLibrary tests under ${LIBRARY_TIME_ZONES.join(", ")}; integration tests under ${INTEGRATION_TIME_ZONE}. Took ${seconds(started)}.`);
if (failures.length > 0) console.log(`Failed: ${failures.join("; ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

// The whole check, as `npm test` runs it: types, build, the published package's shape,
// then the test suite once under each host time zone (the answers must not depend on TZ).
import { spawnSync } from "node:child_process";
import { readFileSync, mkdirSync, rmSync } from "node:fs";

const TIME_ZONES = ["UTC", "Europe/Stockholm", "America/Los_Angeles", "Pacific/Kiritimati"];
let passed = 0;
let failed = 0;

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${result.status})`);
    failed++;
    return false;
  }
  return true;
}

run("typecheck", "npx", ["tsc", "--noEmit"]);
run("build", "npx", ["tsup", "--silent"]);
run("browser build", "node", ["scripts/build-browser.mjs"]);
run("publint", "npx", ["publint", "--strict"]);
run("are the types wrong", "npx", ["attw", "--pack", ".", "--profile", "node16"]);

mkdirSync("tests/artifacts", { recursive: true });
for (const tz of TIME_ZONES) {
  const report = `tests/artifacts/vitest-${tz.replace("/", "_")}.json`;
  rmSync(report, { force: true });
  run(`tests with TZ=${tz}`, "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${report}`], { TZ: tz });
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (json.numTotalTests === 0) failed++;
  } catch {
    failed++;
  }
}

console.log(`\nAll time zones (${TIME_ZONES.join(", ")}):`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

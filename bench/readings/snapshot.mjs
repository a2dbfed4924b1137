// `node bench/readings/snapshot.mjs write` before a change to the reader (a speed-up, a
// refactor), `node bench/readings/snapshot.mjs` after: every acceptance text must read
// exactly as before (JSON of the whole result). The snapshot goes to the system's temp folder.
import { build } from "esbuild";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const snapshot = join(tmpdir(), "oppettider-readings.json");
const out = mkdtempSync(join(tmpdir(), "oppettider-readings-"));
try {
  const bundle = join(out, "texts.mjs");
  await build({ entryPoints: [join(here, "texts.ts")], bundle: true, platform: "node", format: "esm", outfile: bundle, alias: { vitest: join(here, "vitest-stub.ts") }, logLevel: "error" });
  const now = (await import(pathToFileURL(bundle).href)).readings(join(here, ".."));
  if (process.argv[2] === "write" || !existsSync(snapshot)) {
    writeFileSync(snapshot, JSON.stringify(now));
    console.log(`${Object.keys(now).length} readings written to ${snapshot}`);
  } else {
    const before = JSON.parse(readFileSync(snapshot, "utf8"));
    const changed = [...new Set([...Object.keys(before), ...Object.keys(now)])].filter((name) => before[name] !== now[name]);
    for (const name of changed.slice(0, 5)) console.log(`changed: ${name}\n  before ${before[name]?.slice(0, 300)}\n  now    ${now[name]?.slice(0, 300)}`);
    console.log(`${Object.keys(now).length} readings, ${changed.length} changed`);
    if (changed.length > 0) process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

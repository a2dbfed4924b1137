// `npm run build`: an empty dist/, then the package (tsup: library, CLI, types, licences),
// the one-file elements build for a script tag (published) and the one-file browser build the
// examples use (not published). Emptying first matters because
// everything in dist/ is published: a file left from an older build would ship too.
//
//   --quick   JavaScript only, no .d.ts and no browser build (`npm start`: a few seconds
//             instead of twenty; the .d.ts take rollup most of that time)
//   --silent  no tsup output
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";

const quick = process.argv.includes("--quick");
const silent = process.argv.includes("--silent") || quick;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync("dist", { recursive: true, force: true });
run("npx", ["tsup", ...(silent ? ["--silent"] : [])], quick ? { OPPETTIDER_BUILD_QUICK: "1" } : {});
// The per-module entries only make esbuild give each module its own chunk (tsup.config.ts);
// nothing imports them and "exports" does not publish them.
rmSync("dist/lib", { recursive: true, force: true });
// The elements' types name HTMLElement and the like: their .d.ts asks for the DOM library
// itself, so that a project without "dom" in its lib still checks them (the bundled .d.ts
// lose the reference written in src/entries/elements.ts).
if (!quick) {
  for (const file of ["dist/elements.d.ts", "dist/elements.d.cts"]) {
    const text = readFileSync(file, "utf8");
    if (!text.startsWith('/// <reference lib="dom" />')) writeFileSync(file, `/// <reference lib="dom" />\n${text}`);
  }
}
// The studio page is small and quick to build: also in --quick, as `serve` serves it at /studio.
run(process.execPath, ["scripts/build-studio.mjs"]);
if (!quick) {
  run(process.execPath, ["scripts/build-browser.mjs"]);
  run(process.execPath, ["scripts/build-elements.mjs"]);
}

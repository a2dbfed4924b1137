// The browser build: one ESM file with the library and its dependencies (luxon, zod,
// libphonenumber-js, swedish-holidays) inside, for a static page without a bundler:
//
//   <script type="module">import { createSchedule, presets } from "./oppettider.js";</script>
//
// Run with `npm run build:browser` (or `node scripts/build-browser.mjs`). Writes
// dist/browser/oppettider.js and its source map. The files are written to a temporary
// name and renamed, so a page or a test that reads them never sees half a file.
import { build } from "esbuild";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { luxonZone } from "./luxonZone.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist/browser/oppettider.js");

const result = await build({
  absWorkingDir: root,
  entryPoints: ["src/index.ts"],
  outfile,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2020",
  minify: true,
  sourcemap: true,
  metafile: true,
  write: false,
  logLevel: "warning",
  plugins: [luxonZone()],
});

mkdirSync(dirname(outfile), { recursive: true });
const suffix = `.tmp-${process.pid}`;
for (const file of result.outputFiles) {
  writeFileSync(file.path + suffix, file.contents);
  renameSync(file.path + suffix, file.path);
}

const bytes = result.metafile.outputs[relative(root, outfile)]?.bytes ?? 0;
console.log(`${relative(process.cwd(), outfile) || outfile}: ${(bytes / 1024).toFixed(1)} kB`);

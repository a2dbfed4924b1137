// The browser build: one ESM file with the library and its dependencies (luxon, zod,
// libphonenumber-js, swedish-holidays) inside, for a static page without a bundler:
//
//   <script type="module">import { createSchedule, presets } from "./oppettider.js";</script>
//
// Run with `npm run build:browser` (or `node scripts/build-browser.mjs`). Writes
// dist/browser/oppettider.js and its source map. The files are written to a temporary
// name and renamed, so a page or a test that reads them never sees half a file.
import { build } from "esbuild";
import { join, relative } from "node:path";
import { BROWSER_BUNDLE, ROOT as root, writeOutputFiles } from "./browserBundle.mjs";
import { luxonZone } from "./luxonZone.mjs";

const outfile = join(root, "dist/browser/oppettider.js");

const result = await build({ ...BROWSER_BUNDLE, entryPoints: ["src/index.ts"], outfile, plugins: [luxonZone()] });
writeOutputFiles(result.outputFiles);

const bytes = result.metafile.outputs[relative(root, outfile)]?.bytes ?? 0;
console.log(`${relative(process.cwd(), outfile) || outfile}: ${(bytes / 1024).toFixed(1)} kB`);

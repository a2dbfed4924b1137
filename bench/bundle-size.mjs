// Browser-bundle footprint, shared by `npm run bench` and tests/size.bundle.test.ts.
// Bundles an entry with esbuild the way a web app would ship it (ESM, minified,
// browser platform, es2020), gzips the result at level 9 and reports what went in.
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

/** The project root (this file lives in bench/). */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The page that imports `createSchedule` and `presets` and asks `isOpen`. */
export const BROWSER_ENTRY = "tests/fixtures/browser-entry.ts";

/** The same page with opening_hours.js instead, for comparison. */
const OPENING_HOURS_ENTRY = `import opening_hours from "opening_hours";
console.log(new opening_hours("Mo-Fr 08:00-16:00; PH off", null, 0).getState(new Date()));`;

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Whether an import path or metafile input names a Node built-in module. */
export function isNodeBuiltin(path) {
  const bare = path.replace(/^[a-z-]+:/, (p) => (p === "node:" ? "node:" : "")); // drop esbuild namespaces such as "file:"
  return bare.startsWith("node:") || NODE_BUILTINS.has(bare) || NODE_BUILTINS.has(bare.split("/")[0]);
}

async function bundle(options) {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    metafile: true,
    write: false,
    outfile: "bundle.js", // not written; names the single output
    logLevel: "silent",
    ...options,
  });
  const output = result.outputFiles.find((f) => f.path.endsWith(".js"));
  const text = output.text;
  const meta = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(meta.inputs)
    .map(([path, info]) => ({ path, bytes: info.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return {
    text,
    metafile: result.metafile,
    minifiedBytes: Buffer.byteLength(text),
    gzipBytes: gzipSync(text, { level: 9 }).length,
    inputs,
    imports: meta.imports ?? [],
  };
}

/** The oppettider browser page: { text, metafile, minifiedBytes, gzipBytes, inputs (by bytes in output), imports }. */
export function bundleOppettider() {
  return bundle({ entryPoints: [BROWSER_ENTRY] });
}

/** opening_hours.js alone, bundled the same way. */
export function bundleOpeningHours() {
  return bundle({ stdin: { contents: OPENING_HOURS_ENTRY, resolveDir: ROOT, loader: "js", sourcefile: "opening-hours-entry.js" } });
}

/** Bytes per package (node_modules/<pkg>) or per first folder of the project. */
export function bytesByPackage(inputs) {
  const sums = new Map();
  for (const { path, bytes } of inputs) {
    const m = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = m ? m[1] : path.split("/").slice(0, 2).join("/");
    sums.set(key, (sums.get(key) ?? 0) + bytes);
  }
  return [...sums].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

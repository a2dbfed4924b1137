// What a web page that uses oppettider ships, measured on the package as users get it:
// `npm pack`, the tarball installed into an empty project, and a page importing from
// "oppettider" bundled by esbuild the way a web app ships it (ESM, minified, browser
// platform, es2020, code splitting), gzipped at level 9: what the page loads up front, and
// apart from it each chunk it fetches only on demand (an import()). Shared by `npm run bench` and
// tests/integration/size.bundle.test.ts, so both measure the same thing.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { luxonZone } from "../scripts/luxonZone.mjs";

/** The project root (this file lives in bench/). */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

const KB = 1024;

/**
 * The pages measured, each a whole page's use of oppettider, with its budget (gzipped bytes).
 *
 * - `status`: a status badge. The issue's bar (#9): at most 40 KB. Measured 23.4 KB when set
 *   (named days, units, hardening merged): zod/mini and our code; of luxon only its IANAZone
 *   (the zone offsets), tree-shaken from luxon's sources by rollup (scripts/luxonZone.mjs),
 *   since esbuild keeps all of luxon (21 KB gzipped) for that one class.
 * - `contacts`: a "call us now" button (organisation, reachable contacts, a phone's display).
 *   Measured 56.0 KB when set: libphonenumber-js/min (its code and the metadata of every
 *   country's numbering plan) is about 60 % of it, and that metadata changes with each release
 *   of Google's libphonenumber. 60 KB leaves about 7 % for those updates; more than that is a
 *   real change to look at. (Set at 56 KB before the units, with a guess at their size; units
 *   and the places' calendars brought it to 56.0.)
 * - `contacts, from oppettider/contacts`: the same page through the subpath, same budget.
 * - `elements`: a page bundled with `import "oppettider/elements"`, all five elements (the
 *   calendar too). Issue #19's bar: at most 50 KB. The contacts element's phone numbers
 *   (libphonenumber-js) are an `import()` (src/elements/phoneSupport.ts), so the bundler puts
 *   them in a chunk of their own (28.5 KB gzipped) that the page fetches only when it builds
 *   contacts with phone numbers; the budget is for what the page loads up front. Measured
 *   43.1 KB when set (was 71.5 KB with the phones in it). The one file for a script tag has its
 *   own budget of 45 KB (tests/integration/elements.size.test.ts).
 * - `everything`: `import * as oppettider` — the whole library, what a page gets that cannot
 *   tree-shake. Measured 91.9 KB when first set at 120 KB; 122.0 KB once the reader read real
 *   pages (prose, units, kinds, tables, open-ended periods: issue 18), explainDay and Google
 *   Business Profile hours (issues 19, 20) had landed. 130 KB leaves room for a little more
 *   and still catches a dependency bundled whole by mistake (all of zod or libphonenumber-js'
 *   "max" metadata would add 50–100 KB).
 */
export const PAGES = [
  {
    name: "status",
    budget: 40 * KB,
    source: `import { createSchedule, presets } from "oppettider";
console.log(createSchedule(presets.arjeplog).isOpen(Date.now()));
`,
  },
  {
    name: "contacts",
    budget: 60 * KB,
    source: `import { createOrganization, presets } from "oppettider";
const kommun = createOrganization(presets.arjeplogKommun);
const [first] = kommun.reachable(Date.now());
const phone = first?.phones[0];
console.log(first && phone ? \`Ring \${first.name}: \${phone.display}\` : "Ingen svarar just nu");
`,
  },
  {
    name: "contacts, from oppettider/contacts",
    budget: 60 * KB,
    source: `import { presets } from "oppettider";
import { createOrganization } from "oppettider/contacts";
const kommun = createOrganization(presets.arjeplogKommun);
const [first] = kommun.reachable(Date.now());
const phone = first?.phones[0];
console.log(first && phone ? \`Ring \${first.name}: \${phone.display}\` : "Ingen svarar just nu");
`,
  },
  {
    name: "elements",
    budget: 50 * KB,
    source: `import "oppettider/elements";
`,
  },
  {
    name: "everything",
    budget: 130 * KB,
    source: `import * as oppettider from "oppettider";
console.log(oppettider);
`,
  },
];

/** The same pages with opening_hours.js, for comparison. */
const OPENING_HOURS_PAGE = `import opening_hours from "opening_hours";
console.log(new opening_hours("Mo-Fr 08:00-16:00; PH off", null, 0).getState(new Date()));
`;

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Whether an import path or metafile input names a Node built-in module. */
export function isNodeBuiltin(path) {
  const bare = path.replace(/^[a-z-]+:/, (p) => (p === "node:" ? "node:" : "")); // drop esbuild namespaces such as "file:"
  return bare.startsWith("node:") || NODE_BUILTINS.has(bare) || NODE_BUILTINS.has(bare.split("/")[0]);
}

/**
 * `npm pack` of the project (already built: dist/ is what gets packed) into a folder.
 * Returns the tarball's path.
 *
 * @example
 * packTarball("/tmp/pack") // => "/tmp/pack/oppettider-0.1.0.tgz"
 */
export function packTarball(destination, root = ROOT) {
  mkdirSync(destination, { recursive: true });
  // --ignore-scripts: the build is done (prepack would build again).
  const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", destination], { cwd: root, encoding: "utf8" });
  const [{ filename }] = JSON.parse(out);
  return join(destination, filename);
}

/**
 * An empty project with the tarball installed, as `npm install oppettider` would: the
 * folder's path. `extra` packages (e.g. an optional peer) come from npm's cache when there.
 *
 * @example
 * installTarball("/tmp/pack/oppettider-0.1.0.tgz", "/tmp/site") // => "/tmp/site"
 */
export function installTarball(tarball, directory, extra = []) {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, "package.json"), `${JSON.stringify({ name: "oppettider-consumer", private: true, type: "module" }, null, 2)}\n`);
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", tarball, ...extra], {
    cwd: directory,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return directory;
}

/**
 * The packages of an installed project (`node_modules/<name>` and `node_modules/@scope/<name>`)
 * and their bytes on disk (the sum of their files' sizes).
 *
 * @example
 * installedPackages("/tmp/site") // => [{ name: "oppettider", bytes: 2254000 }]
 */
export function installedPackages(directory) {
  const modules = join(directory, "node_modules");
  const packages = [];
  for (const name of readdirSync(modules)) {
    if (name.startsWith(".")) continue; // .package-lock.json, .bin
    if (name.startsWith("@")) {
      for (const inner of readdirSync(join(modules, name))) packages.push(`${name}/${inner}`);
    } else packages.push(name);
  }
  return packages.map((name) => ({ name, bytes: folderBytes(join(modules, name)) })).sort((a, b) => b.bytes - a.bytes);
}

/** The sum of the sizes of the files under a folder (symbolic links not followed). */
export function folderBytes(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

/**
 * Bundles with code splitting, as a web app's bundler does: what a dynamic `import()` reaches
 * goes to a chunk of its own. The page's initial load is its entry file and the chunks that
 * file imports statically; the other chunks (`lazy`) are fetched only when the code asks.
 */
async function bundle(options) {
  const result = await esbuild.build({
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    metafile: true,
    write: false,
    splitting: true,
    outdir: "out", // not written; names the outputs
    logLevel: "silent",
    ...options,
  });
  const outputs = result.metafile.outputs;
  const textOf = new Map(result.outputFiles.map((file) => [relativeOutput(file.path, options.absWorkingDir), file.text]));
  const entry = Object.keys(outputs).find((path) => path.endsWith(".js") && outputs[path].entryPoint !== undefined);
  const initial = [entry];
  for (let i = 0; i < initial.length; i++) {
    for (const imported of outputs[initial[i]].imports ?? []) {
      if (imported.kind === "import-statement" && !imported.external && !initial.includes(imported.path)) initial.push(imported.path);
    }
  }
  const describeFiles = (paths) => {
    const texts = paths.map((path) => textOf.get(path));
    return {
      text: texts.join("\n"),
      minifiedBytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
      // Each file is fetched (and compressed) on its own.
      gzipBytes: texts.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0),
      inputs: paths
        .flatMap((path) => Object.entries(outputs[path].inputs).map(([input, info]) => ({ path: input, bytes: info.bytesInOutput })))
        .sort((a, b) => b.bytes - a.bytes),
    };
  };
  const lazy = Object.keys(outputs)
    .filter((path) => path.endsWith(".js") && !initial.includes(path))
    .map((path) => ({ path, ...describeFiles([path]) }));
  return {
    ...describeFiles(initial),
    metafile: result.metafile,
    // What the page still loads from outside its own files (nothing, for a bundled page).
    imports: initial.flatMap((path) => outputs[path].imports ?? []).filter((imported) => imported.external),
    // How the initial files load the lazy chunks.
    dynamicImports: (outputs[entry].imports ?? []).filter((imported) => imported.kind === "dynamic-import"),
    lazy,
  };
}

/** An output file's path as the metafile names it (relative to the working directory). */
function relativeOutput(path, workingDirectory = process.cwd()) {
  return relative(workingDirectory, path).split("\\").join("/");
}

/**
 * A page bundled against the package installed in `directory`:
 * `{ text, metafile, minifiedBytes, gzipBytes, inputs (dist files by bytes in the output), imports }`.
 *
 * @example
 * (await bundlePage(PAGES[0], "/tmp/site")).gzipBytes // => 39737
 */
export function bundlePage(page, directory) {
  return bundle({ absWorkingDir: directory, stdin: { contents: page.source, resolveDir: directory, loader: "js", sourcefile: "page.js" } });
}

/**
 * The same page bundled from this repository's src/ with the dependencies as packages: not
 * what users get (the budget is measured on the package), but it shows which dependency the
 * bytes come from, which the bundled dist/ no longer can.
 *
 * @example
 * bytesByPackage((await bundlePageFromSource(PAGES[0])).inputs) // => [{ name: "luxon", bytes: 70981 }, …]
 */
export function bundlePageFromSource(page) {
  return bundle({
    absWorkingDir: ROOT,
    stdin: { contents: page.source, resolveDir: ROOT, loader: "js", sourcefile: "page.js" },
    alias: {
      "oppettider/contacts": "./src/entries/contacts.ts",
      "oppettider/chat": "./src/entries/chat.ts",
      "oppettider/exports": "./src/entries/exports.ts",
      "oppettider/elements": "./src/entries/elements.ts",
      oppettider: "./src/index.ts",
    },
    plugins: [luxonZone()], // as the package's build does (scripts/luxonZone.mjs)
  });
}

/** opening_hours.js alone, bundled the same way (from this repository's devDependencies). */
export function bundleOpeningHours() {
  return bundle({ absWorkingDir: ROOT, stdin: { contents: OPENING_HOURS_PAGE, resolveDir: ROOT, loader: "js", sourcefile: "opening-hours-page.js" } });
}

/**
 * Bytes per package (`node_modules/<pkg>`, or `src/<folder>` for this repository's code).
 *
 * @example
 * bytesByPackage([{ path: "node_modules/luxon/build/es6/luxon.mjs", bytes: 70981 }]) // => [{ name: "luxon", bytes: 70981 }]
 */
export function bytesByPackage(inputs) {
  const sums = new Map();
  for (const { path, bytes } of inputs) {
    const m = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = m ? m[1] : path.split("/").slice(0, 2).join("/");
    sums.set(key, (sums.get(key) ?? 0) + bytes);
  }
  return [...sums].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * A page's report as lines: total against the budget, the package's files in the bundle,
 * and the same page from src/ by package.
 *
 * @example
 * console.log(describePage(page, report, fromSource).join("\n"));
 */
export function describePage(page, report, fromSource) {
  const shipped = report.inputs.filter((input) => input.bytes > 0);
  return [
    `page "${page.name}": ${kb(report.minifiedBytes)} minified, ${kb(report.gzipBytes)} gzipped (${report.gzipBytes} B; budget ${kb(page.budget)})`,
    "  by input (the installed package's files; one chunk per module or dependency):",
    ...shipped.slice(0, 8).map(({ path, bytes }) => `    ${kb(bytes).padStart(9)}  ${path.replace(/^.*node_modules\//, "")}`),
    ...(shipped.length > 8 ? [`    … and ${shipped.length - 8} more files, ${kb(shipped.slice(8).reduce((sum, input) => sum + input.bytes, 0))} together`] : []),
    ...report.lazy.map((chunk) => `  loaded on demand: ${chunk.path.replace(/^out\//, "")}, ${kb(chunk.minifiedBytes)} minified, ${kb(chunk.gzipBytes)} gzipped (${chunk.gzipBytes} B) — ${bytesByPackage(chunk.inputs)[0]?.name ?? "?"}`),
    "  by package (the same page bundled from src/):",
    ...bytesByPackage(fromSource.inputs)
      .filter((entry) => entry.bytes > 0)
      .slice(0, 10)
      .map(({ name, bytes }) => `    ${kb(bytes).padStart(9)}  ${name}`),
  ];
}

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { defineConfig, type Options } from "tsup";
import { luxonZone } from "./scripts/luxonZone.mjs";
import { thirdPartyNotices } from "./scripts/thirdPartyNotices.mjs";

/*
 * What `npm install oppettider` gets (see README "Installing"):
 *
 * - The runtime dependencies (luxon, zod/mini, swedish-holidays, libphonenumber-js/min, and
 *   commander for the CLI) are bundled into dist/, so the package installs with no
 *   dependencies: zod (8.2 MB) and libphonenumber-js (13 MB) installed whole would be most of
 *   the footprint for a few hundred KB of code. Their licences go to dist/THIRD_PARTY_LICENSES.md.
 * - The library is split so that a bundler can drop what a page does not use: every source
 *   module is an entry point of the build, so esbuild's code splitting gives each its own
 *   chunk file (and each dependency's code a chunk by the modules that use it). With
 *   `"sideEffects": false`, a bundler leaves out every file a page does not reach; the status
 *   of a schedule does not pull in phone numbers. Fewer, larger chunks (one per set of public
 *   entries) were tried and measured: a chunk then mixes modules that every entry reaches, and
 *   the top-level code of the unused ones (zod schemas, libphonenumber's metadata) stays in
 *   every page. scripts/build.mjs then deletes the per-module entry files (dist/lib/): nothing
 *   imports them, and "exports" does not publish them.
 * - Peer dependencies (the MCP SDK, hono) stay external: only `oppettider mcp` / `serve` load them.
 * - dist/ is emptied by scripts/build.mjs first (tsup runs the builds below in parallel, so
 *   none of them may clean).
 * - No source maps: dist/ is not minified, so stack traces read as they are, and maps of the
 *   bundled dependencies would triple the package.
 */

/** The public entry points: `oppettider` and its subpaths (package.json "exports"). */
const LIBRARY_ENTRIES = {
  index: "src/index.ts",
  contacts: "src/entries/contacts.ts",
  chat: "src/entries/chat.ts",
  exports: "src/entries/exports.ts",
  // oppettider/server (createApp): needs the optional peer `hono`, which stays external.
  server: "src/server/index.ts",
  // oppettider/elements: defines the custom elements (its one side effect; package.json "sideEffects").
  elements: "src/entries/elements.ts",
};

/**
 * Modules that are also loaded with `import()` (the elements' phone numbers,
 * src/elements/phoneSupport.ts). Not entries: an entry's `import()` would name its entry file
 * in dist/lib/, which is deleted; esbuild gives the module a chunk of its own instead.
 */
const LAZY_MODULES = ["src/contacts/withPhones.ts"];

/**
 * Every library module (not the CLI's, not the compile-time checks, not LAZY_MODULES) as an entry, `lib/<path>`.
 * Top-level side effects (custom elements defining themselves) belong in an entry file of
 * src/entries/, which is not one of these, so that they stay in that entry's own output file;
 * list that file under "sideEffects" in package.json, or bundlers drop `import "…/elements"`.
 */
function moduleEntries(folder = "src"): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, name.name);
    if (name.isDirectory()) {
      if (!["src/cli", "src/mcp", "src/entries", "src/elements/browser", "src/studio"].includes(path)) Object.assign(entries, moduleEntries(path));
    } else if (name.name.endsWith(".ts") && path !== "src/index.ts" && path !== "src/public/typeChecks.ts" && !LAZY_MODULES.includes(path)) {
      entries[`lib/${path.slice("src/".length, -".ts".length)}`] = path;
    }
  }
  return entries;
}

/** Resolves the CLI's `import("../server/index")` to the built `./server.js` beside dist/cli.js. */
const serverEntryExternal = {
  name: "server-entry-external",
  setup(build: { onResolve(options: { filter: RegExp }, callback: () => { path: string; external: boolean }): void }) {
    build.onResolve({ filter: /^\.\.\/server\/index$/ }, () => ({ path: "./server.js", external: true }));
  },
};

/** `scripts/build.mjs --quick` (`npm start`): JavaScript only, no .d.ts. */
const types = process.env.OPPETTIDER_BUILD_QUICK ? false : { entry: LIBRARY_ENTRIES };

const shared: Options = {
  target: "es2020",
  platform: "neutral",
  // tsup bundles what is not in "dependencies"/"peerDependencies": everything but the peers.
  // Node's built-ins are for the CLI only.
  external: [/^node:/],
  splitting: true,
  sourcemap: false,
  minify: false,
  // luxonZone: zone.ts gets luxon's IANAZone without the rest of luxon (scripts/luxonZone.mjs).
  esbuildPlugins: [luxonZone(), thirdPartyNotices("dist/THIRD_PARTY_LICENSES.md")],
  esbuildOptions(options) {
    // The "neutral" platform reads only package.json "exports"; take ESM builds from older fields too.
    options.mainFields = ["module", "main"];
  },
};

export default defineConfig([
  {
    // ESM: the library entries and their chunks.
    ...shared,
    entry: { ...LIBRARY_ENTRIES, ...moduleEntries() },
    format: ["esm"],
    dts: types,
  },
  {
    // CommonJS for `require("oppettider")`, split the same way so that the subpaths share one
    // copy of each class (`instanceof ConfigError` holds across them).
    ...shared,
    entry: { ...LIBRARY_ENTRIES, ...moduleEntries() },
    format: ["cjs"],
    dts: types,
  },
  {
    // The `oppettider` command, for Node: one file. commander is CommonJS and requires Node's
    // built-ins, which an ES module can only do through createRequire.
    ...shared,
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    splitting: false,
    // `oppettider serve` loads the server entry on demand from dist/server.js (it imports the
    // optional peer hono); bundled in, hono's import would be hoisted and every command would need it.
    esbuildPlugins: [...(shared.esbuildPlugins ?? []), serverEntryExternal],
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
  },
]);

// An esbuild plugin (tsup.config.ts, scripts/build-browser.mjs, scripts/build-elements.mjs)
// that gives src/zone/zone.ts luxon's IANAZone without the rest of luxon.
//
// Why: zone.ts needs one class of luxon, IANAZone (a zone's UTC offsets). esbuild cannot
// tree-shake luxon down to it: luxon's modules import each other in cycles (IANAZone → util
// → settings → datetime → … → IANAZone), and esbuild keeps the whole cycle, about 70 KB
// minified (21 KB gzipped) — half of a web page that only asks `isOpen`. rollup, told what
// luxon's own package.json declares (`"sideEffects": false`), follows the cycles and keeps
// only what IANAZone uses: about 3.5 KB minified. It is luxon's own code, from luxon's ES
// sources (node_modules/luxon/src), unchanged; only the tree-shaking is rollup's.
//
// Every other import of "luxon" (src/zone/isoInstant.ts: DateTime for ISO texts, used by the
// CLI, the chat tools and the service) gets the whole of luxon as usual.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import { rollup } from "rollup";

const require = createRequire(import.meta.url);
const LUXON_DIR = dirname(require.resolve("luxon/package.json"));
const IANA_ZONE_SOURCE = join(LUXON_DIR, "src", "zones", "IANAZone.js");
/** The one importer that gets luxon's IANAZone alone. */
const ZONE_MODULE = `${sep}src${sep}zone${sep}zone.ts`;
const NAMESPACE = "luxon-iana-zone";
const ENTRY = "\0luxon-iana-zone-entry";

let bundled;

/**
 * luxon's IANAZone, tree-shaken by rollup from luxon's ES sources: one ES module with the
 * named export `IANAZone`. Built once per process.
 *
 * @example
 * (await ianaZoneModule()).includes("class IANAZone") // => true
 */
export function ianaZoneModule() {
  bundled ??= build();
  return bundled;
}

async function build() {
  const manifest = JSON.parse(readFileSync(join(LUXON_DIR, "package.json"), "utf8"));
  // The tree-shaking below relies on luxon's own promise; if a release takes it back, stop.
  if (manifest.sideEffects !== false) {
    throw new Error(`luxon ${manifest.version} no longer declares "sideEffects": false; scripts/luxonZone.mjs cannot tree-shake it safely`);
  }
  const bundle = await rollup({
    input: ENTRY,
    treeshake: { moduleSideEffects: false },
    plugins: [
      {
        name: "luxon-iana-zone-entry",
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? `export { default as IANAZone } from ${JSON.stringify(IANA_ZONE_SOURCE)};` : null),
      },
    ],
    onwarn(warning, warn) {
      if (warning.code !== "CIRCULAR_DEPENDENCY") warn(warning); // luxon's cycles are the reason for this file
    },
  });
  const { output } = await bundle.generate({ format: "es" });
  await bundle.close();
  return `// luxon ${manifest.version}: IANAZone from luxon/src, tree-shaken (scripts/luxonZone.mjs)\n${output[0].code}`;
}

/**
 * The esbuild plugin: `import { IANAZone } from "luxon"` in src/zone/zone.ts resolves to
 * {@link ianaZoneModule}; every other import is left alone.
 *
 * @example
 * await esbuild.build({ entryPoints: ["src/index.ts"], bundle: true, plugins: [luxonZone()] });
 */
export function luxonZone() {
  return {
    name: "luxon-iana-zone",
    setup(build) {
      build.onResolve({ filter: /^luxon$/ }, (args) =>
        args.importer.endsWith(ZONE_MODULE) ? { path: IANA_ZONE_SOURCE, namespace: NAMESPACE } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, async () => ({ contents: await ianaZoneModule(), loader: "js", resolveDir: LUXON_DIR }));
    },
  };
}

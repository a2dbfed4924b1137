// An esbuild plugin (used by tsup.config.ts) that writes the licence notices of every
// package bundled into dist/. The list comes from what esbuild actually put in the output
// (its metafile), so a dependency added later gets its notice without anyone remembering to.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative } from "node:path";

const PACKAGE_DIR = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//;
const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.|$)/i;

/**
 * The packages (name → directory) whose code esbuild put into an output, from its metafile.
 *
 * @example
 * bundledPackages(result.metafile) // => Map { "luxon" => "node_modules/luxon", … }
 */
export function bundledPackages(metafile) {
  const packages = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [inputPath, input] of Object.entries(output.inputs)) {
      if (input.bytesInOutput === 0) continue;
      // A plugin's module is listed as "namespace:/path" (scripts/luxonZone.mjs: "luxon-iana-zone:…").
      const unprefixed = inputPath.replace(/^[a-z-]+:(?=\/)/, "");
      const path = isAbsolute(unprefixed) ? relative(process.cwd(), unprefixed) : unprefixed;
      const match = PACKAGE_DIR.exec(path);
      if (match) packages.set(match[1], path.slice(0, match.index + match[0].length - 1).replace(/^\//, ""));
    }
  }
  return packages;
}

/**
 * The notices file for packages (name → directory): name, version, licence and the full
 * text of every licence file each package ships.
 *
 * @example
 * noticesText(new Map([["luxon", "node_modules/luxon"]])) // "# Third-party licences\n…## luxon 3.7.2 (MIT)…"
 */
export function noticesText(packages, root = process.cwd()) {
  const sections = [...packages]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, dir]) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
      const files = readdirSync(join(root, dir)).filter((file) => LICENCE_FILE.test(file)).sort();
      if (files.length === 0) throw new Error(`${name} ships no licence file; add its notice by hand`);
      const texts = files.map((file) => `### ${file}\n\n\`\`\`\n${readFileSync(join(root, dir, file), "utf8").trim()}\n\`\`\``);
      return [`## ${name} ${manifest.version} (${manifest.license})`, "", ...texts].join("\n");
    });
  return [
    "# Third-party licences",
    "",
    "oppettider bundles the following packages into dist/ (so that installing it adds no dependencies).",
    "Their licences and copyright notices follow.",
    "",
    ...sections,
    "",
  ].join("\n");
}

/**
 * The plugin: after each build, writes `file` with the notices of every package any build
 * of this process bundled (tsup runs the ESM and CJS builds in one process).
 *
 * @example
 * defineConfig({ esbuildPlugins: [thirdPartyNotices("dist/THIRD_PARTY_LICENSES.md")] })
 */
export function thirdPartyNotices(file) {
  const all = new Map();
  return {
    name: "third-party-notices",
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd((result) => {
        if (!result.metafile) return;
        for (const [name, dir] of bundledPackages(result.metafile)) all.set(name, dir);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, noticesText(all));
      });
    },
  };
}

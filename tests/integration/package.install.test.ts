// `npm install oppettider` as a website gets it (issue #9): the packed tarball installed into
// an empty project (tests/integration/globalSetup.ts). What it adds, what the tarball
// carries, and the licences of what it bundles.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { installedPackages, ROOT } from "../../bench/bundle-size.mjs";

const MAX_PACKAGES = 6;
const MAX_INSTALL_BYTES = 10 * 1000 * 1000; // "under 10 MB"

/** The runtime code the package bundles instead of depending on it (devDependencies here). */
const BUNDLED = ["commander", "libphonenumber-js", "luxon", "swedish-holidays", "zod"];
/** The elements as one file each for a `<script type="module">` tag (from a CDN or a copy): published, reached by no export. */
const SCRIPT_TAG_FILES = ["dist/browser/oppettider-elements-phone.js", "dist/browser/oppettider-elements.js"];
/** Loaded by `oppettider mcp` / `serve` only, when the user installed them. */
const OPTIONAL_PEERS = ["@hono/node-server", "@modelcontextprotocol/sdk", "hono"];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const installed = () => join(inject("consumer"), "node_modules/oppettider");
const manifest = () => JSON.parse(readFileSync(join(installed(), "package.json"), "utf8")) as Record<string, unknown>;

/** The files in the tarball, without the `package/` prefix. */
function tarballFiles(): string[] {
  return execFileSync("tar", ["-tzf", inject("tarball")], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ""));
}

/** Every file a module reaches through its relative imports/exports/requires (itself included). */
function reachable(files: ReadonlySet<string>, start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start)) return seen;
  seen.add(start);
  const text = readFileSync(join(installed(), start), "utf8");
  const specifiers = [...text.matchAll(/(?:from\s*|import\s*\(?\s*|require\(\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
  for (const specifier of specifiers) {
    const resolved = posix.normalize(posix.join(posix.dirname(start), specifier));
    const candidates = [resolved, resolved.replace(/\.js$/, ".d.ts"), resolved.replace(/\.cjs$/, ".d.cts"), `${resolved}.d.ts`];
    const found = candidates.find((candidate) => files.has(candidate));
    if (!found) throw new Error(`${start} imports ${specifier}, which is not in the package`);
    reachable(files, found, seen);
  }
  return seen;
}

describe("npm install oppettider (the packed tarball, into an empty project)", () => {
  it(`adds at most ${MAX_PACKAGES} packages, under 10 MB on disk`, () => {
    const packages = installedPackages(inject("consumer"));
    const total = packages.reduce((sum, p) => sum + p.bytes, 0);
    console.log(
      [
        `installed: ${packages.length} package(s), ${total} bytes (${kb(total)}); tarball ${kb(statSync(inject("tarball")).size)}`,
        ...packages.map((p) => `  ${kb(p.bytes).padStart(10)}  ${p.name}`),
      ].join("\n"),
    );
    expect(packages.map((p) => p.name)).toContain("oppettider");
    expect(packages.length).toBeLessThanOrEqual(MAX_PACKAGES);
    expect(total).toBeLessThan(MAX_INSTALL_BYTES);
  });

  it("has no dependencies: the runtime code is bundled; the server packages are optional peers", () => {
    const pkg = manifest();
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.peerDependencies as object).sort()).toEqual(OPTIONAL_PEERS);
    expect(pkg.peerDependenciesMeta).toEqual(Object.fromEntries(OPTIONAL_PEERS.map((name) => [name, { optional: true }])));
  });
});

describe("the tarball", () => {
  const files = tarballFiles();

  it("carries dist/, the README, the licence and package.json, and nothing else", () => {
    expect(files.filter((path) => !path.startsWith("dist/") && !["package.json", "README.md", "LICENSE"].includes(path))).toEqual([]);
    expect(files).toContain("LICENSE"); // the package's own MIT licence (the bundled ones are in dist/THIRD_PARTY_LICENSES.md)
    expect(files.filter((path) => /\.map$|^src\/|^dist\/lib\/|^tests?\//.test(path))).toEqual([]);
    // Of the one-file browser builds only the elements' (for script tags); the examples' build stays home.
    expect(files.filter((path) => path.startsWith("dist/browser/")).sort()).toEqual(SCRIPT_TAG_FILES);
    // Besides code: the licences, and the studio page `oppettider serve` answers /studio with (one self-contained file).
    expect(files.filter((path) => path.startsWith("dist/") && !/\.(js|cjs|d\.ts|d\.cts)$/.test(path)).sort()).toEqual(["dist/THIRD_PARTY_LICENSES.md", "dist/studio/index.html"]);
  });

  it("has no file that no entry point reaches (each .js, .cjs and .d.ts is loaded by an export or the bin)", () => {
    const set = new Set(files);
    const pkg = manifest();
    const exportsMap = pkg.exports as Record<string, string | Record<string, Record<string, string>>>;
    const starts = Object.values(exportsMap)
      .flatMap((target) => (typeof target === "string" ? [target] : Object.values(target).flatMap((conditions) => Object.values(conditions))))
      .concat(Object.values(pkg.bin as Record<string, string>), SCRIPT_TAG_FILES)
      .map((path) => path.replace(/^\.\//, ""))
      .filter((path) => path !== "package.json");
    for (const start of starts) expect(set.has(start), `${start} (named in package.json) is in the tarball`).toBe(true);
    const used = new Set<string>();
    for (const start of starts) for (const file of reachable(set, start)) used.add(file);
    expect(files.filter((path) => /\.(js|cjs|d\.ts|d\.cts)$/.test(path) && !used.has(path))).toEqual([]);
  });

  it("carries the licence of every package it bundles, at the version bundled", () => {
    const notices = readFileSync(join(installed(), "dist/THIRD_PARTY_LICENSES.md"), "utf8");
    const headings = [...notices.matchAll(/^## (\S+) (\S+) \((.+)\)$/gm)].map((m) => ({ name: m[1]!, version: m[2]!, license: m[3]! }));
    expect(headings.map((h) => h.name)).toEqual(BUNDLED);
    for (const { name, version, license } of headings) {
      const source = JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string; license: string };
      expect({ name, version, license }).toEqual({ name, version: source.version, license: source.license });
    }
    expect(notices).toContain("Copyright 2019 JS Foundation and other contributors"); // luxon's notice, in full
    expect(notices).toContain("Apache License"); // libphonenumber-js' metadata, from Google's libphonenumber
  });

  it("bundles each package's code only once per format (the subpaths share chunks)", () => {
    // A text of luxon, of zod's core and of libphonenumber's metadata: one copy in the ESM
    // chunks and one in the CJS chunks (the CLI and the script-tag files are bundles of their own).
    const markers = { luxon: "Invalid DateTime", zod: '"$ZodType"', "libphonenumber-js": "country_calling_codes" };
    for (const [name, marker] of Object.entries(markers)) {
      for (const extension of [".js", ".cjs"]) {
        // The CLI and the script-tag files are bundles of their own, whole by design.
        const own = (path: string) => path === "dist/cli.js" || SCRIPT_TAG_FILES.includes(path);
        const holders = files.filter((path) => path.endsWith(extension) && !own(path) && readFileSync(join(installed(), path), "utf8").includes(marker));
        expect(holders, `${name} in ${extension}`).toHaveLength(1);
      }
    }
  });
});

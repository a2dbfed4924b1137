// What the one-file browser builds share (scripts/build-browser.mjs for the examples,
// scripts/build-elements.mjs for the script-tag elements): esbuild's options for one
// minified ES module for browsers, and writing the files so that no reader sees half a file.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file lives in scripts/). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** esbuild options of a one-file browser build, written in memory (`write: false`). */
export const BROWSER_BUNDLE = {
  absWorkingDir: ROOT,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2020",
  minify: true,
  sourcemap: true,
  metafile: true,
  write: false,
  logLevel: "warning",
};

/**
 * Writes esbuild's output files, each to a temporary name first and then renamed over the
 * old one, so that a page or a test reading them never sees half a file.
 *
 * @example
 * writeOutputFiles((await build({ ...BROWSER_BUNDLE, entryPoints, outfile })).outputFiles);
 */
export function writeOutputFiles(files) {
  const suffix = `.tmp-${process.pid}`;
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path + suffix, file.contents);
    renameSync(file.path + suffix, file.path);
  }
}

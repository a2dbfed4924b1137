import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/*
 * Builds what the process tests run (dist/cli.js, dist/browser/oppettider.js,
 * dist/browser/oppettider-elements.js) once, before
 * any test file starts, when it is missing or older than its sources. Building here and
 * not in the test files keeps parallel test files from running a half-written build.
 * `npm test` builds first anyway; this is for `npx vitest` on its own.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function newest(paths: readonly string[]): number {
  return Math.max(
    0,
    ...paths.map((path) => {
      const stats = statSync(path);
      if (!stats.isDirectory()) return stats.mtimeMs;
      return newest(readdirSync(path).map((name) => join(path, name)));
    }),
  );
}

function isStale(output: string, sources: readonly string[]): boolean {
  return !existsSync(output) || statSync(output).mtimeMs < newest(sources);
}

export default function setup(): void {
  const sources = ["src", "package.json", "tsup.config.ts"].map((path) => join(ROOT, path));
  if (isStale(join(ROOT, "dist/cli.js"), sources) || isStale(join(ROOT, "dist/index.js"), sources)) {
    execFileSync("npx", ["tsup", "--silent"], { cwd: ROOT, stdio: "inherit" });
  }
  const browserBuild = join(ROOT, "scripts/build-browser.mjs");
  if (isStale(join(ROOT, "dist/browser/oppettider.js"), [...sources, browserBuild])) {
    execFileSync(process.execPath, [browserBuild], { cwd: ROOT, stdio: "inherit" });
  }
  const elementsBuild = join(ROOT, "scripts/build-elements.mjs");
  if (isStale(join(ROOT, "dist/browser/oppettider-elements.js"), [...sources, elementsBuild])) {
    execFileSync(process.execPath, [elementsBuild], { cwd: ROOT, stdio: "inherit" });
  }
}

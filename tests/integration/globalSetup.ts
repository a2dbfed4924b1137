import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { installTarball, packTarball } from "../../bench/bundle-size.mjs";

/*
 * Before any integration test file starts:
 *
 * 1. dist/ (library, CLI, types, browser build) is built when missing or older than its
 *    sources. `npm test` builds first anyway; this is for `npx vitest` on its own. Building
 *    here and not in the test files keeps parallel files from reading a half-written build.
 * 2. The package is packed once: the tarball `npm test` made (env OPPETTIDER_TARBALL), or a
 *    new one. The package tests share it, and one empty project with it installed
 *    (`inject("consumer")`) as `npm install oppettider` would leave it: nothing else in it.
 *    Tests that need more (an optional peer) install into a project of their own.
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** The packed package, `…/oppettider-<version>.tgz`. */
    tarball: string;
    /** A project with only the tarball installed (`node_modules/oppettider`). Do not add to it. */
    consumer: string;
    /** A scratch folder for this run, removed afterwards. */
    scratch: string;
  }
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

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

function isStale(outputs: readonly string[], sources: readonly string[]): boolean {
  const newestSource = newest(sources);
  return outputs.some((output) => !existsSync(output) || statSync(output).mtimeMs < newestSource);
}

export default function setup(project: TestProject): () => void {
  const sources = ["src", "package.json", "tsup.config.ts", "scripts"].map((path) => join(ROOT, path));
  const outputs = ["dist/index.js", "dist/index.d.ts", "dist/cli.js", "dist/browser/oppettider.js", "dist/browser/oppettider-elements.js"].map((path) => join(ROOT, path));
  if (!process.env.OPPETTIDER_TARBALL && isStale(outputs, sources)) {
    execFileSync(process.execPath, ["scripts/build.mjs", "--silent"], { cwd: ROOT, stdio: "inherit" });
  }

  const given = process.env.OPPETTIDER_TARBALL;
  if (given !== undefined && !(given.endsWith(".tgz") && existsSync(given))) throw new Error(`OPPETTIDER_TARBALL is ${given}, which is not a packed .tgz`);
  const scratch = mkdtempSync(join(tmpdir(), "oppettider-integration-"));
  const tarball = given ?? packTarball(join(scratch, "pack"));
  const consumer = installTarball(tarball, join(scratch, "consumer"));
  project.provide("tarball", tarball);
  project.provide("consumer", consumer);
  project.provide("scratch", scratch);
  return () => rmSync(scratch, { recursive: true, force: true });
}

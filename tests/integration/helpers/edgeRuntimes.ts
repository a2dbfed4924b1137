import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { startWorker } from "../../../examples/edge/dev.mjs";
import { ROOT } from "../../helpers/builtCli";

/** A runtime's binary: its version when `<bin> --version` runs here, else why not. */
export type Probe = { readonly runs: true; readonly version: string } | { readonly runs: false; readonly reason: string };

/** A service running under a runtime, on 127.0.0.1. */
export interface RunningService {
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  stop(): Promise<void>;
}

/** The binaries the `workerd`, `deno` and `bun` devDependencies install. */
export const BINARIES = {
  workerd: join(ROOT, "node_modules/.bin/workerd"),
  deno: join(ROOT, "node_modules/.bin/deno"),
  bun: join(ROOT, "node_modules/.bin/bun"),
} as const;

/**
 * Runs `<bin> --version`: a binary that is missing (its postinstall could not fetch it) or built
 * for another machine gives the reason to skip, with the output.
 *
 * @example
 * probe(BINARIES.deno); // { runs: true, version: "deno 2.9.6 (stable, release, x86_64-unknown-linux-gnu)" }
 */
export function probe(bin: string): Probe {
  const result = spawnSync(bin, ["--version"], { encoding: "utf8", timeout: 20_000 });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
  if (result.error) return { runs: false, reason: `${bin} --version failed: ${result.error.message}` };
  if (result.status !== 0) return { runs: false, reason: `${bin} --version exited ${result.status ?? result.signal}: ${output || "no output"}` };
  return { runs: true, version: output.split("\n")[0]!.trim() };
}

/**
 * The date `workerd --version` prints (`workerd 2026-04-26`): the newest compatibility date
 * it supports.
 *
 * @example
 * newestCompatibilityDate("workerd 2026-04-26"); // "2026-04-26"
 */
export function newestCompatibilityDate(workerdVersion: string): string {
  const date = /\b(\d{4}-\d{2}-\d{2})\b/.exec(workerdVersion)?.[1];
  if (!date) throw new Error(`no date in workerd's version line "${workerdVersion}"`);
  return date;
}

/**
 * examples/edge/worker.js in workerd (Miniflare, examples/edge/dev.mjs) on a free port.
 *
 * @example
 * const worker = await startWorkerd(); await fetch(`${worker.origin}/v1/units`); await worker.stop();
 */
export const startWorkerd = (): Promise<RunningService> => startWorker(0);

/**
 * Starts tests/integration/helpers/edgeServe.mjs under Deno or Bun: the built handler
 * (dist/server.js) serving `configFile`, and waits for its `listening <port>` line.
 *
 * @example
 * const deno = await startScript("deno", "examples/organization.json"); await deno.stop();
 */
export function startScript(runtime: "deno" | "bun", configFile: string): Promise<RunningService> {
  const script = join(ROOT, "tests/integration/helpers/edgeServe.mjs");
  const args = runtime === "deno" ? ["run", `--allow-read=${ROOT}`, "--allow-net=127.0.0.1", script, configFile] : [script, configFile];
  const child = spawn(BINARIES[runtime], args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`${runtime} did not print its port in 30 s`), 30_000);
    function fail(why: string) {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${why}:\n${output}`));
    }
    const early = (code: number | null) => fail(`${runtime} exited ${code} before listening`);
    child.once("exit", early);
    const read = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const port = /^listening (\d+)$/m.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.off("exit", early);
      resolve({
        origin: `http://127.0.0.1:${port}`,
        async stop() {
          child.kill("SIGTERM");
          await exited;
        },
      });
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
  });
}

import { spawn, type ChildProcess } from "node:child_process";
import { CLI, ROOT } from "../../helpers/builtCli";

/** A running `oppettider serve` process. */
export interface Served {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:PORT/v1`, from the startup line. */
  readonly url: string;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  /** Waits until stdout or stderr has a line matching `pattern` (at most `ms`). */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `node dist/cli.js serve --host 127.0.0.1 --port 0 …args` and waits for its startup
 * line. Rejects with the output when it exits first.
 */
export function startServe(args: readonly string[], env: Record<string, string> = {}): Promise<Served> {
  const child = spawn(process.execPath, [CLI, "serve", "--host", "127.0.0.1", "--port", "0", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  const waiters = new Set<() => void>();
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
    for (const waiter of waiters) waiter();
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    err += chunk;
    for (const waiter of waiters) waiter();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const waitFor = (pattern: RegExp, ms = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(out) || pattern.test(err)) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no ${pattern} within ${ms} ms; stdout:\n${out}\nstderr:\n${err}`));
      }, ms);
      waiters.add(check);
      check();
    });

  return new Promise((resolve, reject) => {
    exited.then((code) => reject(new Error(`serve exited with ${code} before it listened; stdout:\n${out}\nstderr:\n${err}`)));
    waitFor(/at (http:\/\/127\.0\.0\.1:\d+\/v1)/).then(() => {
      const url = /at (http:\/\/127\.0\.0\.1:\d+\/v1)/.exec(out)![1]!;
      resolve({
        child,
        url,
        stdout: () => out,
        stderr: () => err,
        exited,
        waitFor,
        stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
          return exited;
        },
      });
    }, reject);
  });
}

/** Polls `check` every 20 ms until it returns true (at most `ms`). */
export async function eventually(check: () => Promise<boolean>, ms = 10_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

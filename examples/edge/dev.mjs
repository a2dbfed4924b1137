// Runs worker.js locally in workerd, Cloudflare's Workers runtime, through Miniflare (npm
// `miniflare`, which brings `workerd`), bundled as Workers bundle it (esbuild), with
// wrangler.toml's compatibility date. For when wrangler is not installed:
//
//   node examples/edge/dev.mjs [port]     # oppettider worker (workerd) at http://127.0.0.1:8787/v1/units
//
// tests/integration/edge.runtimes.test.ts starts it the same way, on a free port.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Miniflare } from "miniflare";

const HERE = fileURLToPath(new URL(".", import.meta.url));

/** `compatibility_date` of wrangler.toml beside this file. */
export function wranglerCompatibilityDate() {
  const toml = readFileSync(join(HERE, "wrangler.toml"), "utf8");
  const date = /^compatibility_date\s*=\s*"(\d{4}-\d{2}-\d{2})"/m.exec(toml)?.[1];
  if (!date) throw new Error("examples/edge/wrangler.toml has no compatibility_date");
  return date;
}

/** Bundles worker.js and serves it from workerd on 127.0.0.1:`port` (0: a free one). */
export async function startWorker(port = 8787) {
  const dir = mkdtempSync(join(tmpdir(), "oppettider-workerd-"));
  const scriptPath = join(dir, "worker.mjs");
  await build({
    entryPoints: [join(HERE, "worker.js")],
    bundle: true,
    format: "esm",
    platform: "browser",
    conditions: ["workerd", "worker", "browser"],
    outfile: scriptPath,
    logLevel: "silent",
  });
  // modulesRoot: workerd names modules by their path below it, and refuses a path with "..".
  const miniflare = new Miniflare({ modules: true, scriptPath, modulesRoot: dir, compatibilityDate: wranglerCompatibilityDate(), host: "127.0.0.1", port });
  const url = await miniflare.ready;
  return {
    origin: url.origin,
    async stop() {
      await miniflare.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const worker = await startWorker(process.argv[2] === undefined ? 8787 : Number(process.argv[2]));
  console.log(`oppettider worker (workerd) at ${worker.origin}/v1/units`);
  const stop = () => worker.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

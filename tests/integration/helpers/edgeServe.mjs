// Serves the built handler (dist/server.js, the `oppettider/server` entry) under Deno or Bun,
// whichever runs this file, on 127.0.0.1 and a free port, for tests/integration/edge.runtimes.test.ts.
// Usage: deno run --allow-read --allow-net=127.0.0.1 edgeServe.mjs <config.json>
//        bun edgeServe.mjs <config.json>
// Prints one line `listening <port>` once it answers; the test reads the port from it.
import { createApp } from "../../../dist/server.js";

const configPath = globalThis.Deno ? Deno.args[0] : process.argv[2];
if (!configPath) throw new Error("edgeServe.mjs: give the organisation's JSON file as the first argument");
const configUrl = new URL(configPath, `file://${globalThis.Deno ? Deno.cwd() : process.cwd()}/`);
const { default: config } = await import(configUrl.href, { with: { type: "json" } });
const app = createApp(config);

if (globalThis.Deno) {
  Deno.serve({ port: 0, hostname: "127.0.0.1", onListen: ({ port }) => console.log(`listening ${port}`) }, app.fetch);
} else if (globalThis.Bun) {
  const server = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: app.fetch });
  console.log(`listening ${server.port}`);
} else {
  throw new Error("edgeServe.mjs runs under Deno or Bun, not Node");
}

import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: runs in Node and in browsers, no Node-only module. `server` is the
    // subpath oppettider/server (createApp), which needs the optional peer `hono`.
    entry: { index: "src/index.ts", server: "src/server/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "es2020",
    platform: "neutral",
    // Dependencies stay external: the user's bundler dedupes and tree-shakes them.
    external: ["luxon", "swedish-holidays", "zod", "libphonenumber-js", "hono"],
    treeshake: true,
  },
  {
    // The `oppettider` command, for Node.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
  },
]);

import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: runs in Node and in browsers, no Node-only module.
    // `oppettider/elements`: the custom elements, for pages built with a bundler.
    entry: { index: "src/index.ts", elements: "src/elements/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "es2020",
    platform: "neutral",
    // Dependencies stay external: the user's bundler dedupes and tree-shakes them.
    external: ["luxon", "swedish-holidays", "zod", "libphonenumber-js"],
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

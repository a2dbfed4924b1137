import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2020",
  platform: "neutral",
  // Dependencies stay external: the user's bundler dedupes and tree-shakes them.
  external: ["luxon", "swedish-holidays", "zod", "zod/mini"],
  treeshake: true,
});

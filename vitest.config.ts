import { defineConfig } from "vitest/config";

/*
 * Two projects (DESIGN.md "Where tests go"; scripts/test.mjs runs them):
 *
 * - library: tests/*.test.ts, the library on src/ in-process. `npm test` runs it under every
 *   host time zone of scripts/test.mjs. No child processes, browsers, servers or packing.
 * - integration: tests/integration/**, what starts processes (CLI, MCP), browsers and
 *   servers, and what uses the packed package. Run once, with TZ=America/Los_Angeles.
 *   Its global setup builds dist/ when stale, packs the tarball once and installs it into a
 *   temporary project that the package tests share (tests/integration/globalSetup.ts).
 *
 * `npx vitest run tests/x.test.ts` runs one file of either.
 */
export default defineConfig({
  test: {
    // The cross-checks walk 96 years of dates; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        // One module graph per worker (isolate: false) instead of one per file: the library
        // tests are plain functions on src/, and importing src/ anew for each of ~60 files took
        // a third of each time zone's run. Threads start faster than processes.
        test: { name: "library", include: ["tests/*.test.ts"], pool: "threads", isolate: false },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/globalSetup.ts"],
        },
      },
    ],
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The cross-checks walk 96 years of dates; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ["tests/globalSetup.ts"],
  },
});

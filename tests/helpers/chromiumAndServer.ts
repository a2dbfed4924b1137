// The Chromium and the static server a browser test file shares: started once before its
// tests, stopped after them (the same two hooks every elements test file needs).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser";
import { startStaticServer, type StaticServer } from "./staticServer";

/**
 * Registers the file's beforeAll/afterAll and returns the two, ready inside the tests.
 *
 * @example
 * const shared = useChromiumAndStaticServer();
 * it("…", async () => { const context = await shared.browser.newContext(); … shared.server.url … });
 */
export function useChromiumAndStaticServer(): { readonly browser: Browser; readonly server: StaticServer } {
  const shared = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    [{ browser: shared.browser }, shared.server] = await Promise.all([launchChromium(), startStaticServer()]);
  }, 120_000);
  afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

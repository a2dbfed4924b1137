// Chromium for the browser tests, driven by playwright-core. A system Chromium is used when
// there is one (CHROMIUM_PATH, or Debian's /usr/bin/chromium); otherwise the one that the
// @sparticuz/chromium devDependency ships inside its npm package (unpacked on first use),
// so `npm ci && npm test` needs nothing from outside the npm registry.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Flags for a headless browser in a test: no sandbox (root in CI), no GPU, no network of its own. */
const TEST_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

/** The path of a Chromium to drive, and the flags it needs. */
export async function chromiumExecutable(): Promise<{ executablePath: string; args: string[] }> {
  const system = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : null);
  if (system !== null) return { executablePath: system, args: TEST_ARGS };
  const { default: packaged } = await import("@sparticuz/chromium");
  // --single-process makes a second browser context crash; the tests open many.
  const args = packaged.args.filter((arg) => arg !== "--single-process" && !arg.startsWith("--headless"));
  return { executablePath: await packaged.executablePath(), args: [...args, ...TEST_ARGS] };
}

/**
 * Launches Chromium for a test file (close it in afterAll).
 *
 * @example
 * const browser = await launchChromium();
 * const page = await (await browser.newContext({ timezoneId: "Europe/Stockholm" })).newPage();
 */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = await chromiumExecutable();
  return chromium.launch({ executablePath, args, timeout: 60_000 });
}

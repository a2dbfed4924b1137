import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/*
 * The one place browser tests get a browser (the kiosk and website examples today; custom
 * elements and axe-core later): a headless Chromium driven by playwright-core.
 *
 * Which Chromium: the system's when there is one (CHROMIUM_PATH, /usr/bin/chromium,
 * /usr/bin/chromium-browser), else the one `npm ci` brought: @sparticuz/chromium (a
 * devDependency) ships a Chromium build inside the npm package, so a fresh machine needs no
 * apt step and no download. `executablePath()` unpacks it to /tmp/chromium on first use
 * (about 2 s; later runs reuse it).
 */

/** Where the browser comes from: its path and how it was found. */
export interface ChromiumFound {
  readonly executablePath: string;
  readonly source: "CHROMIUM_PATH" | "system" | "@sparticuz/chromium";
  /** Command-line switches for this build. */
  readonly args: readonly string[];
}

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Switches for every Chromium here: headless, no sandbox (root in a container), and quiet (no network of its own). */
const COMMON_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

/**
 * Finds a Chromium: CHROMIUM_PATH, a system one, or @sparticuz/chromium's (unpacked on
 * first use). Throws with what to do when CHROMIUM_PATH names no file.
 *
 * @example
 * (await findChromium()).source // => "@sparticuz/chromium" on a machine without a system Chromium
 */
export async function findChromium(): Promise<ChromiumFound> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, source: "CHROMIUM_PATH", args: COMMON_ARGS };
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return { executablePath: system, source: "system", args: COMMON_ARGS };

  const { default: sparticuz } = await import("@sparticuz/chromium");
  const executablePath = await sparticuz.executablePath();
  // Its own switches are made for serverless functions: `--single-process` there breaks a
  // second browser context, so it goes; the rest (software GL, no zygote) suit a container.
  const args = [...sparticuz.args.filter((arg) => arg !== "--single-process"), ...COMMON_ARGS];
  return { executablePath, source: "@sparticuz/chromium", args: [...new Set(args)] };
}

/** A launched browser and where it came from. */
export interface LaunchedChromium {
  readonly browser: Browser;
  readonly chromium: ChromiumFound;
}

/**
 * Launches the Chromium `findChromium` finds. Close the browser when done (`afterAll`); each
 * test should use a context of its own (`browser.newContext()`), closed in its `finally`.
 *
 * @example
 * const { browser } = await launchChromium();
 * const context = await browser.newContext({ timezoneId: "Europe/Stockholm" });
 */
export async function launchChromium(): Promise<LaunchedChromium> {
  const found = await findChromium();
  try {
    // launch() gives Chromium a new, empty user-data-dir of its own (removed on close).
    const browser = await chromium.launch({ executablePath: found.executablePath, args: [...found.args], timeout: 60_000 });
    return { browser, chromium: found };
  } catch (error) {
    throw new Error(`could not launch Chromium from ${found.source} (${found.executablePath}): ${(error as Error).message}`, { cause: error });
  }
}

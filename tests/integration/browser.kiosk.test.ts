// The browser examples in a real browser: Chromium driven by playwright-core (a system
// Chromium, else the one @sparticuz/chromium brought with `npm ci`: tests/helpers/browser.ts).
// The pages are served by examples/serve.mjs and import the browser build
// (dist/browser/oppettider.js, built by the global setup when missing or older than src/).
// Time is Playwright's fake clock (page.clock), so every instant is exact and no test waits.
// The page's zone is set by the browser context, so the host's TZ does not matter.
// Without a browser the suite fails, it is not skipped.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSchedule, presets, statusText } from "../../src/index";
import { launchChromium } from "../helpers/browser";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ARTIFACTS = join(ROOT, "tests/artifacts");
const schedule = createSchedule(presets.arjeplog);
/** What the library says for an instant: the page must say the same. */
const expected = (iso: string) => statusText(schedule, new Date(iso));
const instant = (iso: string) => new Date(iso);

/**
 * Logs every setTimeout/setInterval the page makes. Added after page.clock.install, so it
 * wraps Playwright's fake timers (the clock's own init script runs first).
 */
const TIMER_LOG = `(() => {
  const log = (window.__timerLog = { timeouts: [], intervals: 0 });
  const setTimeoutBefore = window.setTimeout;
  const setIntervalBefore = window.setInterval;
  window.setTimeout = function (fn, delay, ...args) {
    log.timeouts.push({ at: Date.now(), delay: Number(delay) || 0 });
    return setTimeoutBefore.call(this, fn, delay, ...args);
  };
  window.setInterval = function (fn, delay, ...args) {
    log.intervals += 1;
    return setIntervalBefore.call(this, fn, delay, ...args);
  };
})();`;

interface TimerLog {
  timeouts: { at: number; delay: number }[];
  intervals: number;
}

let server: ChildProcess | undefined;
let base = "";
let browser: Browser | undefined;
/** Why the browser is not there: every test fails with it (counted as failed, not skipped). */
let setupError: unknown;

beforeAll(async () => {
  try {
    mkdirSync(ARTIFACTS, { recursive: true });
    [server, base] = await startServer();
    const launched = await launchChromium();
    browser = launched.browser;
    console.log(`browser: Chromium ${browser.version()} from ${launched.chromium.source} (${launched.chromium.executablePath})`);
  } catch (error) {
    setupError = error;
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
});

/** examples/serve.mjs on a free port; resolves with the process and its address. */
function startServer(): Promise<[ChildProcess, string]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "examples/serve.mjs"), "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`examples/serve.mjs did not start:\n${output}`));
    }, 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/[\d.]+:\d+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve([child, match[0]]);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`examples/serve.mjs exited (${code}):\n${output}`));
    });
  });
}

interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/**
 * A new context and page whose fake clock stands still at `start` while the page loads,
 * so every timer the page arms is exact (with a flowing clock, a minute tick armed a few
 * real milliseconds late would miss a pause at the whole minute). The pages need no timer
 * to load. From there the test moves time with runFor/fastForward.
 */
async function open(path: string, start: string, timezoneId = "Europe/Stockholm"): Promise<Opened> {
  if (setupError !== undefined || !browser) throw setupError ?? new Error("no browser");
  const context = await browser.newContext({
    timezoneId,
    locale: "sv-SE",
    viewport: { width: 1280, height: 720 },
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.clock.install({ time: instant(start).getTime() - 1_000 });
  await page.clock.pauseAt(instant(start));
  await context.addInitScript(TIMER_LOG);
  await page.goto(`${base}${path}`);
  expect(await page.evaluate<number>("Date.now()")).toBe(instant(start).getTime());
  return { context, page, errors };
}

const kioskStatus = (page: Page) => page.locator("#status").textContent().then((text) => text?.trim());
const updates = (page: Page) => page.locator("html").getAttribute("data-updates").then(Number);
const timerLog = (page: Page) => page.evaluate<TimerLog>("window.__timerLog");

/** Jumps the page's clock to an instant (firing the timers due by then once, as after sleep). */
async function fastForwardTo(page: Page, iso: string): Promise<void> {
  const now = await page.evaluate<number>("Date.now()");
  await page.clock.fastForward(instant(iso).getTime() - now);
}

describe("kiosk (examples/kiosk)", () => {
  it("changes exactly at closing time and at midnight, and not in between", async () => {
    const { context, page, errors } = await open("/examples/kiosk/", "2026-12-23T11:59:00+01:00");
    try {
      // Day before Christmas Eve: 08.00–12.00.
      expect(await kioskStatus(page)).toBe("Öppet · stänger 12.00");
      expect(await kioskStatus(page)).toBe(expected("2026-12-23T11:59:00+01:00"));
      expect(await page.locator("#clock").textContent()).toBe("11.59");
      expect(await page.locator("#today-hours").textContent()).toBe("Idag 08.00–12.00");
      expect(await page.locator("html").getAttribute("data-state")).toBe("open");
      // The one change timer aims at the closing.
      expect(await page.locator("html").getAttribute("data-next-change")).toBe("2026-12-23T11:00:00.000Z");
      await page.screenshot({ path: join(ARTIFACTS, "kiosk.png") });
      const first = await updates(page);
      expect(first).toBeGreaterThanOrEqual(1);

      // One second before closing: still open, nothing rendered again.
      await page.clock.runFor(59_000); // 11:59:59
      expect(await kioskStatus(page)).toBe("Öppet · stänger 12.00");
      expect(await updates(page)).toBe(first);

      // Just after: closed until Monday, rendered exactly once more.
      await page.clock.runFor(2_000); // 12:00:01
      expect(await kioskStatus(page)).toBe("Stängt · öppnar måndag 28 december 08.00");
      expect(await kioskStatus(page)).toBe(expected("2026-12-23T12:00:01+01:00"));
      expect(await page.locator("html").getAttribute("data-state")).toBe("closed");
      expect(await page.locator("#clock").textContent()).toBe("12.00");
      expect(await updates(page)).toBe(first + 1);
      await page.screenshot({ path: join(ARTIFACTS, "kiosk-closed.png") });

      // Two quiet hours: the clock moves every minute, the status is not rendered, and the
      // only timers are the clock's minute ticks (no polling, no setInterval).
      const before = (await timerLog(page)).timeouts.length;
      await page.clock.runFor("02:00:00"); // 14:00:01
      expect(await page.locator("#clock").textContent()).toBe("14.00");
      expect(await updates(page)).toBe(first + 1);
      const log = await timerLog(page);
      const quiet = log.timeouts.slice(before);
      expect(quiet.length).toBeGreaterThanOrEqual(119);
      expect(quiet.length).toBeLessThanOrEqual(121);
      expect(quiet.every((timer) => timer.delay >= 59_000)).toBe(true);
      expect(log.intervals).toBe(0);

      // Midnight: a new day, new text ("Stängt idag, julafton"), one more render. Jump to
      // half a minute before it (due timers fire once: only a clock tick), then run across.
      await fastForwardTo(page, "2026-12-23T23:59:30+01:00");
      expect(await updates(page)).toBe(first + 1);
      await page.clock.runFor(31_000); // 2026-12-24 00:00:01
      expect(await kioskStatus(page)).toBe("Stängt idag, julafton · öppnar måndag 28 december 08.00");
      expect(await kioskStatus(page)).toBe(expected("2026-12-24T00:00:01+01:00"));
      expect(await page.locator("#today-hours").textContent()).toBe("Idag stängt");
      expect(await page.locator("#clock").textContent()).toBe("00.00");
      expect(await updates(page)).toBe(first + 2);

      // The next midnight: Christmas Day, Monday now within three days.
      await fastForwardTo(page, "2026-12-24T23:59:30+01:00");
      await page.clock.runFor(31_000); // 2026-12-25 00:00:01
      expect(await kioskStatus(page)).toBe(expected("2026-12-25T00:00:01+01:00"));
      expect(await updates(page)).toBe(first + 3);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // The page's own zone must not matter: the schedule's zone (Europe/Stockholm) decides.
  for (const timezoneId of ["Europe/Stockholm", "America/Los_Angeles"]) {
    it(`shows the lunch break from ?at= and opens at 13.00 (browser in ${timezoneId})`, async () => {
      // The fake clock is somewhere else entirely; ?at= moves the page to the lunch break.
      const at = encodeURIComponent("2026-11-25T12:30:00+01:00");
      const { context, page, errors } = await open(`/examples/kiosk/?at=${at}`, "2030-06-01T09:00:00Z", timezoneId);
      try {
        expect(await kioskStatus(page)).toBe("Stängt för lunch · öppnar 13.00");
        expect(await kioskStatus(page)).toBe(expected("2026-11-25T12:30:00+01:00"));
        expect(await page.locator("#clock").textContent()).toBe("12.30");
        expect(await page.locator("#today-hours").textContent()).toBe("Idag 08.00–12.00 och 13.00–16.00");
        const first = await updates(page);

        await page.clock.runFor("29:59"); // 12:59:59
        expect(await kioskStatus(page)).toBe("Stängt för lunch · öppnar 13.00");
        expect(await page.locator("#clock").textContent()).toBe("12.59");
        expect(await updates(page)).toBe(first);
        await page.clock.runFor(1_000); // 13:00:00, the opening itself
        expect(await kioskStatus(page)).toBe("Öppet · stänger 16.00");
        expect(await kioskStatus(page)).toBe(expected("2026-11-25T13:00:00+01:00"));
        expect(await page.locator("#clock").textContent()).toBe("13.00");
        expect(await updates(page)).toBe(first + 1);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe("website (examples/website)", () => {
  it("shows status, week, contacts and JSON-LD", async () => {
    const { context, page, errors } = await open("/examples/website/", "2026-12-23T11:59:00+01:00");
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      const badge = page.locator("#status");
      expect(await badge.textContent()).toBe("Öppet · stänger 12.00");
      expect(await badge.getAttribute("data-state")).toBe("open");
      expect(await page.locator("#sentence").textContent()).toBe(
        "Idag är det dag före afton, så vi har öppet 08.00–12.00. Just nu har vi öppet, till 12.00.",
      );

      // The week of 21–27 December, today marked.
      expect(await page.locator("#week-rows tr").count()).toBe(7);
      expect(await page.locator('#week-rows tr[aria-current="date"] th').textContent()).toMatch(/^Onsdag/);
      expect(await page.locator("#deviations li").first().textContent()).toContain("Dag före afton");

      // Contacts: tel: and mailto: links with their display text, reachable now.
      const service = page.locator('[data-contact="medborgarservice"]');
      const phone = service.locator('a[href="tel:+4696114444"]');
      expect(await phone.count()).toBe(1);
      expect(await phone.textContent()).toBe("0961-144 44");
      expect(await service.locator('a[href="mailto:kommun@arjeplog.se"]').textContent()).toBe("kommun@arjeplog.se");
      expect(await service.locator(".reach").getAttribute("data-reachable")).toBe("true");
      expect(await page.locator('[data-contact="kommunikator"] a[href="tel:+46702065298"]').textContent()).toBe("070-206 52 98");

      // JSON-LD in the head, built by the page.
      const scripts = page.locator('head script[type="application/ld+json"]');
      expect(await scripts.count()).toBe(1);
      const jsonLd = JSON.parse((await scripts.textContent()) ?? "") as Record<string, unknown>;
      expect(jsonLd["@context"]).toMatch(/schema\.org/);
      const points = [jsonLd.contactPoint].flat() as { telephone?: string | string[] }[];
      expect(points.some((point) => [point.telephone].flat().includes("+46 961 144 44"))).toBe(true);

      await page.screenshot({ path: join(ARTIFACTS, "website.png"), fullPage: true });

      // At 12.00 the page renders itself again.
      await page.clock.runFor(61_000);
      expect(await badge.textContent()).toBe(expected("2026-12-23T12:00:01+01:00"));
      expect(await badge.getAttribute("data-state")).toBe("closed");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

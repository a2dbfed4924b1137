/// <reference lib="dom.iterable" />
// Opening a page with oppettider elements in Chromium, under Playwright's fake clock, and
// reading what the elements show (their shadow DOM) and how often they rendered.
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { StaticServer } from "./staticServer";

/**
 * Records every `oppettider-update` event and every timer the page arms. Added after
 * page.clock.install, so it wraps Playwright's fake timers.
 */
const PAGE_LOG = `(() => {
  const log = (window.__oppettider = { updates: [], timeouts: [], intervals: 0 });
  document.addEventListener("oppettider-update", (event) => log.updates.push({ tag: event.target.localName, at: event.detail.at, next: event.detail.next }));
  const setTimeoutBefore = window.setTimeout;
  window.setTimeout = function (fn, delay, ...args) {
    log.timeouts.push({ at: Date.now(), delay: Number(delay) || 0 });
    return setTimeoutBefore.call(this, fn, delay, ...args);
  };
  const setIntervalBefore = window.setInterval;
  window.setInterval = function (...args) {
    log.intervals += 1;
    return setIntervalBefore.apply(this, args);
  };
})();`;

export interface PageLog {
  updates: { tag: string; at: number; next: number | null }[];
  timeouts: { at: number; delay: number }[];
  intervals: number;
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console messages and page errors, as `type: text`. */
  console: string[];
}

/**
 * A new context and page whose fake clock stands still at `start` (ISO) while the page loads
 * and its elements read their hours; from there the test moves time (runFor, fastForward).
 * Without `start` the clock is real.
 */
export async function openPage(browser: Browser, url: string, options: { start?: string; timezoneId?: string; locale?: string } = {}): Promise<Opened> {
  const context = await browser.newContext({ timezoneId: options.timezoneId ?? "Europe/Stockholm", locale: options.locale ?? "sv-SE", viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  const messages: string[] = [];
  page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => messages.push(`pageerror: ${error.message}`));
  if (options.start !== undefined) {
    const start = Date.parse(options.start);
    await page.clock.install({ time: start - 1_000 });
    await page.clock.pauseAt(start);
  }
  await context.addInitScript(PAGE_LOG);
  await page.goto(url);
  await settled(page);
  return { context, page, console: messages };
}

/** Waits (in real time, the page's clock may stand still) until every element shows its content or a message. */
export async function settled(page: Page): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const done = await page.evaluate(() =>
      [...document.querySelectorAll("oppettider-status, oppettider-week, oppettider-deviations, oppettider-contacts, oppettider-calendar")].every((element) => {
        const root = element.shadowRoot;
        return root !== null && root.querySelector('[part~="content"]:not(.off), [part~="message"]:not(.off)') !== null;
      }),
    );
    if (done) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the elements did not render within 10 s");
}

/** The text of a part inside an element's shadow root (whitespace collapsed), or null. */
export function partText(page: Page, element: string, part: string): Promise<string | null> {
  return page.evaluate(
    ([selector, name]) => {
      const node = document.querySelector(selector!)?.shadowRoot?.querySelector(`[part~="${name}"]`);
      return node ? (node.textContent ?? "").replace(/\s+/g, " ").trim() : null;
    },
    [element, part],
  );
}

/** Whether the element shows its content (not a message). */
export function showsContent(page: Page, element: string): Promise<boolean> {
  return page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[part~="content"]:not(.off)') != null, element);
}

/** The page's log of renders and timers. */
export function pageLog(page: Page): Promise<PageLog> {
  return page.evaluate(() => (window as unknown as { __oppettider: PageLog }).__oppettider);
}

/** Moves the page's clock to an instant, firing the timers due on the way once (as after a jump). */
export async function fastForwardTo(page: Page, iso: string): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.fastForward(Date.parse(iso) - now);
}

/** Serves a test page at `/test/{name}.html` with the elements file and the given body; returns its URL. */
export function elementsTestPage(server: StaticServer, name: string, body: string, lang = "sv"): string {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title>
<script type="module" src="/dist/browser/oppettider-elements.js"></script></head><body><main>${body}</main></body></html>`;
  server.route(`/test/${name}.html`, () => ({ status: 200, body: html, type: "text/html; charset=utf-8" }));
  return `${server.url}/test/${name}.html`;
}

// Accessibility: axe-core (WCAG 2.0/2.1, levels A and AA) in Chromium finds no violation in
// each element on its own, in the website and kiosk examples, and in the page that reads the
// service (examples/service), in Swedish and English, with the place open and closed. axe reads into shadow roots, so the elements' own markup
// and default colours are checked (colour contrast included).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useChromiumAndStaticServer } from "../helpers/chromiumAndServer";
import { settled } from "../helpers/elementsPage";
import { createApp } from "../../src/server/index";
import type { OrganizationConfig } from "../../src/index";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const KOMMUN = "/examples/arjeplogs-kommun.json";
/** 23 December 2026 (a day before Christmas Eve, 08–12): open at 10.00, closed at 14.00. */
const INSTANTS = { open: "2026-12-23T10:00:00+01:00", closed: "2026-12-23T14:00:00+01:00" } as const;

const shared = useChromiumAndStaticServer();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe's violations on a page at a fixed instant (the page's timers keep running, so axe can). */
async function violations(path: string, at: string, check?: (page: Page) => Promise<void>): Promise<Violation[]> {
  const context = await shared.browser.newContext({ timezoneId: "Europe/Stockholm", viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(Date.parse(at));
    await page.goto(`${shared.server.url}${path}`);
    await settled(page);
    await check?.(page);
    await page.addScriptTag({ path: AXE });
    return await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((node) => JSON.stringify(node.target)) }));
    }, TAGS);
  } finally {
    await context.close();
  }
}

function elementPage(name: string, markup: string, lang: string): string {
  const title = lang === "sv" ? "Öppettider" : "Opening hours";
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="/dist/browser/oppettider-elements.js"></script></head><body><main><h1>${title}</h1>${markup}</main></body></html>`;
  shared.server.route(`/a11y/${name}-${lang}.html`, () => ({ status: 200, body: html, type: "text/html; charset=utf-8" }));
  return `/a11y/${name}-${lang}.html`;
}

const ELEMENTS = {
  status: `<oppettider-status config="${KOMMUN}" sentence today></oppettider-status>`,
  week: `<oppettider-week config="${KOMMUN}"></oppettider-week>`,
  deviations: `<oppettider-deviations config="${KOMMUN}" heading="2"></oppettider-deviations>`,
  contacts: `<oppettider-contacts config="${KOMMUN}" heading="2"></oppettider-contacts><oppettider-contacts config="${KOMMUN}" reachable heading="2"></oppettider-contacts>`,
  error: `<oppettider-status config="/no/such.json"><p>Vardagar 08–16</p></oppettider-status>`,
  english: `<oppettider-status config="${KOMMUN}" lang="en"></oppettider-status>`,
  calendar: `<oppettider-calendar config="${KOMMUN}" year="2026" month="12" heading="2"></oppettider-calendar>`,
};

describe("axe-core, WCAG 2.1 A and AA", () => {
  // Every element (and one showing an error) on one page per language and state; a
  // violation's nodes name the element it is in.
  for (const lang of ["sv", "en"] as const) {
    for (const [state, at] of Object.entries(INSTANTS)) {
      it(`${Object.keys(ELEMENTS).join(", ")} (${lang}, ${state}): no violation`, async () => {
        expect(await violations(elementPage("all", Object.values(ELEMENTS).join("\n"), lang), at)).toEqual([]);
      });
    }
  }

  for (const lang of ["sv", "en"] as const) {
    it(`<oppettider-calendar> with a whole year (${lang}): no violation`, async () => {
      const year = `<oppettider-calendar config="${KOMMUN}" year="2026" heading="2"></oppettider-calendar>`;
      expect(await violations(elementPage("calendar-year", year, lang), INSTANTS.open)).toEqual([]);
    });
  }

  // The check can fail: pale custom colours inside the element's shadow root are found.
  it("finds a contrast problem inside an element's shadow root", async () => {
    const pale = `<oppettider-status config="${KOMMUN}" style="--oppettider-open-color: #9fd9b4"></oppettider-status>`;
    const found = await violations(elementPage("pale", pale, "sv"), INSTANTS.open);
    expect(found.map((v) => v.id)).toEqual(["color-contrast"]);
    expect(found[0]!.nodes.join()).toMatch(/oppettider-status/);
  });

  for (const [state, at] of Object.entries(INSTANTS)) {
    it(`examples/website/ in Swedish (${state}): no violation`, async () => {
      expect(await violations("/examples/website/", at)).toEqual([]);
    });
    it(`examples/website/en.html in English (${state}): no violation`, async () => {
      expect(await violations("/examples/website/en.html", at)).toEqual([]);
    });
    it(`examples/website/calendar.html in Swedish (${state}): no violation`, async () => {
      expect(await violations("/examples/website/calendar.html", at)).toEqual([]);
    });
    it(`examples/kiosk/ in Swedish (${state}): no violation`, async () => {
      expect(await violations("/examples/kiosk/", at)).toEqual([]);
    });
    it(`examples/kiosk/?lang=en in English (${state}): no violation`, async () => {
      const english = async (page: Page) => expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await violations("/examples/kiosk/?lang=en", at, english)).toEqual([]);
    });
  }
});

describe("examples/service/ (a page on the service, without the library)", () => {
  // The real app behind a path of the static server, so that the page is served from the same
  // origin as its service.
  const organization = JSON.parse(readFileSync(new URL("../../examples/organization.json", import.meta.url), "utf8")) as OrganizationConfig;
  const app = createApp(organization);
  const mount = () =>
    shared.server.route("/svc/v1/units", async (request) => {
      const response = await app.fetch(new Request(`http://127.0.0.1${request.url!.replace("/svc", "")}`));
      return { status: response.status, body: await response.text(), type: response.headers.get("Content-Type") ?? undefined };
    });

  for (const lang of ["sv", "en"] as const) {
    it(`lists every unit with its status from GET /v1/units, and axe finds no violation (${lang})`, async () => {
      mount();
      const expected = (await (await app.fetch(new Request(`http://127.0.0.1/v1/units?lang=${lang}`))).json()) as { units: { name: string; status: { text: string } }[] };
      const listed = async (page: Page) => {
        await page.waitForFunction((count) => document.querySelectorAll("#units li strong").length === count, expected.units.length);
        const items = await page.locator("#units li").allTextContents();
        expect(items).toEqual(expected.units.map((unit) => `${unit.name} ${unit.status.text}`));
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      };
      const query = lang === "en" ? "?api=/svc/v1&lang=en" : "?api=/svc/v1";
      expect(await violations(`/examples/service/${query}`, INSTANTS.open, listed)).toEqual([]);
    });
  }
});

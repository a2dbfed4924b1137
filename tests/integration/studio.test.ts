// The studio page (issue 19) in Chromium: dist/studio/index.html opened as a file (no server:
// reading pasted text, the form, the calendar, download) and served by a real
// `oppettider serve --config … --edit-token-file …` at /studio (saving, 401 and 412 in words),
// axe-clean in Swedish and English, no console errors (a CSP refusal is one). The clock is
// fixed at Monday 7 December 2026, so the month shown is December 2026.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Holidays from "date-holidays";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser";
import { ROOT } from "../helpers/builtCli";
import { startServe } from "./helpers/serveProcess";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const STUDIO = pathToFileURL(join(ROOT, "dist/studio/index.html")).href;
const NOW = Date.parse("2026-12-07T10:00:00+01:00");
// 14 December 2026 is an ordinary Monday: no Swedish holiday (date-holidays agrees), not an eve.
const ORDINARY_MONDAY = "2026-12-14";
const TOKEN = "studio-test-token-8d1e5b7a";

const dir = mkdtempSync(join(tmpdir(), "oppettider-studio-"));
let browser: Browser;
beforeAll(async () => ({ browser } = await launchChromium()));
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

// The shown calendar (a new one is drawn hidden and takes its place once rendered).
const calendar = (page: Page) => page.locator("#calendar-pane oppettider-calendar:not([hidden])");
const cell = (page: Page, date: string) => calendar(page).locator(`[data-date="${date}"]`);
/** A page with the clock fixed, collecting console errors and page errors. */
async function openPage(url: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ timezoneId: "Europe/Stockholm", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.clock.setFixedTime(NOW);
  await page.goto(url);
  await cell(page, ORDINARY_MONDAY).waitFor();
  return { context, page, errors };
}

async function setField(page: Page, selector: string, text: string) {
  await page.locator(selector).fill(text);
  await page.locator(selector).press("Tab"); // change fires on leaving the field
}

it("the test's Monday is an ordinary Monday", () => {
  expect(new Date(`${ORDINARY_MONDAY}T12:00:00Z`).getUTCDay()).toBe(1);
  expect(new Holidays("SE").isHoliday(new Date(`${ORDINARY_MONDAY}T11:00:00Z`))).toBe(false);
});

describe("the studio as a file (file://)", () => {
  it("reads pasted text line by line, with the reason for a line it cannot read", async () => {
    const { context, page, errors } = await openPage(STUDIO);
    try {
      await page.locator("#hours-text").fill("Måndag–fredag 08.00–16.00\nÖppet ibland när vi hinner 10-14\nLördag 10-14");
      const lines = page.locator("#reading li");
      await expect.poll(() => lines.count()).toBe(3);
      expect(await lines.nth(0).getAttribute("class")).toBe("read");
      // What the line became, in the reader's words: the five weekdays, 08.00–16.00.
      expect(await lines.nth(0).textContent()).toContain("måndag, tisdag, onsdag, torsdag, fredag 08.00–16.00");
      expect(await lines.nth(2).textContent()).toContain("lördag 10.00–14.00");
      expect(await lines.nth(1).getAttribute("class")).toBe("unread");
      expect(await lines.nth(1).textContent()).toContain("ibland när vi");
      expect(await lines.nth(2).getAttribute("class")).toBe("read");
      expect(await page.locator("#read-summary").textContent()).toMatch(/Lördag 10\.00–14\.00/);
      // Taken into the form: the calendar's Saturday 12 December shows 10.00–14.00.
      await page.locator("#use-reading").click();
      expect(await page.locator("#weekly-sat").inputValue()).toBe("10:00-14:00");
      await expect.poll(() => cell(page, "2026-12-12").textContent()).toContain("10.00–14.00");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("opens a file without units (a plain schedule) without changing it: says why, downloads it as it was", async () => {
    const schedule = { timeZone: "Europe/Stockholm", weekly: { mon: ["08:00-16:00"] }, dayKinds: { publicHoliday: { hours: [] } } };
    const { context, page, errors } = await openPage(STUDIO);
    try {
      await page.locator("#open-file").setInputFiles({ name: "schema.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(schedule)) });
      await expect.poll(() => page.locator("#problems").textContent()).toContain("inte en organisation med enheter");
      expect(await page.locator("#weekly-mon").count()).toBe(0); // no form that could add a unit
      const downloaded = await page.evaluate(async () => (await fetch(document.querySelector<HTMLAnchorElement>("#download-json")!.href)).json());
      expect(downloaded).toEqual(schedule);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("edits an organisation's own hours (no units): the form, the calendar and the download keep its shape", async () => {
    const own = { id: "sjoby", name: "Sjöby kommun", timeZone: "Europe/Stockholm", hours: { weekly: { mon: ["08:00-16:00"], tue: ["08:00-16:00"] } } };
    const { context, page, errors } = await openPage(STUDIO);
    try {
      await page.locator("#open-file").setInputFiles({ name: "sjoby.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(own)) });
      await expect.poll(() => page.locator("#weekly-mon").inputValue()).toBe("08:00-16:00");
      expect(await page.locator("#unit-pick option").count()).toBe(1); // the organisation's own place, and no unit made up
      await setField(page, "#weekly-mon", "09:00-11:00");
      await expect.poll(() => cell(page, ORDINARY_MONDAY).textContent()).toContain("09.00–11.00");
      await setField(page, "#weekly-tue", "16:00-10:00");
      await expect.poll(() => page.locator('[data-problems-for="hours.weekly.tue"]').textContent()).not.toBe("");
      await setField(page, "#weekly-tue", "08:00-16:00");
      const downloaded = await page.evaluate(async () => (await fetch(document.querySelector<HTMLAnchorElement>("#download-json")!.href)).json());
      expect(downloaded.units).toBeUndefined();
      expect(downloaded.hours.weekly).toEqual({ mon: ["09:00-11:00"], tue: ["08:00-16:00"] });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("an organisation with its own hours and units: the picker offers both, each with its own form", async () => {
    const both = {
      id: "sjoby", name: "Sjöby kommun", timeZone: "Europe/Stockholm",
      hours: { weekly: { mon: ["08:00-16:00"] } },
      units: [{ id: "biblioteket", name: "Biblioteket", hours: { weekly: { mon: ["10:00-19:00"] } } }],
    };
    const { context, page, errors } = await openPage(STUDIO);
    try {
      await page.locator("#open-file").setInputFiles({ name: "sjoby.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(both)) });
      await expect.poll(() => page.locator("#unit-pick option").count()).toBe(2);
      expect(await page.locator("#weekly-mon").inputValue()).toBe("10:00-19:00"); // the first unit, as before
      await expect.poll(() => cell(page, ORDINARY_MONDAY).textContent()).toContain("10.00–19.00");
      await setField(page, "#weekly-mon", "11:00-18:00");
      await page.locator("#unit-pick").selectOption("-1"); // the organisation's own place
      await expect.poll(() => page.locator("#weekly-mon").inputValue()).toBe("08:00-16:00");
      await expect.poll(() => cell(page, ORDINARY_MONDAY).textContent()).toContain("08.00–16.00");
      const downloaded = await page.evaluate(async () => (await fetch(document.querySelector<HTMLAnchorElement>("#download-json")!.href)).json());
      expect(downloaded.hours.weekly).toEqual({ mon: ["08:00-16:00"] });
      expect(downloaded.units[0].hours.weekly).toEqual({ mon: ["11:00-18:00"] });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("takes a clip in words for a day kind: 'stänger 11:00' on the day before a red day", async () => {
    // 2026-04-02 is skärtorsdag, a Thursday, the day before långfredagen (a red day, date-holidays).
    expect(new Holidays("SE").isHoliday(new Date("2026-04-03T11:00:00Z"))).toBeTruthy();
    expect(new Date("2026-04-02T12:00:00Z").getUTCDay()).toBe(4);
    const { context, page, errors } = await openPage(STUDIO);
    try {
      await setField(page, "#daykind-dayBeforeRedDay", "stänger 11:00");
      // The usual Thursday (08.00–12.00 and 13.00–16.00) clipped at 11.00.
      await expect.poll(() => cell(page, "2026-04-02").textContent()).toContain("08.00–11.00");
      expect(await page.locator("#daykind-dayBeforeRedDay").getAttribute("aria-invalid")).not.toBe("true");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("changes the calendar with the weekly hours, shows a problem at its field, adds an exception by clicking a day, downloads the JSON", async () => {
    const { context, page, errors } = await openPage(STUDIO);
    try {
      await setField(page, "#weekly-mon", "09:00-11:00");
      await expect.poll(() => cell(page, ORDINARY_MONDAY).textContent()).toContain("09.00–11.00");

      await setField(page, "#weekly-tue", "16:00-10:00");
      const problem = page.locator('[data-problems-for="units[0].hours.weekly.tue"]');
      await expect.poll(() => problem.textContent()).not.toBe("");
      expect(await page.locator("#weekly-tue").getAttribute("aria-invalid")).toBe("true");
      await setField(page, "#weekly-tue", "08:00-16:00");
      await expect.poll(() => problem.textContent()).toBe("");

      await cell(page, ORDINARY_MONDAY).click();
      expect(await page.locator("#exception-date").inputValue()).toBe(ORDINARY_MONDAY);
      expect(await page.locator("#why-text").textContent()).toContain("09.00–11.00");
      await page.locator("#exception-hours").fill("12:00-13:00");
      await page.locator("#add-exception").click();
      await expect.poll(() => cell(page, ORDINARY_MONDAY).textContent()).toContain("12.00–13.00");

      // A contact's e-mail: a bad address is a problem at its field; a good one clears it.
      await page.locator("#add-contact").click();
      const last = (await page.locator("#contacts fieldset.contact").count()) - 1;
      await setField(page, `#contact-${last}-emails`, "inte-en-adress");
      const emailProblem = page.locator(`[data-problems-for="units[0].contacts[${last}].emails"]`);
      await expect.poll(() => emailProblem.textContent()).not.toBe("");
      await setField(page, `#contact-${last}-emails`, "info@exempla.example");
      await expect.poll(() => emailProblem.textContent()).toBe("");

      const downloaded = await page.evaluate(async () => {
        const link = document.querySelector<HTMLAnchorElement>("#download-json")!;
        return { name: link.download, json: await (await fetch(link.href)).json() };
      });
      expect(downloaded.json.units[0].hours.weekly.mon).toEqual(["09:00-11:00"]);
      expect(downloaded.json.units[0].contacts.at(-1).emails).toEqual(["info@exempla.example"]);
      expect(downloaded.json.units[0].hours.exceptions).toContainEqual({ date: ORDINARY_MONDAY, hours: ["12:00-13:00"] });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows the whole year 2026 in the library's calendar, and opens the exception form for a clicked day or one chosen with Enter", async () => {
    const { context, page, errors } = await openPage(STUDIO);
    try {
      // 2026 is no leap year: 365 days, 1 January to 31 December, each a cell with its date.
      const dates = await calendar(page).locator("[data-date]").evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.date));
      expect(dates).toHaveLength(365);
      expect([dates[0], dates[364]]).toEqual(["2026-01-01", "2026-12-31"]);
      expect(new Set(dates).size).toBe(365);

      await cell(page, ORDINARY_MONDAY).click();
      expect(await page.locator("#exception-date").inputValue()).toBe(ORDINARY_MONDAY);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("exception-hours");

      // The keyboard: focus a day, Enter opens its exception form.
      await cell(page, "2026-03-02").focus();
      await page.keyboard.press("Enter");
      expect(await page.locator("#exception-date").inputValue()).toBe("2026-03-02");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("says why 24 December 2026 has its hours: julafton, over the regular Thursday hours", async () => {
    // The almanac: 24 December 2026 is julafton, a Thursday (date-holidays agrees).
    const eve = new Holidays("SE").isHoliday(new Date("2026-12-24T11:00:00Z"));
    expect(eve && eve.some((h) => /julafton/i.test(h.name))).toBe(true);
    expect(new Date("2026-12-24T12:00:00Z").getUTCDay()).toBe(4);
    const { context, page, errors } = await openPage(STUDIO);
    try {
      await setField(page, "#weekly-thu", "08:00-15:00");
      await cell(page, "2026-12-24").click();
      await expect.poll(() => page.locator("#why-text").textContent()).toMatch(/^Torsdag 24 december 2026: /);
      expect(await page.locator("#why-rule").textContent()).toMatch(/julafton/);
      expect(await page.locator("#why-overrides").textContent()).toBe("Den ersätter de vanliga öppettiderna på torsdagar: 08.00–15.00.");
      // An ordinary Monday: the weekly hours are the rule, nothing is overridden.
      await cell(page, ORDINARY_MONDAY).click();
      await expect.poll(() => page.locator("#why-rule").textContent()).toBe("Regeln: ordinarie öppettider.");
      expect(await page.locator("#why-overrides").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("tells a problem in Swedish at its field (in English on the English page)", async () => {
    for (const [lang, expected] of [
      ["sv", "16:00-10:00 slutar innan det börjar."],
      ["en", '"16:00-10:00" ends before it starts'],
    ] as const) {
      const { context, page, errors } = await openPage(`${STUDIO}?lang=${lang}`);
      try {
        await setField(page, "#weekly-tue", "16:00-10:00");
        const problem = page.locator('[data-problems-for="units[0].hours.weekly.tue"]');
        await expect.poll(() => problem.textContent()).toContain(expected);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it("adds a period of ISO weeks with its own Monday hours", async () => {
    const { context, page, errors } = await openPage(STUDIO);
    try {
      const before = await page.locator("#periods fieldset.period").count();
      await page.locator("#add-period").click();
      // Week 51 of 2026 is 14–20 December (the almanac); odd weeks only, and 51 is odd.
      await setField(page, `#period-${before}-week-from`, "51");
      await setField(page, `#period-${before}-week-to`, "51");
      await page.locator(`#period-${before}-parity`).selectOption("odd");
      await setField(page, `#period-${before}-mon`, "10:00-11:00");
      await expect.poll(() => cell(page, ORDINARY_MONDAY).textContent()).toContain("10.00–11.00");
      expect(await cell(page, "2026-12-07").textContent()).not.toContain("10.00–11.00");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("lists julafton as moving from a Thursday (2026) to a Friday (2027)", async () => {
    const { context, page } = await openPage(STUDIO);
    try {
      const julafton = page.locator("#moving-days li", { hasText: "Julafton" });
      expect(await julafton.textContent()).toMatch(/torsdag 2026-12-24.*fredag 2027-12-24/);
    } finally {
      await context.close();
    }
  });

  for (const lang of ["sv", "en"]) {
    it(`is axe-clean in ${lang}`, async () => {
      const { context, page, errors } = await openPage(`${STUDIO}?lang=${lang}`);
      try {
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
          return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
        });
        expect(violations).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe("the studio served at /studio", () => {
  it("saves with the token, and tells a wrong token (401), a file changed behind (412) and an invalid config (400) in words", async () => {
    const config = join(dir, "kommun.json");
    copyFileSync(join(ROOT, "examples/organization.json"), config);
    const tokenFile = join(dir, "token.txt");
    writeFileSync(tokenFile, TOKEN);
    const served = await startServe(["--config", config, "--edit-token-file", tokenFile]);
    try {
      const origin = served.url.replace(/\/v1$/, "");
      const response = await fetch(`${origin}/studio`);
      expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("Content-Security-Policy")).toMatch(/^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'( 'sha256-[^']+')*; connect-src 'self'/);

      const { context, page, errors } = await openPage(`${origin}/studio`);
      try {
        // The page starts from the saved config: Exempla kommun's Kommunhuset.
        expect(await page.locator("#org-name").inputValue()).toBe("Exempla kommun");
        expect(await page.locator("#ics-link").getAttribute("href")).toBe(`${origin}/v1/units/kommunhuset/calendar.ics`);

        await page.locator("#edit-token").fill("wrong-token-000000000000");
        await setField(page, "#weekly-mon", "09:00-11:00");
        await page.locator("button#save").click();
        await expect.poll(() => page.locator("#save-message").textContent()).toBe("Fel redigeringsnyckel. Kontrollera nyckeln och försök igen.");

        await setField(page, "#edit-token", TOKEN);
        await page.locator("button#save").click();
        await expect.poll(() => page.locator("#save-message").textContent()).toBe("Sparat.");
        expect(JSON.parse(readFileSync(config, "utf8")).units[0].hours.weekly.mon).toEqual(["09:00-11:00"]);
        expect(await page.evaluate(() => [sessionStorage.getItem("oppettider-edit-token"), localStorage.length, document.cookie])).toEqual([TOKEN, 0, ""]);

        // Someone changes the file behind the page: its save is refused, and it offers the saved version.
        const behind = JSON.parse(readFileSync(config, "utf8"));
        behind.name = "Exempla kommun (ändrad)";
        writeFileSync(config, JSON.stringify(behind, null, 2));
        await setField(page, "#weekly-mon", "09:00-12:00");
        await page.locator("button#save").click();
        await expect.poll(() => page.locator("#save-message p").textContent()).toMatch(/^Någon annan har sparat sedan du hämtade/);
        await page.locator("#reload-after-conflict").click();
        await expect.poll(() => page.locator("#org-name").inputValue()).toBe("Exempla kommun (ändrad)");

        // An invalid config: the service's 400 is told in words with the path; the file is untouched.
        const kept = readFileSync(config, "utf8");
        await setField(page, "#weekly-mon", "19:00-10:00");
        await page.locator("button#save").click();
        await expect.poll(() => page.locator("#save-message p").textContent()).toBe("Tjänsten tog inte emot konfigurationen:");
        expect(await page.locator("#save-message li").first().textContent()).toMatch(/^units\[0\]\.hours\.weekly\.mon\[0\]: /);
        expect(readFileSync(config, "utf8")).toBe(kept);
        // Chromium logs each refused request itself; nothing else may be an error.
        expect(errors.filter((e) => !/^Failed to load resource: the server responded with a status of (400|401|412)\b/.test(e))).toEqual([]);
        expect(errors).toHaveLength(3);
      } finally {
        await context.close();
      }
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });
});

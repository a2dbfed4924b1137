/// <reference lib="dom.iterable" />
// The elements in Chromium (tests/helpers/browser.ts), driven by Playwright's fake clock:
// every instant is exact and no test waits for real time. The hours come from the calendar
// (23 December 2026 is a day before Christmas Eve: 08–12 in presets.arjeplog; 24–27 December
// closed; Monday 28 December regular hours 08–12 and 13–16); where a test is about the element
// showing what the library says, the expected text is the library's, run here in Node.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createSchedule, presets, statusText } from "../../src/index";
import { useChromiumAndStaticServer } from "../helpers/chromiumAndServer";
import { elementsTestPage, fastForwardTo, openPage, pageLog, partText, settled, showsContent } from "../helpers/elementsPage";

const ARJEPLOG = createSchedule(presets.arjeplog);
const says = (iso: string, language: "sv" | "en" = "sv") => statusText(ARJEPLOG, new Date(iso), { language });
const KOMMUN = "/examples/arjeplogs-kommun.json";

const shared = useChromiumAndStaticServer();

/** Serves a test page with the elements file and the given body; returns its URL. */
function testPage(name: string, body: string, lang = "sv"): string {
  return elementsTestPage(shared.server, name, body, lang);
}

const inline = (config: unknown) => `<script type="application/json">${JSON.stringify(config)}</script>`;
const statusOf = (page: Page) => partText(page, "oppettider-status", "text");
const stateOf = (page: Page) => page.evaluate(() => document.querySelector("oppettider-status")?.getAttribute("data-state"));
const liveText = (page: Page) => page.evaluate(() => document.querySelector("[data-oppettider-live]")?.textContent ?? null);
/** Retries an assertion for up to 5 s of real time (for a request the page makes in the background). */
async function eventually(check: () => void): Promise<void> {
  for (let tries = 0; ; tries++) {
    try {
      return check();
    } catch (error) {
      if (tries >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** A link's text without its visually hidden part (class "vh": 1 px, clipped). */
const visibleText = (link: Element) =>
  [...link.childNodes]
    .filter((node) => !(node instanceof Element && node.classList.contains("vh") && node.getBoundingClientRect().width <= 1))
    .map((node) => node.textContent)
    .join("");
const updatesOf = async (page: Page, tag: string) => (await pageLog(page)).updates.filter((update) => update.tag === tag).length;

describe("<oppettider-status>", () => {
  it("flips to closed at 12.00 on 23 December 2026 without a reload, announcing it once, and not at midnight", async () => {
    const url = testPage("flip", `<oppettider-status config="${KOMMUN}">Måndag–fredag 08–16</oppettider-status>`);
    const { context, page, console } = await openPage(shared.browser, url, { start: "2026-12-23T11:59:00+01:00" });
    try {
      expect(await stateOf(page)).toBe("open");
      expect(await statusOf(page)).toBe(says("2026-12-23T11:59:00+01:00"));
      // The one timer aims at the closing: 12.00 in Stockholm.
      expect(await page.evaluate(() => (document.querySelector("oppettider-status") as unknown as { nextChange: number }).nextChange)).toBe(Date.parse("2026-12-23T12:00:00+01:00"));
      const first = await updatesOf(page, "oppettider-status");
      expect(first).toBe(1);
      expect(await liveText(page)).toBe(""); // the first render is not announced

      await page.clock.runFor(59_000); // 11:59:59
      expect(await stateOf(page)).toBe("open");
      expect(await updatesOf(page, "oppettider-status")).toBe(1);

      await page.clock.runFor(2_000); // 12:00:01
      expect(await stateOf(page)).toBe("closed");
      expect(await statusOf(page)).toBe(says("2026-12-23T12:00:01+01:00"));
      expect(await updatesOf(page, "oppettider-status")).toBe(2);
      expect(await liveText(page)).toBe(says("2026-12-23T12:00:01+01:00"));

      // Midnight: the words change ("Stängt idag, julafton"), the state does not: nothing is announced.
      await fastForwardTo(page, "2026-12-23T23:59:30+01:00");
      expect(await updatesOf(page, "oppettider-status")).toBe(2);
      await page.clock.runFor(31_000);
      expect(await statusOf(page)).toBe(says("2026-12-24T00:00:01+01:00"));
      expect(await updatesOf(page, "oppettider-status")).toBe(3);
      expect(await liveText(page)).toBe(says("2026-12-23T12:00:01+01:00"));

      // One live region on the page, no polling.
      expect(await page.locator("[aria-live]").count()).toBe(1);
      const log = await pageLog(page);
      expect(log.intervals).toBe(0);
      // One timer per render (3), one more per wake-up event at load (pageshow, focus).
      expect(log.timeouts.length).toBeLessThanOrEqual(6);
      expect(log.timeouts.every((timer) => timer.delay >= 1_000)).toBe(true);
      expect(console.filter((line) => /^(error|pageerror)/.test(line))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("speaks English with lang=en, and shows the day's sentence and today's hours", async () => {
    const url = testPage("english", `<oppettider-status config="${KOMMUN}" sentence today></oppettider-status>`, "en");
    const { context, page } = await openPage(shared.browser, url, { start: "2026-12-24T10:00:00+01:00" });
    try {
      expect(await statusOf(page)).toBe(says("2026-12-24T10:00:00+01:00", "en"));
      expect(await statusOf(page)).toMatch(/^Closed today, Christmas Eve · opens Monday 28 December 08:00$/);
      expect(await partText(page, "oppettider-status", "today")).toBe("Today closed · Christmas Eve");
    } finally {
      await context.close();
    }
  });

  it("shows the right state within a second of waking from a sleep across a change (resume, focus, visibilitychange, pageshow)", async () => {
    const url = testPage("sleep", `<oppettider-status config="${KOMMUN}"></oppettider-status>`);
    const { context, page } = await openPage(shared.browser, url, { start: "2026-12-23T11:30:00+01:00" });
    try {
      expect(await stateOf(page)).toBe("open");
      const sleepUntil = async (iso: string, wake: () => Promise<unknown>) => {
        // Time jumps while the page's timers stand still, as in a sleeping computer.
        await page.clock.setSystemTime(Date.parse(iso));
        await wake();
        await page.clock.runFor(1_000);
      };

      await sleepUntil("2026-12-23T12:30:00+01:00", async () => {
        expect(await stateOf(page)).toBe("open"); // asleep: nothing has told it yet
        // What Chrome fires on a frozen page that runs again (the headless shell's CDP
        // Page.setWebLifecycleState fires no lifecycle events, so the test fires it).
        await page.evaluate(() => document.dispatchEvent(new Event("resume")));
      });
      expect(await stateOf(page)).toBe("closed");
      expect(await statusOf(page)).toBe(says("2026-12-23T12:30:00+01:00"));

      await sleepUntil("2026-12-28T08:30:00+01:00", () => page.evaluate(() => window.dispatchEvent(new Event("focus"))));
      expect(await stateOf(page)).toBe("open");
      expect(await statusOf(page)).toBe(says("2026-12-28T08:30:00+01:00"));

      await sleepUntil("2026-12-28T12:30:00+01:00", () => page.evaluate(() => document.dispatchEvent(new Event("visibilitychange"))));
      expect(await stateOf(page)).toBe("closed");
      expect(await statusOf(page)).toBe(says("2026-12-28T12:30:00+01:00")); // "Stängt för lunch · öppnar 13.00"

      await sleepUntil("2026-12-28T13:30:00+01:00", () => page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true }))));
      expect(await stateOf(page)).toBe("open");
      expect(await statusOf(page)).toBe(says("2026-12-28T13:30:00+01:00"));
    } finally {
      await context.close();
    }
  });

  it("shows a message at the end of 2100 instead of silently stopping", async () => {
    const url = testPage("end-of-2100", `<oppettider-status>${inline(presets.arjeplog)}</oppettider-status>`);
    const { context, page, console } = await openPage(shared.browser, url, { start: "2100-12-31T23:59:00+01:00" });
    try {
      await page.clock.runFor(120_000);
      expect(await showsContent(page, "oppettider-status")).toBe(false);
      expect(await partText(page, "oppettider-status", "message")).toBe("Öppettiderna kunde inte visas.Öppettider efter år 2100 är inte kända.");
      expect(console.some((line) => line.startsWith("error: oppettider: <oppettider-status>"))).toBe(true);
      const log = await pageLog(page);
      expect(log.timeouts.length).toBeLessThanOrEqual(3);
    } finally {
      await context.close();
    }
  });
});

describe("errors", () => {
  it("a broken config URL, a bad config and a bad `at` show a clear message in the element, log the problems, and the rest of the page works", async () => {
    const url = testPage(
      "broken",
      `<oppettider-status id="missing" config="/no/such/hours.json"><p>Vi har öppet vardagar 08–16.</p></oppettider-status>
       <oppettider-status id="bad">${inline({ weekly: { mon: ["13:00-12:00"] }, weeky: {} })}</oppettider-status>
       <oppettider-status id="junk-at" at="1" config="${KOMMUN}"></oppettider-status>
       <oppettider-week config="${KOMMUN}"></oppettider-week>
       <button type="button" onclick="this.textContent = 'fungerar'">Testa</button>`,
    );
    const { context, page, console } = await openPage(shared.browser, url, { start: "2026-12-23T10:00:00+01:00" });
    try {
      expect(await partText(page, "#missing", "message")).toBe("Öppettiderna kunde inte visas./no/such/hours.json svarade HTTP 404.");
      // The editor's own text stays visible under the message.
      expect(await page.evaluate(() => document.querySelector("#missing > p")!.checkVisibility())).toBe(true);
      const bad = await partText(page, "#bad", "message");
      expect(bad).toMatch(/^Öppettiderna kunde inte visas\.2 fel i inställningarna, det första: /);
      expect(bad).toContain("Mer i webbläsarens konsol.");
      expect(await partText(page, "#junk-at", "message")).toBe(
        'Öppettiderna kunde inte visas.at="1" är ingen tidpunkt. Skriv till exempel 2026-12-24T10:00 eller 2026-12-24T10:00+01:00.',
      );
      // The console has each problem, with its path.
      const errors = console.filter((line) => line.startsWith("error: oppettider:"));
      expect(errors).toHaveLength(3);
      expect(errors.join("\n")).toMatch(/hours\.json/);
      expect(errors.join("\n")).toMatch(/weekly\.mon\[0\]: "13:00-12:00"[^\n]*\n[\s\S]*weeky/);
      // The rest of the page: the week shows, the button works.
      expect(await showsContent(page, "oppettider-week")).toBe(true);
      await page.getByRole("button", { name: "Testa" }).click();
      expect(await page.getByRole("button").textContent()).toBe("fungerar");
    } finally {
      await context.close();
    }
  });
});

describe("clocks that jump at midnight (shared.browser and schedule in America/Santiago)", () => {
  const santiago = { timeZone: "America/Santiago", weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, ["08:00-20:00"]])) };
  const schedule = createSchedule(santiago);
  // 2026-09-06: the clocks go from 24:00 straight to 01:00; 2026-04-05: from 24:00 back to 23:00.
  for (const [night, start, dayStart] of [
    ["spring forward, 00.00 does not exist", "2026-09-05T22:00:00-04:00", "2026-09-06T01:00:00-03:00"],
    ["fall back, 23.00–24.00 happens twice", "2026-04-04T22:00:00-03:00", "2026-04-05T00:00:00-04:00"],
  ] as const) {
    it(`renders once at the new day and arms no 0 ms loop (${night})`, async () => {
      const url = testPage(`santiago-${start.slice(5, 7)}`, `<oppettider-status>${inline(santiago)}</oppettider-status><oppettider-week>${inline(santiago)}</oppettider-week><oppettider-deviations>${inline(santiago)}</oppettider-deviations>`);
      const { context, page, console } = await openPage(shared.browser, url, { start, timezoneId: "America/Santiago" });
      try {
        expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("America/Santiago");
        // The next change is the first instant of the new day.
        expect(await page.evaluate(() => (document.querySelector("oppettider-week") as unknown as { nextChange: number }).nextChange)).toBe(Date.parse(dayStart));
        await page.clock.runFor("04:00:00");
        const log = await pageLog(page);
        for (const tag of ["oppettider-status", "oppettider-week", "oppettider-deviations"]) expect(log.updates.filter((u) => u.tag === tag)).toHaveLength(2);
        // One timer per element and render, and one more per wake-up event at load (pageshow,
        // focus) that looks at the clock again; never a short one.
        expect(log.timeouts.length).toBeLessThanOrEqual(12);
        expect(log.timeouts.every((timer) => timer.delay >= 60_000)).toBe(true);
        const after = Date.parse(dayStart) + 1;
        expect(await statusOf(page)).toBe(statusText(schedule, after));
        expect(console.filter((line) => /^(error|warning|pageerror)/.test(line))).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe("<oppettider-week>", () => {
  it("is a real table with a caption and headers, today marked in words", async () => {
    const url = testPage("week", `<oppettider-week config="${KOMMUN}"></oppettider-week>`);
    const { context, page } = await openPage(shared.browser, url, { start: "2026-12-23T10:00:00+01:00" });
    try {
      const table = page.getByRole("table", { name: "Öppettider vecka 52 (21–27 december)" });
      expect(await table.count()).toBe(1);
      expect(await table.getByRole("columnheader").allTextContents()).toEqual(["Dag", "Öppet", "Anmärkning"]);
      const rows = table.locator("tbody tr");
      expect(await rows.count()).toBe(7);
      const today = table.locator('tr[aria-current="date"]');
      expect((await today.textContent())?.replace(/\s+/g, " ")).toBe("Onsdag 23 december (idag)08.00–12.00Dag före afton");
      expect(await table.getByRole("rowheader", { name: "Torsdag 24 december" }).count()).toBe(1);
      expect(await rows.nth(3).locator("td").allTextContents()).toEqual(["Stängt", "Julafton"]);
      expect(await rows.nth(0).locator("td").first().textContent()).toBe("08.00–12.00 och 13.00–16.00");
    } finally {
      await context.close();
    }
  });
});

describe("<oppettider-contacts>", () => {
  it("phone links read 'Ring Medborgarservice, 0961-144 44' and show the number; the phone file loads only for contacts", async () => {
    const before = shared.server.hits.get("/dist/browser/oppettider-elements-phone.js") ?? 0;
    const statusOnly = await openPage(shared.browser, testPage("no-contacts", `<oppettider-status config="${KOMMUN}"></oppettider-status>`), { start: "2026-12-23T14:00:00+01:00" });
    await statusOnly.context.close();
    expect(shared.server.hits.get("/dist/browser/oppettider-elements-phone.js") ?? 0).toBe(before);

    const url = testPage("contacts", `<oppettider-contacts config="${KOMMUN}"></oppettider-contacts><oppettider-contacts id="now" reachable config="${KOMMUN}"></oppettider-contacts>`);
    const { context, page } = await openPage(shared.browser, url, { start: "2026-12-23T14:00:00+01:00" });
    try {
      expect(shared.server.hits.get("/dist/browser/oppettider-elements-phone.js")).toBe(before + 1);
      const call = page.locator("oppettider-contacts").first().getByRole("link", { name: "Ring Medborgarservice, 0961-144 44", exact: true });
      expect(await call.count()).toBe(1);
      expect(await call.getAttribute("href")).toBe("tel:+4696114444");
      expect(await call.evaluate(visibleText)).toBe("0961-144 44");
      expect(await page.getByRole("link", { name: "Ring Martin Stråmo, 070-206 52 98" }).first().getAttribute("href")).toBe("tel:+46702065298");
      // "Spara kontakt": the accessible name starts with the visible words.
      const save = page.locator("oppettider-contacts").first().getByRole("link", { name: "Spara kontakt – Medborgarservice (vCard)" });
      expect(await save.evaluate(visibleText)).toBe("Spara kontakt");
      // 14.00 on a day before Christmas Eve: the desk closed at 12, Medborgarservice answers until 16 (its own hours).
      expect(await page.evaluate(() => document.querySelector("#now")!.shadowRoot!.querySelectorAll('[part~="contact"]').length)).toBe(1);
      expect(await partText(page, "#now", "name")).toBe("Medborgarservice");
      expect(await partText(page, "#now", "reach")).toBe("Nås nu, till 16.00");
      await fastForwardTo(page, "2026-12-23T16:00:01+01:00");
      expect(await partText(page, "#now", "empty")).toBe("Ingen nås i telefon just nu. Medborgarservice nås måndag 28 december kl. 08.00.");
    } finally {
      await context.close();
    }
  });
});

describe("from the service (src + unit)", () => {
  // The answers' shapes are those of `oppettider serve` (issue #11): /config is the unit's
  // schedule config with its zone; /contacts has formatted phones and, per contact, whether
  // it answers now and until or from when (here as the service answers at 13.59 on 23 December).
  const library = {
    timeZone: "Europe/Stockholm",
    weekly: { mon: ["10:00-19:00"], tue: ["10:00-19:00"], wed: ["10:00-19:00"], thu: ["10:00-19:00"], fri: ["10:00-16:00"] },
    dayKinds: { publicHoliday: { hours: [] }, workFreeEve: { hours: [] }, dayBeforeEve: { hours: ["10:00-14:00"] } },
  };
  const phone = (display: string, e164: string) => ({ display, e164, international: display, uri: `tel:${e164}`, type: "voice" });
  const contacts = {
    unit: { id: "bibliotek", name: "Biblioteket" },
    timeZone: "Europe/Stockholm",
    contacts: [
      { id: "lanedisk", name: "Lånedisken", role: null, person: null, phones: [phone("0961-145 00", "+4696114500")], emails: [{ address: "bibliotek@arjeplog.se", uri: "mailto:bibliotek@arjeplog.se" }], web: null, reachable: true, until: "2026-12-23T14:00:00+01:00", nextReachable: null, text: "nås nu, till 14.00" },
      { id: "fjarrlan", name: "Fjärrlån", role: null, person: null, phones: [phone("0961-145 10", "+4696114510")], emails: [], web: null, reachable: false, until: null, nextReachable: "2026-12-28T13:00:00+01:00", text: "nås måndag 28 december kl. 13.00" },
    ],
  };

  it("computes the hours locally from the unit's config, and keeps the last good answer while the service is down", async () => {
    let up = true;
    const json = (body: unknown) => () => (up ? { status: 200, body: JSON.stringify(body), type: "application/json" } : { status: 503, body: "down" });
    shared.server.route("/svc/v1/units/bibliotek/config", json(library));
    shared.server.route("/svc/v1/units/bibliotek/contacts", json(contacts));
    const url = testPage("service", `<oppettider-status src="/svc" unit="bibliotek"></oppettider-status><oppettider-contacts src="/svc/v1/" unit="bibliotek"></oppettider-contacts><oppettider-status id="unknown" src="/svc" unit="simhall"></oppettider-status>`);
    const { context, page, console } = await openPage(shared.browser, url, { start: "2026-12-23T13:59:00+01:00" });
    try {
      // 23 December: a day before Christmas Eve, the library's 10–14.
      expect(await stateOf(page)).toBe("open");
      expect(await partText(page, "oppettider-contacts", "phone")).toBe("Ring Lånedisken, 0961-145 00");
      expect(await page.locator("oppettider-contacts").getByText("Nås måndag 28 december kl. 13.00").count()).toBe(1);
      expect(await partText(page, "#unknown", "message")).toBe(`Öppettiderna kunde inte visas.${shared.server.url}/svc/v1/units/simhall/config svarade HTTP 404.`);

      up = false;
      await page.reload();
      await settled(page);
      expect(await stateOf(page)).toBe("open");
      const asked = shared.server.hits.get("/svc/v1/units/bibliotek/contacts")!;
      await page.clock.runFor(61_000); // 14.00:01, computed locally
      expect(await stateOf(page)).toBe("closed");
      expect(await statusOf(page)).toBe(statusText(createSchedule(library), Date.parse("2026-12-23T14:00:01+01:00")));
      // Lånedisken's answer ran out at 14.00: asked again; the service is down, so nothing is guessed.
      await eventually(() => expect(shared.server.hits.get("/svc/v1/units/bibliotek/contacts")).toBe(asked + 1));
      await settled(page);
      expect(await page.locator("oppettider-contacts").getByText(/^Nås/).allTextContents()).toEqual(["Nås måndag 28 december kl. 13.00"]);
      expect(await partText(page, "oppettider-contacts", "phone")).toBe("Ring Lånedisken, 0961-145 00");
      expect(console.some((line) => /^warning: oppettider: .*503.* Using the last good answer/.test(line))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("computes contacts locally too when the service gives their hours, also while it is down", async () => {
    let up = true;
    const json = (body: unknown) => () => (up ? { status: 200, body: JSON.stringify(body), type: "application/json" } : { status: 503, body: "down" });
    // As `oppettider serve` answers since it gives hours: null (the unit's hours) or the contact's own.
    const withHours = {
      ...contacts,
      contacts: [
        { ...contacts.contacts[0], hours: null },
        { ...contacts.contacts[1], hours: { timeZone: "Europe/Stockholm", weekly: { mon: ["13:00-15:00"] } } },
      ],
    };
    shared.server.route("/svc2/v1/units/bibliotek/config", json(library));
    shared.server.route("/svc2/v1/units/bibliotek/contacts", json(withHours));
    const url = testPage("service-hours", `<oppettider-contacts src="/svc2" unit="bibliotek"></oppettider-contacts>`);
    const { context, page } = await openPage(shared.browser, url, { start: "2026-12-23T13:59:00+01:00" });
    try {
      // 23 December 13.59: the library's day before an eve, 10–14; Fjärrlån answers Mondays 13–15.
      expect(await page.locator("oppettider-contacts").getByText(/^Nås/).allTextContents()).toEqual(["Nås nu, till 14.00", "Nås måndag 28 december kl. 13.00"]);
      up = false;
      const asked = shared.server.hits.get("/svc2/v1/units/bibliotek/contacts")!;
      await page.clock.runFor(61_000); // 14.00:01: the library closed; 24–27 December are closed, Monday 28 December opens at 10.00
      await settled(page);
      expect(await page.locator("oppettider-contacts").getByText(/^Nås/).allTextContents()).toEqual(["Nås måndag 28 december kl. 10.00", "Nås måndag 28 december kl. 13.00"]);
      expect(shared.server.hits.get("/svc2/v1/units/bibliotek/contacts")).toBe(asked); // nothing to ask: computed here
    } finally {
      await context.close();
    }
  });
});

describe("examples/arjeplogs-kommun.json", () => {
  it("is presets.arjeplogKommun", () => {
    expect(JSON.parse(readFileSync(new URL("../../examples/arjeplogs-kommun.json", import.meta.url), "utf8"))).toEqual(JSON.parse(JSON.stringify(presets.arjeplogKommun)));
  });
});

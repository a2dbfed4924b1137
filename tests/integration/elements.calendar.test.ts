/// <reference lib="dom.iterable" />
// <oppettider-calendar> in Chromium: the days of a month and of a year, their names (checked
// against the calendar: 23 December 2026 is the day before Christmas Eve, 08–12 in the
// Arjeplog default; 24 December julafton and 25 December juldagen closed; Tuesday 1 December
// the regular 08–12 and 13–16 — the red days cross-checked with date-holidays), and moving
// through the days with the keyboard as in the WAI-ARIA grid pattern.
import Holidays from "date-holidays";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useChromiumAndStaticServer } from "../helpers/chromiumAndServer";
import { elementsTestPage, fastForwardTo, openPage } from "../helpers/elementsPage";

const KOMMUN = "/examples/arjeplogs-kommun.json";
const START = "2026-12-07T10:00:00+01:00";

const shared = useChromiumAndStaticServer();

function testPage(name: string, body: string, lang = "sv"): string {
  return elementsTestPage(shared.server, name, body, lang);
}

/** Every day cell of the (first) calendar: its date, name (the visually hidden text, its only text not aria-hidden) and tabindex. */
const cells = (page: Page) =>
  page.evaluate(() =>
    [...(document.querySelector("oppettider-calendar")!.shadowRoot!.querySelectorAll<HTMLElement>("[data-date]"))].map((cell) => ({
      date: cell.dataset.date!,
      name: cell.querySelector('[part~="day-name"]')!.textContent,
      role: cell.getAttribute("role"),
      tabindex: cell.getAttribute("tabindex"),
    })),
  );
const focused = (page: Page) => page.evaluate(() => (document.querySelector("oppettider-calendar")!.shadowRoot!.activeElement as HTMLElement | null)?.dataset.date ?? null);
const nameOf = async (page: Page, date: string) => (await cells(page)).find((cell) => cell.date === date)?.name;

describe("<oppettider-calendar>", () => {
  it("the days the test relies on are what date-holidays says", () => {
    const sweden = new Holidays("SE");
    const on = (date: string) => (sweden.isHoliday(new Date(`${date}T11:00:00Z`)) || [])[0]?.name;
    expect([on("2026-12-24"), on("2026-12-25"), on("2026-12-23"), on("2026-12-01")]).toEqual(["julafton", "juldagen", undefined, undefined]);
  });

  it("shows December 2026: 31 day cells in a grid, each with its date, hours and rule", async () => {
    const url = testPage("month", `<oppettider-calendar config="${KOMMUN}" year="2026" month="12"></oppettider-calendar>`);
    const { context, page, console } = await openPage(shared.browser, url, { start: START });
    try {
      const days = await cells(page);
      expect(days.map((d) => d.date)).toEqual(Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, "0")}`));
      expect(new Set(days.map((d) => d.role))).toEqual(new Set(["gridcell"]));
      expect(await nameOf(page, "2026-12-23")).toBe("onsdag 23 december: 08.00–12.00, dag före afton");
      expect(await nameOf(page, "2026-12-24")).toBe("torsdag 24 december: stängt, julafton");
      expect(await nameOf(page, "2026-12-25")).toBe("fredag 25 december: stängt, juldagen");
      expect(await nameOf(page, "2026-12-01")).toBe("tisdag 1 december: 08.00–12.00 och 13.00–16.00, ordinarie öppettider");
      // Today (7 December) has the one tab stop and is marked.
      expect(days.filter((d) => d.tabindex === "0").map((d) => d.date)).toEqual(["2026-12-07"]);
      expect(await nameOf(page, "2026-12-07")).toMatch(/^måndag 7 december \(idag\): /);
      const shadow = await page.evaluate(() => {
        const root = document.querySelector("oppettider-calendar")!.shadowRoot!;
        return {
          grids: root.querySelectorAll('table[role="grid"]').length,
          title: root.querySelector('[part~="month-title"]')?.textContent,
          differs: [...root.querySelectorAll<HTMLElement>('[part~="differs"][data-date]')].map((cell) => cell.dataset.date),
          legend: [...root.querySelectorAll('[part~="legend-item"]')].map((item) => item.textContent!.trim()),
        };
      });
      expect(shadow.grids).toBe(1);
      expect(shadow.title).toBe("December 2026");
      // Differing: 23 (08–12), 24–25 (closed), 30 (day before New Year's Eve), 31 (New Year's Eve, closed).
      expect(shadow.differs).toEqual(["2026-12-23", "2026-12-24", "2026-12-25", "2026-12-30", "2026-12-31"]);
      expect(shadow.legend).toEqual(expect.arrayContaining(["◇ Dag före afton", "◆ Afton", "● Röd dag"]));
      expect(console).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("in English, the names are the library's English words", async () => {
    const url = testPage("month-en", `<oppettider-calendar config="${KOMMUN}" year="2026" month="12"></oppettider-calendar>`, "en");
    const { context, page, console } = await openPage(shared.browser, url, { start: START });
    try {
      expect(await nameOf(page, "2026-12-23")).toBe("Wednesday 23 December: 08:00–12:00, Day before a holiday eve");
      expect(await nameOf(page, "2026-12-24")).toBe("Thursday 24 December: closed, Christmas Eve");
      expect(console).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows a whole year as 12 month grids, 365 days", async () => {
    const url = testPage("year", `<oppettider-calendar config="${KOMMUN}" year="2026"></oppettider-calendar>`);
    const { context, page, console } = await openPage(shared.browser, url, { start: START });
    try {
      const days = await cells(page);
      expect(days).toHaveLength(365);
      expect(days[0]!.date).toBe("2026-01-01");
      expect(days[364]!.date).toBe("2026-12-31");
      expect(await page.evaluate(() => document.querySelector("oppettider-calendar")!.shadowRoot!.querySelectorAll('table[role="grid"]').length)).toBe(12);
      expect(await nameOf(page, "2026-05-15")).toBe("fredag 15 maj: 10.00–12.00, klämdag");
      expect(await nameOf(page, "2026-06-06")).toBe("lördag 6 juni: stängt, Sveriges nationaldag");
      expect(console).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("moves through the days with the keyboard: a day, a week, the week's ends, a month", async () => {
    const url = testPage("keys", `<button>before</button><oppettider-calendar config="${KOMMUN}" year="2026" month="12"></oppettider-calendar>`);
    const { context, page, console } = await openPage(shared.browser, url, { start: START });
    try {
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await focused(page)).toBe("2026-12-07");
      await page.keyboard.press("ArrowRight");
      expect(await focused(page)).toBe("2026-12-08");
      await page.keyboard.press("ArrowDown");
      expect(await focused(page)).toBe("2026-12-15");
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("ArrowUp");
      expect(await focused(page)).toBe("2026-12-07");
      await page.keyboard.press("End");
      expect(await focused(page)).toBe("2026-12-13");
      await page.keyboard.press("Home");
      expect(await focused(page)).toBe("2026-12-07");
      // The tab stop moved along: one cell has tabindex 0.
      expect((await cells(page)).filter((d) => d.tabindex === "0").map((d) => d.date)).toEqual(["2026-12-07"]);
      // PageDown: the same day in January 2027, the grid follows.
      await page.keyboard.press("PageDown");
      expect(await focused(page)).toBe("2027-01-07");
      expect(await page.evaluate(() => document.querySelector("oppettider-calendar")!.getAttribute("month"))).toBe("1");
      await page.keyboard.press("PageUp");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      expect(await focused(page)).toBe("2027-01-04");
      expect(console).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("moves today on at midnight and keeps the keyboard focus where it was", async () => {
    const url = testPage("midnight", `<oppettider-calendar config="${KOMMUN}" year="2026" month="12"></oppettider-calendar>`);
    const { context, page, console } = await openPage(shared.browser, url, { start: "2026-12-07T23:59:00+01:00" });
    try {
      await page.keyboard.press("Tab");
      await page.keyboard.press("ArrowDown");
      expect(await focused(page)).toBe("2026-12-14");
      await fastForwardTo(page, "2026-12-08T00:00:01+01:00");
      expect(await nameOf(page, "2026-12-08")).toMatch(/^tisdag 8 december \(idag\): /);
      expect(await nameOf(page, "2026-12-07")).toBe("måndag 7 december: 08.00–12.00 och 13.00–16.00, ordinarie öppettider");
      expect(await focused(page)).toBe("2026-12-14");
      expect(console).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("prints on A4 without colours that vanish: month grids kept whole, differing days framed in black", async () => {
    const url = testPage("print", `<oppettider-calendar config="${KOMMUN}" year="2026"></oppettider-calendar>`);
    const { context, page, console } = await openPage(shared.browser, url, { start: START });
    try {
      const style = () =>
        page.evaluate(() => {
          const root = document.querySelector("oppettider-calendar")!.shadowRoot!;
          const month = getComputedStyle(root.querySelector('[part~="month"]')!);
          const differs = getComputedStyle(root.querySelector('[data-date="2026-12-24"]')!);
          return { breakInside: month.breakInside, background: differs.backgroundColor, outline: differs.outlineColor };
        });
      const screen = await style();
      expect(screen.background).not.toBe("rgba(0, 0, 0, 0)");
      await page.emulateMedia({ media: "print" });
      expect(await style()).toEqual({ breakInside: "avoid", background: "rgba(0, 0, 0, 0)", outline: "rgb(0, 0, 0)" });
      expect(console).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a month out of range is a clear message, not a calendar", async () => {
    const url = testPage("bad", `<oppettider-calendar config="${KOMMUN}" year="2026" month="13"><p>Se kommunens webbplats</p></oppettider-calendar>`);
    const { context, page, console } = await openPage(shared.browser, url, { start: START });
    try {
      const message = await page.evaluate(() => document.querySelector("oppettider-calendar")!.shadowRoot!.querySelector('[part~="message"]')!.textContent);
      expect(message).toMatch(/month must be a whole number from 1 to 12, got "13"/);
      expect(console.join("\n")).toMatch(/month must be/);
    } finally {
      await context.close();
    }
  });
});

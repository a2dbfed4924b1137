import type { Organization, Schedule } from "../index";
import { el } from "./dom";
import { weekdayNames, word, type StudioLanguage } from "./words";

/*
 * The calendar slot. When `<oppettider-calendar>` is defined on the page it shows the config;
 * otherwise a plain month table of the schedule's day-by-day hours. Either way a click on
 * anything with `data-date` is reported with `onDay(date)`.
 */

/** What the calendar shows. */
export interface CalendarView {
  readonly organization: Organization;
  readonly config: unknown;
  readonly unitId: string;
  readonly year: number;
  readonly month: number; // 1–12
}

/**
 * Renders the calendar into `pane` and reports day clicks.
 *
 * @example
 * renderCalendar(pane, { organization, config, unitId: "biblioteket", year: 2026, month: 12 }, "sv", openException);
 */
export function renderCalendar(pane: HTMLElement, view: CalendarView, language: StudioLanguage, onDay: (date: string) => void): void {
  const body = customElements.get("oppettider-calendar")
    ? el("oppettider-calendar" as "div", { config: JSON.stringify(view.config), unit: view.unitId, lang: language, year: String(view.year), month: String(view.month) })
    : monthTable(view.organization.unit(view.unitId).hours, view.year, view.month, language);
  body.addEventListener("click", (event) => {
    const cell = (event.composedPath().find((node) => node instanceof HTMLElement && node.dataset.date) as HTMLElement | undefined) ?? null;
    if (cell) onDay(cell.dataset.date!);
  });
  pane.replaceChildren(body);
}

/** Hours of a day in words: "08.00–16.00" or "stängt". */
export function dayHoursText(schedule: Schedule, date: string, language: StudioLanguage): string {
  const day = schedule.day(date);
  return day.intervals.length === 0 ? word("closed", language) : day.intervals.map((i) => `${i.from}–${i.to}`.replace(/:/g, ".")).join(", ");
}

function monthTable(schedule: Schedule, year: number, month: number, language: StudioLanguage): HTMLElement {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7; // Monday 0
  const cells: HTMLElement[] = Array.from({ length: firstWeekday }, () => el("td", {}));
  for (let d = 1; d <= days; d++) {
    const date = `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    const hours = dayHoursText(schedule, date, language);
    const rule = schedule.day(date).rule;
    // The name is the visible text and then the date and the rule, for a screen reader.
    const button = el("button", { type: "button", "data-date": date }, el("span", { class: "day" }, String(d)), el("span", { class: "hours" }, hours), el("span", { class: "visually-hidden" }, `, ${date}, ${rule.labels[language]}`));
    cells.push(el("td", {}, button));
  }
  const rows: HTMLElement[] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(el("tr", {}, ...cells.slice(i, i + 7)));
  const monthName = new Intl.DateTimeFormat(language === "sv" ? "sv-SE" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, 1)));
  return el(
    "table",
    { class: "month", id: "month-table" },
    el("caption", {}, monthName),
    el("thead", {}, el("tr", {}, ...weekdayNames(language).map((n) => el("th", { scope: "col" }, n.slice(0, 3))))),
    el("tbody", {}, ...rows),
  );
}

import { OppettiderCalendar } from "../elements/calendarElement";
import type { StudioLanguage } from "./words";

/*
 * The calendar pane: the library's own `<oppettider-calendar>` (bundled into the studio) showing
 * the whole year of the unit being edited. A click on a day, or Enter/Space on the focused day,
 * is reported with `onDay(date)`.
 */

// Only the calendar is needed here; a page that already has the elements keeps its definition.
if (!customElements.get("oppettider-calendar")) customElements.define("oppettider-calendar", OppettiderCalendar);

/** What the calendar shows: the last valid config (JSON text), one of its units, one year. */
export interface CalendarView {
  readonly configJson: string;
  /** One of the config's `units` by id; null for the organisation's own hours. */
  readonly unitId: string | null;
  readonly year: number;
}

/** What the pane shows now, to skip a redraw that would change nothing (and keep the focus). */
const shown = new WeakMap<HTMLElement, string>();

/**
 * Renders the year calendar into `pane` and reports picked days. The new calendar is drawn
 * hidden beside the old one and takes its place once it has rendered, so a form change does
 * not make the page jump; a keyboard focus on a day moves to the same day in the new one.
 *
 * @example
 * renderCalendar(pane, { configJson: JSON.stringify(config), unitId: "biblioteket", year: 2026 }, "sv", openException);
 */
export function renderCalendar(pane: HTMLElement, view: CalendarView, language: StudioLanguage, onDay: (date: string) => void): void {
  const key = JSON.stringify([view, language]);
  if (shown.get(pane) === key) return;
  shown.set(pane, key);
  const calendar = document.createElement("oppettider-calendar");
  if (view.unitId !== null) calendar.setAttribute("unit", view.unitId);
  calendar.setAttribute("year", String(view.year));
  calendar.setAttribute("lang", language);
  calendar.setAttribute("heading", "3");
  calendar.hidden = true;
  const source = document.createElement("script");
  source.type = "application/json";
  source.textContent = view.configJson;
  calendar.append(source);
  calendar.addEventListener("click", (event) => {
    const date = dateOf(event);
    if (date) onDay(date);
  });
  calendar.addEventListener("keydown", (event) => {
    const date = event.key === "Enter" || event.key === " " ? dateOf(event) : null;
    if (!date) return;
    event.preventDefault(); // Space would scroll the page
    onDay(date);
  });
  calendar.addEventListener("oppettider-update", () => swapIn(pane, calendar), { once: true });
  pane.append(calendar);
}

/** The `data-date` of the day cell an event came from (inside the element's shadow root). */
function dateOf(event: Event): string | null {
  const cell = event.composedPath().find((node) => node instanceof HTMLElement && node.dataset.date !== undefined) as HTMLElement | undefined;
  return cell?.dataset.date ?? null;
}

function swapIn(pane: HTMLElement, calendar: HTMLElement): void {
  if (!calendar.isConnected) return; // a newer calendar was drawn first
  const focused = [...pane.children].map((old) => (old.shadowRoot?.activeElement as HTMLElement | null)?.dataset?.date).find(Boolean);
  for (const old of [...pane.children]) if (old !== calendar && !(old.compareDocumentPosition(calendar) & Node.DOCUMENT_POSITION_PRECEDING)) old.remove();
  calendar.hidden = false;
  if (focused) calendar.shadowRoot?.querySelector<HTMLElement>(`[data-date="${focused}"]`)?.focus();
}

/// <reference lib="dom" />
import { civilFromDays, daysFromCivil, daysInMonth, formatPlainDate, MS_PER_DAY, parsePlainDate, weekdayOf } from "../calendar/plainDate";
import { assertSupportedYear } from "../calendar/supportedYears";
import { explainDay, type DayExplanation } from "../schedule/explainDay";
import type { RuleKind } from "../schedule/ruleKinds";
import type { Language } from "../schedule/rules";
import { describeDate } from "../texts/describeWhen";
import { formatIntervals } from "../texts/formatHours";
import { capitalize, inRunningText, MONTH_NAMES, WEEKDAY_NAMES } from "../texts/words";
import { createZone } from "../zone/zone";
import type { Place } from "./buildPlace";
import { OppettiderElement, type NextChange, type RenderContext } from "./baseElement";
import { dateAfterKey } from "./calendarKeys";
import { CALENDAR_WORDS, kindMark } from "./calendarWords";
import { positiveInteger } from "./deviationsElement";
import { h } from "./dom";
import { CALENDAR_CSS } from "./styles";

/**
 * `<oppettider-calendar>`: a month (`year` + `month`, 1–12) or a whole year (`year` alone: 12
 * month grids) of one place, every day with its hours and the rule in force, the days that
 * differ from the regular hours marked (a glyph and a frame, not colour alone) and explained
 * in a legend. Without `year`, this year. Each day is a cell of an ARIA grid named like
 * "onsdag 23 december: 08.00–12.00, dag före afton", with `data-date="YYYY-MM-DD"`; arrows
 * move a day or a week, Home/End to the week's ends, PageUp/PageDown a month (in a one-month
 * calendar the grid follows, changing `year`/`month`). `heading` (2–6) makes the month
 * titles headings. It prints one month per block, never split across pages.
 *
 * @example
 * <oppettider-calendar config="/oppettider.json" year="2026" month="12"></oppettider-calendar>
 */
export class OppettiderCalendar extends OppettiderElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, "year", "month", "heading"];
  }

  protected override readonly css = CALENDAR_CSS;

  /** The date that has the grid's one tab stop (roving tabindex), kept across renders. */
  #focusDate: string | null = null;
  #keysBound = false;

  protected render(content: HTMLElement, { place, now, language, nextDay }: RenderContext): NextChange {
    const today = formatPlainDate(Math.floor(createZone(place.hours.timeZone).epochToLocal(now) / MS_PER_DAY));
    const year = positiveInteger(this.getAttribute("year"), "year") ?? Number(today.slice(0, 4));
    assertSupportedYear(year, `year="${year}"`);
    const month = positiveInteger(this.getAttribute("month"), "month");
    if (month !== null && month > 12) throw new RangeError(`month must be a whole number from 1 to 12, got "${month}"`);
    const months = month === null ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [month];
    const first = formatPlainDate(daysFromCivil(year, months[0]!, 1));
    const last = formatPlainDate(daysFromCivil(year, months[months.length - 1]!, daysInMonth(year, months[months.length - 1]!)));
    if (this.#focusDate === null || this.#focusDate < first || this.#focusDate > last) this.#focusDate = today >= first && today <= last ? today : first;

    const kinds = new Set<RuleKind>();
    const grids = months.map((m) => this.#month(place, year, m, today, language, kinds));
    // A new render (the next day, a new month) keeps the keyboard focus on its date.
    const hadFocus = (this.shadowRoot?.activeElement as HTMLElement | null)?.dataset?.date !== undefined;
    content.replaceChildren(h("div", { part: month === null ? "months year" : "months" }, ...grids), legend(kinds, language));
    if (hadFocus) this.#cell(this.#focusDate)?.focus();
    if (!this.#keysBound) {
      this.#keysBound = true;
      content.addEventListener("keydown", (event) => this.#onKey(event));
      content.addEventListener("focusin", (event) => {
        const date = (event.target as HTMLElement).dataset?.date;
        if (date) this.#moveTabStop(date);
      });
    }
    return nextDay;
  }

  #month(place: Place, year: number, month: number, today: string, language: Language, kinds: Set<RuleKind>): HTMLElement {
    const id = `month-${year}-${month}`;
    const firstDay = daysFromCivil(year, month, 1);
    const length = daysInMonth(year, month);
    const lead = weekdayOf(firstDay) - 1;
    const cells: HTMLElement[] = Array.from({ length: lead }, () => h("td", { part: "blank" }));
    for (let day = 1; day <= length; day++) {
      const why = explainDay(place.hours, formatPlainDate(firstDay + day - 1));
      if (why.rule.kind !== "weekly") kinds.add(why.rule.kind);
      cells.push(this.#dayCell(why, today, language));
    }
    while (cells.length % 7 !== 0) cells.push(h("td", { part: "blank" }));
    const rows: HTMLElement[] = [];
    for (let i = 0; i < cells.length; i += 7) rows.push(h("tr", {}, ...cells.slice(i, i + 7)));
    const heads = WEEKDAY_NAMES[language].map((name) => h("th", { scope: "col", role: "columnheader", abbr: name }, h("span", { "aria-hidden": "true" }, capitalize(name.slice(0, 2))), h("span", { class: "vh" }, name)));
    const level = Number(this.getAttribute("heading"));
    const tag = Number.isInteger(level) && level >= 2 && level <= 6 ? (`h${level}` as "h2") : "p";
    return h(
      "section",
      { part: "month" },
      h(tag, { part: "month-title", id }, `${capitalize(MONTH_NAMES[language][month - 1]!)} ${year}`),
      h("table", { role: "grid", part: "grid", "aria-labelledby": id }, h("thead", {}, h("tr", {}, ...heads)), h("tbody", {}, ...rows)),
    );
  }

  #dayCell(why: DayExplanation, today: string, language: Language): HTMLElement {
    const { year, month, day } = civilFromDays(parsePlainDate(why.date));
    const hours = formatIntervals(why.intervals, language);
    const mark = kindMark(why.rule.kind, language);
    const rule = inRunningText(why.rule.labels[language], language);
    const isToday = why.date === today;
    const name = `${describeDate({ year, month, day, weekday: why.weekday }, language)}${isToday ? ` (${CALENDAR_WORDS[language].today})` : ""}: ${hours}, ${rule}`;
    const parts = ["day", why.intervals.length === 0 ? "closed" : "open", why.differs ? "differs" : "", isToday ? "today" : ""].filter(Boolean).join(" ");
    return h(
      "td",
      { role: "gridcell", part: parts, "data-date": why.date, "data-kind": why.rule.kind, "aria-current": isToday ? "date" : null, tabindex: why.date === this.#focusDate ? "0" : "-1", title: `${capitalize(rule)}` },
      // The name is the cell's content (not aria-label, which would differ from the visible text).
      h("span", { part: "day-name", class: "vh" }, name),
      h("span", { part: "day-number", "aria-hidden": "true" }, String(day)),
      h("span", { part: "day-hours", "aria-hidden": "true" }, hours),
      mark.glyph ? h("span", { part: "glyph", "aria-hidden": "true" }, mark.glyph) : "",
    );
  }

  #cell(date: string): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>(`[data-date="${date}"]`) ?? null;
  }

  #moveTabStop(date: string): void {
    if (this.#focusDate && this.#focusDate !== date) this.#cell(this.#focusDate)?.setAttribute("tabindex", "-1");
    this.#focusDate = date;
    this.#cell(date)?.setAttribute("tabindex", "0");
  }

  #onKey(event: KeyboardEvent): void {
    const from = (event.target as HTMLElement).dataset?.date;
    const to = from ? dateAfterKey(from, event.key) : null;
    if (!to) return;
    event.preventDefault();
    if (!this.#cell(to)) {
      // One month shown: the grid follows to the month of the new date (within the supported years).
      if (this.getAttribute("month") === null || !/^(19\d\d|20\d\d|2100)-/.test(to)) return;
      this.#focusDate = to;
      this.setAttribute("year", String(Number(to.slice(0, 4))));
      this.setAttribute("month", String(Number(to.slice(5, 7))));
    }
    this.#moveTabStop(to);
    this.#cell(to)?.focus();
  }
}

/** The marks the calendar uses, each with its word; the frame of a differing day too. */
function legend(kinds: Set<RuleKind>, language: Language): HTMLElement {
  const words = CALENDAR_WORDS[language];
  const items = [...kinds].map((kind) => {
    const mark = kindMark(kind, language);
    return h("li", { part: "legend-item", "data-kind": kind }, h("span", { part: "glyph", "aria-hidden": "true" }, mark.glyph), ` ${mark.word}`);
  });
  items.push(h("li", { part: "legend-item" }, h("span", { part: "swatch differs", "aria-hidden": "true" }), ` ${words.differs}`));
  return h("div", { part: "legend" }, h("p", { part: "legend-title", id: "legend" }, words.legend), h("ul", { "aria-labelledby": "legend" }, ...items));
}

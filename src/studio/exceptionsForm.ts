import { el, field } from "./dom";
import { hoursToText, textToHours } from "./hoursField";
import { word, type StudioLanguage } from "./words";

type Exception = { date?: string; from?: string; to?: string; hours: unknown };

/**
 * The exceptions of a unit's hours: one date (or range) and its hours each, and a form to
 * add one. `openFor(date)` fills the add form with a date (from a calendar click).
 *
 * @example
 * const { openFor } = renderExceptions(section, hours, "units[0].hours", "sv", changed);
 * openFor("2026-12-23");
 */
export function renderExceptions(section: HTMLElement, hours: Record<string, unknown>, base: string, language: StudioLanguage, changed: (rerender?: boolean) => void): { openFor(date: string): void } {
  const exceptions = (hours.exceptions ??= []) as Exception[];
  const rows = exceptions.map((exception, i) => {
    const when = exception.date ?? `${exception.from}–${exception.to}`;
    const f = field(`exception-${i}`, `${word("date", language)} ${when}`, hoursToText(exception.hours), `${base}.exceptions[${i}]`);
    f.input.addEventListener("change", () => ((exception.hours = textToHours(f.input.value)), changed()));
    const remove = el("button", { type: "button" }, `${word("remove", language)}: ${when}`);
    remove.addEventListener("click", () => (exceptions.splice(i, 1), changed(true)));
    f.wrapper.append(remove);
    return f.wrapper;
  });
  const date = el("input", { id: "exception-date", type: "date" });
  const newHours = el("input", { id: "exception-hours", type: "text", "aria-describedby": "exception-hours-hint" });
  const add = el("button", { type: "button", id: "add-exception" }, word("addException", language));
  add.addEventListener("click", () => {
    if (!date.value) return date.focus();
    exceptions.push({ date: date.value, hours: textToHours(newHours.value) });
    changed(true);
  });
  const addForm = el(
    "div",
    { id: "exception-form", class: "add" },
    el("div", { class: "field" }, el("label", { for: "exception-date" }, word("date", language)), date),
    el("div", { class: "field" }, el("label", { for: "exception-hours" }, word("hours", language)), newHours, el("span", { id: "exception-hours-hint", class: "hint" }, word("hoursHint", language))),
    add,
  );
  section.replaceChildren(
    el("h3", {}, word("exceptions", language)),
    el("span", { class: "problems", "data-problems-for": `${base}.exceptions`, role: "status" }),
    ...rows,
    addForm,
  );
  return {
    openFor(day: string) {
      date.value = day;
      newHours.focus();
    },
  };
}

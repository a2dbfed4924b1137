import { WEEKDAYS } from "../index";
import { el, field } from "./dom";
import { hoursToText, textToHours } from "./hoursField";
import { weekdayNames, word, type StudioLanguage } from "./words";

const PARITY_WORDS = { all: "weeksAll", odd: "weeksOdd", even: "weeksEven" } as const;

type Period = { dates?: { from: string; to: string }; weeks?: { from?: number; to?: number; parity?: "odd" | "even" }; hours: unknown };


/**
 * The periods of a unit's hours: dates (yearly or full) or ISO weeks (a range, odd or even
 * weeks), and each weekday's hours in the period.
 *
 * @example
 * renderPeriods(fieldset, hours, "units[0].hours", "sv", changed);
 */
export function renderPeriods(section: HTMLElement, hours: Record<string, unknown>, base: string, language: StudioLanguage, changed: (rerender?: boolean) => void): void {
  const periods = (hours.periods ??= []) as Period[];
  const boxes = periods.map((period, i) => periodBox(period, i, `${base}.periods[${i}]`, language, changed, () => (periods.splice(i, 1), changed(true))));
  const add = el("button", { type: "button", id: "add-period" }, word("addPeriod", language));
  add.addEventListener("click", () => (periods.push({ weeks: { from: 25, to: 32 }, hours: {} }), changed(true)));
  section.replaceChildren(el("h3", {}, word("periods", language)), el("span", { class: "problems", "data-problems-for": `${base}.periods`, role: "status" }), ...boxes, add);
}

function periodBox(period: Period, i: number, path: string, language: StudioLanguage, changed: (rerender?: boolean) => void, remove: () => void): HTMLElement {
  const id = (name: string) => `period-${i}-${name}`;
  const dateFrom = field(id("date-from"), word("periodDateFrom", language), period.dates?.from ?? "", `${path}.dates`, word("periodDatesHint", language));
  const dateTo = field(id("date-to"), word("periodDateTo", language), period.dates?.to ?? "", `${path}.dates.to`);
  const weekFrom = field(id("week-from"), word("periodWeekFrom", language), period.weeks?.from?.toString() ?? "", `${path}.weeks`);
  const weekTo = field(id("week-to"), word("periodWeekTo", language), period.weeks?.to?.toString() ?? "", `${path}.weeks.to`);
  const parity = el("select", { id: id("parity") }, ...(["all", "odd", "even"] as const).map((p) => el("option", { value: p }, word(PARITY_WORDS[p], language))));
  parity.value = period.weeks?.parity ?? "all";
  const when = () => {
    delete period.dates;
    delete period.weeks;
    if (dateFrom.input.value.trim() || dateTo.input.value.trim()) period.dates = { from: dateFrom.input.value.trim(), to: dateTo.input.value.trim() };
    else {
      const weeks: Period["weeks"] = {};
      if (weekFrom.input.value.trim()) weeks.from = Number(weekFrom.input.value);
      if (weekTo.input.value.trim()) weeks.to = Number(weekTo.input.value);
      if (parity.value !== "all") weeks.parity = parity.value as "odd" | "even";
      period.weeks = weeks;
    }
    changed();
  };
  for (const input of [dateFrom.input, dateTo.input, weekFrom.input, weekTo.input, parity]) input.addEventListener("change", when);

  const byDay = typeof period.hours === "object" && period.hours !== null && !Array.isArray(period.hours) ? (period.hours as Record<string, unknown>) : null;
  const hourFields = byDay
    ? WEEKDAYS.map((day, d) => {
        const f = field(id(day), weekdayNames(language)[d]!, hoursToText(byDay[day]), `${path}.hours.${day}`);
        f.input.addEventListener("change", () => ((byDay[day] = textToHours(f.input.value)), changed()));
        return f.wrapper;
      })
    : [hoursFieldOf(period, id("hours"), path, language, changed)];
  const removeButton = el("button", { type: "button" }, `${word("removePeriod", language)} ${i + 1}`);
  removeButton.addEventListener("click", remove);
  return el(
    "fieldset",
    { class: "period" },
    el("legend", {}, `${word("periods", language).split(" ")[0]} ${i + 1}`),
    dateFrom.wrapper,
    dateTo.wrapper,
    weekFrom.wrapper,
    weekTo.wrapper,
    el("div", { class: "field" }, el("label", { for: id("parity") }, word("periodParity", language)), parity),
    ...hourFields,
    removeButton,
  );
}

function hoursFieldOf(period: Period, id: string, path: string, language: StudioLanguage, changed: () => void): HTMLElement {
  const f = field(id, language === "sv" ? "Tider" : "Hours", hoursToText(period.hours), `${path}.hours`);
  f.input.addEventListener("change", () => ((period.hours = textToHours(f.input.value)), changed()));
  return f.wrapper;
}

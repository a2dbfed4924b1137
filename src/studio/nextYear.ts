import { calendarDay, type Schedule } from "../index";
import { formatIntervals } from "../texts/formatHours";
import { el } from "./dom";
import { weekdayNames, word, type StudioLanguage } from "./words";

/** A named day (red day or eve) that falls on another weekday next year. */
export interface MovingDay {
  readonly name: string;
  readonly thisYear: { date: string; weekday: number; hours: string };
  readonly nextYear: { date: string; weekday: number; hours: string };
}

/** The red days and eves of a year, by name (the first date of each name). */
function namedDates(year: number, calendar: Schedule["calendar"]): Map<string, { date: string; weekday: number }> {
  const found = new Map<string, { date: string; weekday: number }>();
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    const day = calendarDay(date, { calendar });
    for (const name of [day.publicHoliday, day.eve]) if (name && !found.has(name)) found.set(name, { date, weekday: day.weekday });
  }
  return found;
}

/**
 * The red days and eves that move to another weekday between `year` and the next, with the
 * schedule's hours in both years (julafton on a Thursday in 2026, a Friday in 2027).
 *
 * @example
 * movingDays(schedule, 2026, "sv").find((d) => d.name === "Julafton")?.nextYear.date // => "2027-12-24"
 */
export function movingDays(schedule: Schedule, year: number, language: StudioLanguage): MovingDay[] {
  const now = namedDates(year, schedule.calendar);
  const next = namedDates(year + 1, schedule.calendar);
  const moving: MovingDay[] = [];
  for (const [name, a] of now) {
    const b = next.get(name);
    if (!b || a.weekday === b.weekday) continue;
    moving.push({ name, thisYear: { ...a, hours: formatIntervals(schedule.day(a.date).intervals, language) }, nextYear: { ...b, hours: formatIntervals(schedule.day(b.date).intervals, language) } });
  }
  return moving;
}

/**
 * Renders the list of moving days.
 *
 * @example
 * renderNextYear(section, schedule, 2026, "sv");
 */
export function renderNextYear(section: HTMLElement, schedule: Schedule, year: number, language: StudioLanguage): void {
  const days = movingDays(schedule, year, language);
  const names = weekdayNames(language);
  const describe = (d: MovingDay["thisYear"]) => `${names[d.weekday - 1]!.toLowerCase()} ${d.date}: ${d.hours}`;
  section.replaceChildren(
    el("h3", {}, `${word("nextYear", language)} (${year} → ${year + 1})`),
    days.length === 0 ? el("p", {}, word("nothingMoves", language)) : el("ul", { id: "moving-days" }, ...days.map((d) => el("li", {}, `${d.name}: ${describe(d.thisYear)} → ${describe(d.nextYear)}`))),
  );
}

/// <reference lib="dom" />
import { formatPlainDate, MS_PER_DAY } from "../calendar/plainDate";
import { swedishDay } from "../calendar/swedishDay";
import { describeDate } from "../texts/describeWhen";
import { weekTable } from "../texts/weekTable";
import { capitalize, MONTH_NAMES } from "../texts/words";
import { createZone } from "../zone/zone";
import { OppettiderElement, type NextChange, type RenderContext } from "./baseElement";
import { h, hoursNodes } from "./dom";
import { WEEK_CSS } from "./styles";

/**
 * `<oppettider-week>`: this week's hours, Monday–Sunday, as a real table (caption, column
 * and row headers), today marked in words and with `aria-current="date"`, and the rule
 * behind every day that is not the regular hours ("Dag före afton", "Julafton").
 * It moves on by itself at midnight.
 *
 * @example
 * <oppettider-week config="/oppettider.json"></oppettider-week>
 */
export class OppettiderWeek extends OppettiderElement {
  protected override readonly css = WEEK_CSS;

  protected render(content: HTMLElement, { place, now, language, words, nextDay }: RenderContext): NextChange {
    const zone = createZone(place.hours.timeZone);
    const today = formatPlainDate(Math.floor(zone.epochToLocal(now) / MS_PER_DAY));
    const rows = weekTable(place.hours, today, { language });
    const first = swedishDay(rows[0]!.date);
    const [, firstMonth, firstDay] = rows[0]!.date.split("-").map(Number) as [number, number, number];
    const [, lastMonth, lastDay] = rows[6]!.date.split("-").map(Number) as [number, number, number];
    const months = MONTH_NAMES[language];
    const span = firstMonth === lastMonth ? `${firstDay}–${lastDay} ${months[lastMonth - 1]}` : `${firstDay} ${months[firstMonth - 1]} – ${lastDay} ${months[lastMonth - 1]}`;

    const body = rows.map((row) => {
      const [year, month, day] = row.date.split("-").map(Number) as [number, number, number];
      const isToday = row.date === today;
      const dayCell = h("th", { scope: "row" }, capitalize(describeDate({ year, month, day, weekday: row.day.weekday }, language)));
      if (isToday) dayCell.append(" ", h("span", { part: "today-tag" }, `(${words.today})`));
      return h(
        "tr",
        { part: isToday ? "row today" : "row", "aria-current": isToday ? "date" : null },
        dayCell,
        h("td", { part: row.day.intervals.length === 0 ? "hours closed" : "hours" }, ...hoursNodes(capitalize(row.hours))),
        h("td", { part: "note" }, row.note ?? ""),
      );
    });
    content.replaceChildren(
      h(
        "table",
        { part: "table" },
        h("caption", { part: "caption" }, `${this.getAttribute("label") ?? words.week(first.isoWeek)} (${span})`),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, words.day), h("th", { scope: "col" }, words.hours), h("th", { scope: "col" }, words.note))),
        h("tbody", {}, ...body),
      ),
    );
    return nextDay;
  }
}

/// <reference lib="dom" />
import { formatPlainDate, MS_PER_DAY } from "../calendar/plainDate";
import { describeDate } from "../texts/describeWhen";
import { upcomingDeviations } from "../texts/weekTable";
import { capitalize } from "../texts/words";
import { createZone } from "../zone/zone";
import { OppettiderElement, type NextChange, type RenderContext } from "./baseElement";
import { h, hoursNodes, title } from "./dom";
import { LIST_CSS } from "./styles";

/** Days ahead shown unless `days` says otherwise. */
const DEFAULT_DAYS = 30;

/**
 * `<oppettider-deviations>`: "Avvikande öppettider", the coming days whose hours differ
 * from the regular ones, each with its date, hours and reason. `days` (default 30) is how
 * far ahead, `limit` how many at most (`limit="1"`: the next one, titled so), `heading` (2–6) makes
 * the title a heading of that level, `label` replaces its text.
 *
 * @example
 * <oppettider-deviations config="/oppettider.json" days="60" heading="2"></oppettider-deviations>
 */
export class OppettiderDeviations extends OppettiderElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, "days", "limit", "heading", "label"];
  }

  protected override readonly css = LIST_CSS;

  protected render(content: HTMLElement, { place, now, language, words, nextDay }: RenderContext): NextChange {
    const days = positiveInteger(this.getAttribute("days"), "days") ?? DEFAULT_DAYS;
    const limit = positiveInteger(this.getAttribute("limit"), "limit") ?? Infinity;
    const zone = createZone(place.hours.timeZone);
    const todayNumber = Math.floor(zone.epochToLocal(now) / MS_PER_DAY);
    const thisYear = Number(formatPlainDate(todayNumber).slice(0, 4));
    const rows = upcomingDeviations(place.hours, { from: formatPlainDate(todayNumber), days, language }).slice(0, limit);

    const heading = title(this, limit === 1 ? words.nextDeviation : words.deviations, "title");
    if (rows.length === 0) {
      content.replaceChildren(heading, h("p", { part: "empty" }, words.noDeviations(days)));
      return nextDay;
    }
    const items = rows.map((row) => {
      const [year, month, day] = row.date.split("-").map(Number) as [number, number, number];
      const date = capitalize(describeDate({ year, month, day, weekday: row.day.weekday }, language, year !== thisYear));
      return h(
        "li",
        { part: "item" },
        h("time", { part: "date", datetime: row.date }, date),
        h("span", { part: row.day.intervals.length === 0 ? "hours closed" : "hours" }, ...hoursNodes(capitalize(row.hours))),
        row.note ? h("span", { part: "note" }, ` · ${row.note}`) : "",
      );
    });
    content.replaceChildren(heading, h("ul", { part: "list", "aria-labelledby": "title" }, ...items));
    return nextDay;
  }
}

/**
 * A whole number ≥ 1 from an attribute; null when absent; RangeError otherwise.
 *
 * @example
 * positiveInteger("30", "days") // => 30
 * positiveInteger("0", "days") // RangeError
 */
export function positiveInteger(text: string | null, name: string): number | null {
  if (text === null) return null;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number from 1, got ${JSON.stringify(text)}`);
  return value;
}

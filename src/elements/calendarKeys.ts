import { daysFromCivil, daysInMonth, civilFromDays, formatPlainDate, parsePlainDate, weekdayOf } from "../calendar/plainDate";

/**
 * The date a key moves focus to in a calendar grid (WAI-ARIA grid pattern): arrows a day or
 * a week, Home/End the start or end of the week (Monday–Sunday), PageUp/PageDown the same
 * day a month earlier or later (the month's last day when it is shorter). Null for other keys.
 *
 * @example
 * dateAfterKey("2026-12-23", "ArrowDown") // => "2026-12-30"
 * dateAfterKey("2026-01-31", "PageDown") // => "2026-02-28"
 */
export function dateAfterKey(date: string, key: string): string | null {
  const dayNumber = parsePlainDate(date);
  const weekday = weekdayOf(dayNumber);
  switch (key) {
    case "ArrowLeft":
      return formatPlainDate(dayNumber - 1);
    case "ArrowRight":
      return formatPlainDate(dayNumber + 1);
    case "ArrowUp":
      return formatPlainDate(dayNumber - 7);
    case "ArrowDown":
      return formatPlainDate(dayNumber + 7);
    case "Home":
      return formatPlainDate(dayNumber - (weekday - 1));
    case "End":
      return formatPlainDate(dayNumber + (7 - weekday));
    case "PageUp":
    case "PageDown": {
      const { year, month, day } = civilFromDays(dayNumber);
      const index = year * 12 + (month - 1) + (key === "PageUp" ? -1 : 1);
      const [toYear, toMonth] = [Math.floor(index / 12), (index % 12) + 1];
      return formatPlainDate(daysFromCivil(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth))));
    }
    default:
      return null;
  }
}

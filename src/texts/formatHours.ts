import type { Language } from "../schedule/rules";
import { WORDS } from "./words";

/**
 * A wall-clock time as Swedes write it, `08.00` (English: `08:00`). Times past
 * midnight in a day's hours (`"26:00"`) are written as the clock shows them (`02.00`).
 *
 * @example
 * formatClock("13:00", "sv") // => "13.00"
 * formatClock("26:30", "en") // => "02:30"
 * formatClock("24:00", "sv") // => "24.00"
 */
export function formatClock(time: string, language: Language): string {
  const [hours, minutes] = time.split(":") as [string, string];
  // "24:00" closes the day and reads 24.00 ("00.00–24.00"); later ends wrap ("26:00" → 02.00).
  const hour = time === "24:00" ? 24 : Number(hours) % 24;
  const text = `${hour < 10 ? "0" : ""}${hour}:${minutes}`;
  return language === "sv" ? text.replace(":", ".") : text;
}

/**
 * A day's intervals as one phrase: `08.00–12.00 och 13.00–16.00`, or `stängt`. An
 * interval of 24 hours or more ends "nästa dag" (`12.00–12.00 nästa dag`), see
 * {@link formatInterval}.
 *
 * @example
 * formatIntervals([{ from: "08:00", to: "12:00" }, { from: "13:00", to: "16:00" }], "sv")
 * // => "08.00–12.00 och 13.00–16.00"
 */
export function formatIntervals(intervals: readonly { from: string; to: string }[], language: Language): string {
  if (intervals.length === 0) return WORDS[language].closed;
  const parts = intervals.map((i) => formatInterval(i, language));
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(", ")} ${WORDS[language].and} ${parts[parts.length - 1]}`;
}

const MINUTES_PER_DAY = 24 * 60;

/**
 * One interval of a day's hours, `08.00–12.00`. An end past midnight is written as the
 * clock shows it (`22.00–02.00`: shorter than a day, so clearly the next morning); an
 * interval of 24 hours or more, whose end would read as early as or earlier than its start
 * (`"12:00-36:00"`, `"00:00-48:00"`), ends "nästa dag" / "next day":
 * `12.00–12.00 nästa dag`, `00.00–24.00 nästa dag`.
 *
 * @example
 * formatInterval({ from: "22:00", to: "26:00" }, "sv") // => "22.00–02.00"
 * formatInterval({ from: "12:00", to: "36:00" }, "sv") // => "12.00–12.00 nästa dag"
 * formatInterval({ from: "00:00", to: "48:00" }, "en") // => "00:00–24:00 next day"
 */
export function formatInterval(interval: { from: string; to: string }, language: Language): string {
  const from = minutesOf(interval.from);
  const to = minutesOf(interval.to);
  if (to > MINUTES_PER_DAY && to - MINUTES_PER_DAY >= from) {
    return `${formatClock(interval.from, language)}–${formatClock(clockOf(to - MINUTES_PER_DAY), language)} ${WORDS[language].nextDay}`;
  }
  return `${formatClock(interval.from, language)}–${formatClock(interval.to, language)}`;
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** Minutes as `"HH:MM"` (1440 → `"24:00"`). */
function clockOf(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours < 10 ? "0" : ""}${hours}:${rest < 10 ? "0" : ""}${rest}`;
}

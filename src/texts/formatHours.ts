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
 * A day's intervals as one phrase: `08.00–12.00 och 13.00–16.00`, or `stängt`.
 *
 * @example
 * formatIntervals([{ from: "08:00", to: "12:00" }, { from: "13:00", to: "16:00" }], "sv")
 * // => "08.00–12.00 och 13.00–16.00"
 */
export function formatIntervals(intervals: readonly { from: string; to: string }[], language: Language): string {
  if (intervals.length === 0) return WORDS[language].closed;
  const parts = intervals.map((i) => `${formatClock(i.from, language)}–${formatClock(i.to, language)}`);
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(", ")} ${WORDS[language].and} ${parts[parts.length - 1]}`;
}

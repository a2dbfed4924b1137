import { pad2 } from "../calendar/plainDate";

/** A range of wall-clock minutes from the start of a day; `to` may pass 24:00 (up to 48:00). */
export interface MinuteRange {
  readonly from: number;
  readonly to: number;
}

const TIME_RANGE = /^(\d{1,2})[:.](\d{2})\s*[-–]\s*(\d{1,2})[:.](\d{2})$/;
const MINUTES_PER_DAY = 24 * 60;

/**
 * Reads `"08:00-12:00"` (also `"08.00–12.00"` as Swedes write it) into minutes. Hours past
 * midnight are written past 24:00: `"22:00-26:00"` is open until 02:00 the next day.
 * Returns an error text, not a range, when the text is not a valid range.
 *
 * @example
 * parseTimeRange("13:00-16:00") // => { from: 780, to: 960 }
 * parseTimeRange("13:00-12:00") // => "\"13:00-12:00\" ends before it starts (…)"
 */
export function parseTimeRange(text: string): MinuteRange | string {
  const parts = TIME_RANGE.exec(text.trim());
  const quoted = JSON.stringify(text);
  if (!parts) return `${quoted} is not a time range like "08:00-12:00"`;
  const [fromHour, fromMinute, toHour, toMinute] = parts.slice(1).map(Number) as [number, number, number, number];
  if (fromMinute > 59 || toMinute > 59) return `${quoted} has minutes past 59`;
  if (fromHour > 23) return `${quoted} starts after 23:59`;
  const from = fromHour * 60 + fromMinute;
  const to = toHour * 60 + toMinute;
  if (to > 2 * MINUTES_PER_DAY) return `${quoted} ends after 48:00`;
  if (to < from) return `${quoted} ends before it starts (write hours past midnight as e.g. "22:00-26:00")`;
  if (to === from) return `${quoted} is empty`;
  return { from, to };
}

/**
 * Writes minutes from the start of a day as `"HH:MM"`; past midnight as `"26:00"`.
 *
 * @example
 * formatMinutes(780) // => "13:00"
 */
export function formatMinutes(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

const CLOCK = /^(\d{1,2})[:.](\d{2})$/;

/**
 * Reads a time of day `"12:00"` (also `"12.00"`) into minutes from midnight, up to `"48:00"`.
 * Returns an error text, not a number, when the text is not such a time.
 *
 * @example
 * parseClock("12.00") // => 720
 * parseClock("25:30") // => 1530
 * parseClock("12") // => "\"12\" is not a time like \"12:00\""
 */
export function parseClock(text: string): number | string {
  const parts = CLOCK.exec(text.trim());
  const quoted = JSON.stringify(text);
  if (!parts) return `${quoted} is not a time like "12:00"`;
  const hours = Number(parts[1]);
  const minutes = Number(parts[2]);
  if (minutes > 59) return `${quoted} has minutes past 59`;
  const total = hours * 60 + minutes;
  if (total > 2 * MINUTES_PER_DAY) return `${quoted} is after 48:00`;
  return total;
}

import { normalizeLine, tokenize } from "./tokens";
import { weekdayAt } from "./weekdays";

/*
 * Spans across midnight written with both days (issue 18 "Spans across midnight"):
 * "Fredag 19.00 – lördag 01.00" is Friday 19.00–01.00, which the reader already reads as a
 * span past midnight. Only the very next day, with an end before the start, is rewritten:
 * "Fredag 19.00 – söndag 01.00" or "Fredag 08 – lördag 16" stay as written (and unread).
 */

const TIME = String.raw`(\d{1,2})(?:[.:](\d{2}))?`;
const TWO_DAY_SPAN = new RegExp(String.raw`^(\p{L}+)\s+(?:kl\.?\s*|klockan\s+)?${TIME}\s*(?:[-–—]|till)\s*(\p{L}+)\s+(?:kl\.?\s*|klockan\s+)?${TIME}\.?$`, "iu");

/**
 * The sentence with its span across midnight written on the first day, or null when it has none.
 *
 * @example
 * oneDaySpan("Fredag 19.00 – lördag 01.00") // => "Fredag 19.00–01.00"
 * oneDaySpan("Söndag 22 – måndag 02") // => "Söndag 22–02"
 * oneDaySpan("Fredag 19.00 – söndag 01.00") // => null
 */
export function oneDaySpan(sentence: string): string | null {
  const match = TWO_DAY_SPAN.exec(sentence.trim());
  if (!match) return null;
  const [, firstDay, fromHour, fromMinute, secondDay, toHour, toMinute] = match;
  const first = weekdayAt(tokenize(normalizeLine(firstDay!)), 0);
  const second = weekdayAt(tokenize(normalizeLine(secondDay!)), 0);
  if (first === null || second === null || second !== (first % 7) + 1) return null;
  const from = Number(fromHour) * 60 + Number(fromMinute ?? 0);
  const to = Number(toHour) * 60 + Number(toMinute ?? 0);
  if (to >= from) return null; // "Fredag 08 – lördag 16" is not one night
  const time = (hour: string, minute: string | undefined) => (minute === undefined ? hour : `${hour}.${minute}`);
  return `${firstDay} ${time(fromHour!, fromMinute)}–${time(toHour!, toMinute)}`;
}

import type { CalendarCode } from "../calendar/calendars";
import { normalizeLine } from "./tokens";
import { unclearReason } from "./unclearPhrases";

/*
 * "Öppet vardagar kl 10–12, eftermiddagar efter överenskommelse": the last clause speaks of
 * other times, settled case by case, and says nothing against the hours before it. That
 * clause alone is left unread; the hours written before it are read. Only a last clause
 * without numbers, whose phrase is about other times (appointment, booking, need), is split
 * off: a clause with a time ("ca kl. 12") or one that scopes the whole sentence ("efter
 * midsommar") changes the hours before it, and the sentence stays unread whole.
 */

/** A sentence split into the part to read and the last clause, unread, with its reason. */
export interface UnclearTail {
  readonly read: string;
  readonly unclear: string;
  readonly reason: string;
}

/**
 * The sentence without its last comma clause when only that clause is about other, unstated times.
 *
 * @example
 * splitUnclearTail("Öppet vardagar kl 10–12, eftermiddagar efter överenskommelse.")
 * // => { read: "Öppet vardagar kl 10–12", unclear: "eftermiddagar efter överenskommelse", reason: "tiderna bestäms från fall till fall" }
 */
export function splitUnclearTail(sentence: string, calendar: CalendarCode = "SE"): UnclearTail | null {
  const at = sentence.lastIndexOf(",");
  if (at < 0) return null;
  const read = sentence.slice(0, at).trim();
  const unclear = sentence.slice(at + 1).trim().replace(/[.!]+$/, "");
  if (read === "" || /\d/.test(unclear)) return null;
  const tail = unclearReason(normalizeLine(unclear), calendar);
  if (!tail || !tail.otherTimes || tail.scopesBelow) return null;
  if (unclearReason(normalizeLine(read), calendar)) return null;
  return { read, unclear, reason: tail.reason };
}

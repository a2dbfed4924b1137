import type { ClauseReading } from "./statements";

/*
 * "Måndag 10–12 och 13–16 lördag": the first statement has its days before its time, and
 * days stand after the last time. The last time may be Monday's second span (the Saturday
 * then waits for hours) or the Saturday's, written before its days. Nothing in the sentence
 * says which, so the clause is not read; both readings are shown.
 */

/**
 * The other reading of a clause whose last days follow a time of two or more spans
 * (the last span given to those days), or null when the clause has no such end.
 *
 * @example
 * otherPairing(reading of "måndag 10–12 och 13–16 lördag")
 * // => { kind: "statements", statements: [måndag 10–12, lördag 13–16], waiting: null }
 */
export function otherPairing(reading: ClauseReading): ClauseReading | null {
  if (reading.kind !== "statements" || !reading.waiting || reading.waiting.weekdays === null) return null;
  const last = reading.statements.at(-1);
  if (!last || last.hours.kind !== "open" || last.hours.spans.length < 2 || last.selector.weekdays === null) return null;
  const waiting = reading.waiting;
  // Only days wait: a period or a kind of day at the end scopes the lines below, not the time before it.
  if (waiting.special || waiting.weeks || waiting.season || waiting.dates) return null;
  const spans = last.hours.spans;
  return {
    kind: "statements",
    statements: [
      ...reading.statements.slice(0, -1),
      { selector: last.selector, hours: { kind: "open", spans: spans.slice(0, -1) } },
      { selector: waiting, hours: { kind: "open", spans: spans.slice(-1) } },
    ],
    waiting: null,
  };
}

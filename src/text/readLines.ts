import type { CalendarCode } from "../calendar/calendars";
import { readClause, type ClauseResult } from "./clause";
import { readContactLine, type ContactLine } from "./contacts";
import { splitNoBookingNote } from "./asideNotes";
import { describeReading } from "./describeReading";
import { readProse, type ProseResult } from "./prose";
import { readHeading, type Heading } from "./headings";
import { monthAt } from "./dates";
import { readSeason } from "./periods";
import { oneDaySpan } from "./nextDaySpans";
import { normalizeLine, splitSentences, tokenize, type Token } from "./tokens";
import { splitUnclearTail } from "./unclearClauses";
import { unclearReason } from "./unclearPhrases";
import { weekdayAt } from "./weekdays";
import { mayHoldHours } from "./times";

/** One sentence of a line, read. */
export interface ReadClause {
  /** The sentence as written. */
  readonly text: string;
  readonly result: ClauseResult;
  /**
   * The sentence could not be read and says when the lines below it apply ("Efter
   * midsommar:", "Till och med 9 juni:"), so the weekday lines below cannot be read either.
   */
  readonly scopesBelow: boolean;
  /** Words around the hours that were skipped when the sentence was read as prose. */
  readonly skipped?: readonly string[];
}

/** What one line of the text is. */
export type LineReading =
  | { readonly kind: "blank" }
  | { readonly kind: "contacts"; readonly contacts: readonly ContactLine[] }
  /** "Övriga dagar stängt": true, and nothing to add (days without hours are closed). */
  | { readonly kind: "restClosed" }
  | { readonly kind: "heading"; readonly heading: Heading; readonly reason: string }
  | {
      readonly kind: "clauses";
      readonly clauses: readonly ReadClause[];
      /** "Övriga veckor: mån–fre 8–16": the line is about the rest of the year, not a period above it. */
      readonly restOfYear?: boolean;
    };

const BULLET = /^[•·▪‣◦●○►▸\-–—*]\s+/;
const REST_OF_YEAR = /^(?:övrig tid|övriga tider|övriga veckor|resten av året|i övrigt|övriga året)\s*:\s*(\S.*)$/i;
const REST_CLOSED = /^(övriga|övrig|andra|resterande|alla andra) (dagar|tider|tid|veckodagar)( i veckan)?:? (är )?(stängt|stängd|stängda)\.?$/;

/**
 * Reads one line of an hours block on its own (the section reader puts lines together):
 * blank, contacts, a heading, or sentences of hours.
 *
 * @example
 * readLine("Växel: 0961 - 140 00", 22).kind // => "contacts"
 * readLine("Måndag-torsdag", 2).kind // => "clauses" (days waiting for hours on the next line)
 */
export function readLine(raw: string, line: number, calendar: CalendarCode = "SE"): LineReading {
  const text = raw.trim().replace(BULLET, "");
  if (text === "") return { kind: "blank" };
  const contacts = readContactLine(text, line);
  if (contacts === "ambiguous") {
    const clock = text.replace(/\D/g, "").replace(/^(\d\d)(\d\d)(\d\d)(\d\d)$/, "$1.$2–$3.$4");
    return { kind: "clauses", clauses: [{ text, scopesBelow: false, result: { ok: false, reason: `kan läsas på två sätt: tiderna ${clock} eller telefonnumret ${text}` } }] };
  }
  if (contacts) return { kind: "contacts", contacts };

  const rest = REST_OF_YEAR.exec(text);
  if (rest) {
    const reading = readLine(rest[1]!, line, calendar);
    return reading.kind === "clauses" ? { ...reading, restOfYear: true } : reading;
  }
  const sentences = splitSentences(text);
  if (sentences.length === 1 && REST_CLOSED.test(normalizeLine(text))) return { kind: "restClosed" };
  let unclearLine = false;
  const readSentence = (sentence: string): (ReadClause & { tokens: Token[] })[] => {
    const whole = readOne(sentence);
    const tail = whole.result.ok ? null : splitUnclearTail(sentence, calendar);
    const head = tail ? readOne(tail.read) : null;
    if (!tail || !head?.result.ok) return [whole];
    return [head, { text: tail.unclear, tokens: [], result: { ok: false, reason: tail.reason }, scopesBelow: false }];
  };
  const readOne = (sentence: string): ReadClause & { tokens: Token[] } => {
    // "Fredag 19.00 – lördag 01.00" as one night, and "Onsdag 13–16 – ingen tidsbokning behövs"
    // without its note: the rewritten sentence is read when it reads whole.
    const { core, note } = splitNoBookingNote(oneDaySpan(sentence) ?? sentence);
    const coreTokens = core !== sentence ? tokenize(normalizeLine(core)) : null;
    const coreResult = coreTokens ? readClause(coreTokens, describeReading, calendar) : null;
    const normalized = normalizeLine(sentence);
    const tokens = coreResult?.ok ? coreTokens! : tokenize(normalized);
    const result = coreResult?.ok ? coreResult : readClause(tokens, describeReading, calendar);
    if (result.ok) {
      const asides = [...(result.reading.kind === "statements" ? (result.reading.asides ?? []) : []), ...(coreResult?.ok && note ? [note] : [])];
      return { text: sentence, tokens, result, scopesBelow: false, skipped: asides.map((words) => asWritten(sentence, words)) };
    }
    const unclear = unclearReason(normalized, calendar);
    if (unclear) {
      unclearLine = true;
      return { text: sentence, tokens, result: { ok: false, reason: unclear.reason }, scopesBelow: unclear.scopesBelow || looksLikeScope(tokens) };
    }
    const prose = mayHoldHours(tokens) ? readProse(tokens, describeReading, calendar) : NO_HOURS;
    if (prose.ok) return { text: sentence, tokens, result: { ok: true, reading: prose.reading }, scopesBelow: false, skipped: prose.skipped.map((words) => asWritten(sentence, words)) };
    if (prose.readings || prose.event) return { text: sentence, tokens, result: { ok: false, reason: prose.reason, ...(prose.readings ? { readings: prose.readings } : {}) }, scopesBelow: false };
    return { text: sentence, tokens, result, scopesBelow: looksLikeScope(tokens) };
  };
  const clauses = sentences.flatMap(readSentence);
  // A line that reads as nothing else may be a heading ("Öppettider", "Biblioteket").
  const only = clauses.length === 1 ? clauses[0]! : null;
  if (only && !only.result.ok && !only.result.readings && !unclearLine) {
    const heading = readHeading(text, only.tokens, calendar);
    if (heading) return { kind: "heading", heading, reason: only.result.reason };
  }
  return { kind: "clauses", clauses: clauses.map(({ text, result, scopesBelow, skipped }) => ({ text, result, scopesBelow, ...(skipped && skipped.length > 0 ? { skipped } : {}) })) };
}

const NO_HOURS: ProseResult = { ok: false, reason: "hittar inga dagar med tider i meningen" };

/** Skipped words as the sentence writes them ("Expeditionens", not "expeditionens"), where they can be found. */
function asWritten(sentence: string, words: string): string {
  const at = sentence.toLowerCase().indexOf(words);
  return at >= 0 ? sentence.slice(at, at + words.length) : words;
}

/** Whether unread tokens speak of a time of year (a month, weeks, a season) and name no weekday: a scope for the lines below. */
function looksLikeScope(tokens: readonly Token[]): boolean {
  let scope = false;
  for (let i = 0; i < tokens.length; i++) {
    if (weekdayAt(tokens, i) !== null) return false;
    const token = tokens[i]!;
    if (monthAt(tokens, i) !== null || readSeason(tokens, i).length > 0) scope = true;
    if (token.kind === "word" && (token.text === "vecka" || token.text === "veckor" || token.text === "v")) scope = true;
  }
  return scope;
}

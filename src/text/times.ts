import { listMark, words, type Match } from "./match";
import type { NumberToken, Token } from "./tokens";

/** Minutes from the start of a day; a range's end may pass 24:00 (up to 48:00). */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** What a phrase says about the hours of the days it is about. */
export type HoursPhrase =
  /** Open in these spans; none = closed ("Stängt"). */
  | { readonly kind: "open"; readonly spans: readonly Span[] }
  /** The hours the day would have anyway, cut: "stänger kl. 12.00", "öppnar kl. 10". */
  | { readonly kind: "clip"; readonly opensAt?: number; readonly closesAt?: number }
  /** Closed in these spans of the day's hours: "Lunchstängt 12–13", "stängt 12.00–12.45". */
  | { readonly kind: "gap"; readonly spans: readonly Span[] }
  /** "ordinarie öppettider", "som vanligt": no rule of its own. */
  | { readonly kind: "asUsual" };

const DAY = 24 * 60;

/**
 * A clock time: "8", "08", "08.00", "8:30", "24.00". Minutes are written with two digits
 * (a one-digit part after the dot is a month: "1.6" is 1 June, not a time).
 *
 * @example
 * clockAt(tokenize("08.30"), 0) // => 510
 */
export function clockAt(tokens: readonly Token[], at: number): number | null {
  const token = tokens[at];
  if (token?.kind !== "num") return null;
  return clockOf(token);
}

function clockOf(token: NumberToken): number | null {
  const { parts, digits, separators } = token;
  if (parts.length === 1) {
    if (digits[0]!.length > 2 || parts[0]! > 24) return null;
    return parts[0]! * 60;
  }
  if (parts.length !== 2 || separators[0] === "/" || digits[0]!.length > 2 || digits[1]!.length !== 2) return null;
  const [hour, minute] = parts as [number, number];
  if (minute > 59 || hour > 24 || (hour === 24 && minute > 0)) return null;
  return hour * 60 + minute;
}

/** "kl", "kl.", "klockan" before a time. */
function clockWord(tokens: readonly Token[], at: number): number {
  const next = words(tokens, at, ["kl", "klockan", "klo"]);
  return next > 0 ? next : at;
}

/** A clock time with an optional "kl." before it. */
function timeAt(tokens: readonly Token[], at: number): Match<number> | null {
  const i = clockWord(tokens, at);
  const minutes = clockAt(tokens, i);
  return minutes === null ? null : { value: minutes, next: i + 1 };
}

/**
 * A span: "08.00-12.00", "8-12", "kl. 10–16", "10:00–16:00", "mellan 12 och 13",
 * "från kl. 10 till kl. 16". An end at or before the start is past midnight
 * ("16.00–01.30" is 16:00–25:30, "16.30–00.00" is 16:30–24:00).
 *
 * @example
 * spanAt(tokenize("16.00-01.30"), 0) // => { value: { from: 960, to: 1530 }, next: 3 }
 */
export function spanAt(tokens: readonly Token[], at: number): Match<Span> | null {
  let i = at;
  const between = words(tokens, i, "mellan");
  const from = words(tokens, i, "från");
  if (between > 0) i = between;
  else if (from > 0) i = from;
  const start = timeAt(tokens, i);
  if (!start || start.value >= DAY) return null;
  const mark = tokens[start.next];
  let j: number;
  if (mark?.kind === "dash") j = start.next + 1;
  else if (between > 0 && mark?.kind === "and") j = start.next + 1;
  else if (mark?.kind === "word" && (mark.text === "till" || mark.text === "tom")) j = start.next + 1;
  else return null;
  const end = timeAt(tokens, j);
  if (!end) return null;
  let to = end.value;
  if (to <= start.value) to += DAY;
  if (to === start.value + DAY && end.value !== 0 && start.value !== 0) return null; // "10-10"
  return { value: { from: start.value, to }, next: end.next };
}

/** Spans joined by ",", "och", "samt", "&", "/": "08.00-12.00 och 13.00-16.00", "9-12, 13-15". */
function spansAt(tokens: readonly Token[], at: number): Match<Span[]> | null {
  const first = spanAt(tokens, at);
  if (!first) return null;
  const spans = [first.value];
  let next = first.next;
  for (;;) {
    const mark = listMark(tokens, next);
    if (mark < 0) break;
    const span = spanAt(tokens, mark);
    if (!span) break;
    spans.push(span.value);
    next = span.next;
  }
  return { value: spans, next };
}

const CLOSED_WORDS = ["stängt", "stängd", "stängda", "stängs"];
const NEGATIONS = ["ej", "inte", "ingen", "inget"];
const USUAL_WORDS = ["ordinarie", "vanliga", "normala", "samma"];

/*
 * Every hours phrase without a number has one of these words: "stängt", "ej öppet", "dygnet
 * runt" / "hela dygnet", "ordinarie öppettider", "som vanligt" (the readers below use the same
 * lists). A clip or a span always has a number.
 */
const WORDS_OF_HOURS_WITHOUT_NUMBERS = new Set([...CLOSED_WORDS, ...NEGATIONS, ...USUAL_WORDS, "dygnet", "som"]);

/**
 * Whether readHours could read hours anywhere in the tokens: a cheap test before the costly
 * prose search (src/text/readLines.ts).
 *
 * @example
 * mayHoldHours(tokenize("priser: vuxen sextio kronor")) // => false
 * mayHoldHours(tokenize("biblioteket har stängt på julafton")) // => true
 */
export function mayHoldHours(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === "num" || (t.kind === "word" && WORDS_OF_HOURS_WITHOUT_NUMBERS.has(t.text)));
}

/** "dygnet runt", "hela dygnet", "24 timmar", "24/7", "00–24" is a span already. */
function allDayAt(tokens: readonly Token[], at: number): number {
  let next = words(tokens, at, "dygnet", "runt");
  if (next > 0) return next;
  next = words(tokens, at, "hela", "dygnet");
  if (next > 0) return next;
  const token = tokens[at];
  if (token?.kind === "num" && token.text === "24/7") return at + 1;
  if (token?.kind === "num" && token.text === "24" && words(tokens, at + 1, ["timmar", "tim", "h"]) > 0) return at + 2;
  return -1;
}

/** "stängt", "stängd", "ej öppet", "har stängt", "håller stängt", "är stängda". */
function closedAt(tokens: readonly Token[], at: number): number {
  const start = words(tokens, at, ["har", "håller", "hålls", "är", "hålles"]);
  const i = start > 0 ? start : at;
  let next = words(tokens, i, CLOSED_WORDS);
  if (next > 0) return next;
  next = words(tokens, i, NEGATIONS, ["öppet", "öppen", "öppna", "öppning", "öppettid", "öppettider"]);
  if (next > 0) return next;
  return -1;
}

/** "öppet", "öppen", "öppna", "vi har öppet", "har öppet": a filler before hours. */
function openWord(tokens: readonly Token[], at: number): number {
  let i = at;
  const weHave = words(tokens, i, "vi", ["har", "håller"]);
  if (weHave > 0) i = weHave;
  else {
    const have = words(tokens, i, ["har", "håller", "är"]);
    if (have > 0 && words(tokens, have, ["öppet", "öppen", "öppna"]) > 0) i = have;
  }
  const open = words(tokens, i, ["öppet", "öppen", "öppna", "öppettid", "öppettider", "tider"]);
  return open > 0 ? open : at;
}

/** A clip: "stänger kl. 12.00", "stänger vi kl. 15", "öppnar kl. 10", "öppet till kl. 15", "stängt från kl. 12", both. */
function clipAt(tokens: readonly Token[], at: number): Match<HoursPhrase> | null {
  let opensAt: number | undefined;
  let closesAt: number | undefined;
  let i = at;
  let read = false;
  for (let round = 0; round < 2; round++) {
    if (round > 0) {
      const mark = listMark(tokens, i);
      if (mark < 0) break;
      i = mark;
    }
    let kind: "opens" | "closes" | null = null;
    let j = words(tokens, i, ["stänger", "stängs"]);
    if (j > 0) kind = "closes";
    if (!kind) {
      j = words(tokens, i, "öppnar");
      if (j > 0) kind = "opens";
    }
    if (!kind) {
      j = words(tokens, i, ["öppet", "öppen"], ["till", "tom"]);
      if (j > 0) kind = "closes";
    }
    if (!kind) {
      j = words(tokens, i, ["öppet", "öppen"], ["från", "from"]);
      if (j > 0) kind = "opens";
    }
    if (!kind) {
      j = words(tokens, i, ["stängt", "stängd"], ["från", "from", "efter"]);
      if (j > 0) kind = "closes";
    }
    // "fredagar till kl. 13": the hours before, cut (statements.ts); "kl." keeps "till" from being a range mark.
    if (!kind && words(tokens, i, "till", ["kl", "klockan"]) > 0) {
      j = i + 1;
      kind = "closes";
    }
    if (!kind) break;
    // "stänger vi kl. 15", "öppnar vi först kl. 10", as pages write it.
    const we = words(tokens, j, "vi");
    if (we > 0) j = we;
    const redan = words(tokens, j, ["redan", "först"]);
    const time = timeAt(tokens, redan > 0 ? redan : j);
    if (!time) break;
    let minutes = time.value;
    let next = time.next;
    const afterMidnight = words(tokens, next, "efter", "midnatt");
    const nightAfter = words(tokens, next, "natten", "efter");
    if (afterMidnight > 0 || nightAfter > 0) {
      minutes += DAY;
      next = Math.max(afterMidnight, nightAfter);
    }
    if (kind === "opens") {
      if (opensAt !== undefined) break;
      opensAt = minutes;
    } else {
      if (closesAt !== undefined) break;
      closesAt = minutes;
    }
    i = next;
    read = true;
  }
  if (!read) return null;
  if (opensAt !== undefined && closesAt !== undefined && closesAt < opensAt) closesAt += DAY;
  // A clip opens at a time of day and closes after midnight's start: "öppnar kl. 24", "stänger kl. 00" or the same time twice say nothing.
  if ((opensAt !== undefined && opensAt >= DAY) || closesAt === 0 || (opensAt !== undefined && closesAt === opensAt)) return null;
  return { value: { kind: "clip", ...(opensAt !== undefined ? { opensAt } : {}), ...(closesAt !== undefined ? { closesAt } : {}) }, next: i };
}

/** Lunch and other closed gaps: "Lunchstängt 12–13", "stängt för lunch 12-13", "stängt 12.00–12.45". */
function gapAt(tokens: readonly Token[], at: number): Match<HoursPhrase> | null {
  let i = words(tokens, at, ["lunchstängt", "lunchstängd", "lunchstängning", "lunch", "lunchstängningen"]);
  if (i < 0) i = words(tokens, at, ["stängt", "stängd"], "för", "lunch");
  if (i < 0) i = words(tokens, at, ["stängt", "stängd"]);
  if (i < 0) return null;
  // "Lunchstängt fr. 12–13": "fr." is "från" here, not Friday.
  const since = words(tokens, i, ["fr", "från", "mellan"]);
  if (since > 0 && words(tokens, i, "mellan") < 0) i = since;
  const spans = spansAt(tokens, clockWord(tokens, i));
  if (!spans) return null;
  return { value: { kind: "gap", spans: spans.value }, next: spans.next };
}

/** "ordinarie öppettider", "enligt ordinarie öppettider", "som vanligt", "öppet som vanligt". */
function asUsualAt(tokens: readonly Token[], at: number): number {
  let i = at;
  const according = words(tokens, i, ["enligt", "med"]);
  if (according > 0) i = according;
  const usual = words(tokens, i, USUAL_WORDS, ["öppettider", "tider"]);
  if (usual > 0) return usual;
  const asUsual = words(tokens, openWord(tokens, i), "som", ["vanligt", "vanliga", "vanligen", "vardagar"]);
  if (asUsual > 0) return asUsual;
  return -1;
}

/**
 * What a phrase says about hours, at `at`: spans ("08.00-12.00 och 13.00-16.00", "kl. 10–16",
 * "dygnet runt"), closed ("Stängt"), a clip ("stänger kl. 12.00"), a gap ("Lunchstängt 12–13")
 * or "som vanligt". Fillers such as "öppet" and "kl." are read with it.
 *
 * @example
 * readHours(tokenize(normalizeLine("öppet kl. 10–16")), 0)
 * // => [{ value: { kind: "open", spans: [{ from: 600, to: 960 }] }, next: 5 }]
 */
export function readHours(tokens: readonly Token[], at: number): Match<HoursPhrase>[] {
  const clip = clipAt(tokens, at);
  if (clip) return [clip];
  const gap = gapAt(tokens, at);
  if (gap) return [gap];
  const usual = asUsualAt(tokens, at);
  if (usual > 0) return [{ value: { kind: "asUsual" }, next: usual }];
  const closed = closedAt(tokens, at);
  if (closed > 0) return [{ value: { kind: "open", spans: [] }, next: closed }];
  const i = openWord(tokens, at);
  const allDay = allDayAt(tokens, i);
  if (allDay > 0) return [{ value: { kind: "open", spans: [{ from: 0, to: DAY }] }, next: allDay }];
  const spans = spansAt(tokens, i);
  if (spans) return [{ value: { kind: "open", spans: spans.value }, next: spans.next }];
  return [];
}

/**
 * Why spans cannot be one day's hours (they overlap), or null. Spans are sorted first.
 *
 * @example
 * spansProblem([{ from: 480, to: 720 }, { from: 660, to: 900 }]) // => "08.00–12.00 och 11.00–15.00 överlappar"
 */
export function spansProblem(spans: readonly Span[]): string | null {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.from < sorted[i - 1]!.to) return `${formatSpan(sorted[i - 1]!)} och ${formatSpan(sorted[i]!)} överlappar`;
  }
  return null;
}

/**
 * A span as Swedes write it, past midnight as the clock shows it.
 *
 * @example
 * formatSpan({ from: 960, to: 1530 }) // => "16.00–01.30"
 */
export function formatSpan(span: Span): string {
  return `${formatClockMinutes(span.from)}–${formatClockMinutes(span.to)}`;
}

/**
 * Minutes as a clock time: 24:00 as "24.00", 25:30 as "01.30".
 *
 * @example
 * formatClockMinutes(510) // => "08.30"
 */
export function formatClockMinutes(minutes: number): string {
  const hour = minutes === DAY ? 24 : Math.floor(minutes / 60) % 24;
  return `${String(hour).padStart(2, "0")}.${String(minutes % 60).padStart(2, "0")}`;
}

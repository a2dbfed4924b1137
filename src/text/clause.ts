import { readDates, type DateItem } from "./dates";
import type { Match } from "./match";
import { readSeason, readWeeks, type SeasonPhrase, type WeeksPhrase } from "./periods";
import { readSpecialDays, type SpecialPhrase } from "./specialDays";
import { readHours, spansProblem, type HoursPhrase } from "./times";
import { tokensText, type Token } from "./tokens";
import { readWeekdays, type WeekdaySet } from "./weekdays";

/*
 * One clause (a line, or one sentence of it) read into statements: which days, and what
 * about their hours. A clause is read every way its phrases allow; one reading is kept,
 * two different readings make the clause ambiguous, none makes it unread.
 */

/** Which days a statement is about. Every part is optional; the section builder decides what the mix means. */
export interface Selector {
  readonly weekdays: WeekdaySet | null;
  readonly special: SpecialPhrase | null;
  readonly weeks: WeeksPhrase | null;
  readonly season: SeasonPhrase | null;
  readonly dates: readonly DateItem[] | null;
  /** "(Stängt för inventering)", "på grund av studieresa", ", påskhelgen,". */
  readonly note: string | null;
}

/** Days and what the text says about their hours. */
export interface Statement {
  readonly selector: Selector;
  readonly hours: HoursPhrase;
}

/** What a clause says. */
export type ClauseReading =
  /** Statements, and maybe days at the end still waiting for hours ("Vecka 25-32 måndag-fredag"). */
  | { readonly kind: "statements"; readonly statements: readonly Statement[]; readonly waiting: Selector | null }
  /** Only hours: "08.00-12.00 och 13.00-16.00", for the days on the line before. */
  | { readonly kind: "hours"; readonly hours: HoursPhrase };

/** The result of reading a clause. */
export type ClauseResult =
  | { readonly ok: true; readonly reading: ClauseReading }
  | { readonly ok: false; readonly reason: string; readonly readings?: readonly string[] };

type Part =
  | { readonly kind: "weekdays"; readonly value: WeekdaySet }
  | { readonly kind: "special"; readonly value: SpecialPhrase }
  | { readonly kind: "weeks"; readonly value: WeeksPhrase }
  | { readonly kind: "season"; readonly value: SeasonPhrase }
  | { readonly kind: "dates"; readonly value: readonly DateItem[] }
  | { readonly kind: "hours"; readonly value: HoursPhrase }
  | { readonly kind: "note"; readonly value: string }
  | { readonly kind: "filler" };

const FILLER_WORDS = new Set(["gäller", "även", "också", "på", "under", "vi", "är", "samt", "den", "dessutom", "sedan", "därefter", "öppet", "öppen", "öppna", "har", "håller"]);
const HOLIDAY_SEASON_NOTES = /^(påsk|jul|nyårs|midsommar|pingst|trettondags|allhelgona|kristi himmelsfärds)helgen$/;
const MAX_READINGS = 12;

const EMPTY: Selector = { weekdays: null, special: null, weeks: null, season: null, dates: null, note: null };

/** Every part that can start at `at`. */
function partsAt(tokens: readonly Token[], at: number): Match<Part>[] {
  const token = tokens[at]!;
  const parts: Match<Part>[] = [];
  const add = <K extends Part["kind"]>(kind: K, matches: Match<unknown>[]) => {
    for (const match of matches) parts.push({ value: { kind, value: match.value } as Part, next: match.next });
  };
  add("hours", readHours(tokens, at));
  add("weekdays", readWeekdays(tokens, at));
  add("special", readSpecialDays(tokens, at));
  add("weeks", readWeeks(tokens, at));
  add("season", readSeason(tokens, at));
  add("dates", readDates(tokens, at));
  if (token.kind === "comma" || token.kind === "colon" || token.kind === "bar" || token.kind === "and" || token.kind === "dash" || token.kind === "slash") {
    parts.push({ value: { kind: "filler" }, next: at + 1 });
  }
  if (token.kind === "word" && FILLER_WORDS.has(token.text)) parts.push({ value: { kind: "filler" }, next: at + 1 });
  if (token.kind === "open" || token.kind === "close") parts.push({ value: { kind: "filler" }, next: at + 1 });
  // A note in parentheses: "(Stängt för inventering)".
  if (token.kind === "open") {
    const close = tokens.findIndex((t, i) => i > at && t.kind === "close");
    if (close > at + 1) parts.push({ value: { kind: "note", value: tokensText(tokens, at + 1, close) }, next: close + 1 });
  }
  // "på grund av …", "pga …": the rest of the clause is the reason.
  const because = token.kind === "word" && token.text === "pga" ? at + 1 : token.kind === "word" && token.text === "på" && isWordAt(tokens, at + 1, "grund") && isWordAt(tokens, at + 2, "av") ? at + 3 : -1;
  if (because > 0 && because < tokens.length) parts.push({ value: { kind: "note", value: tokensText(tokens, at, tokens.length) }, next: tokens.length });
  // ", påskhelgen,": a name for the dates before it.
  if (token.kind === "word" && HOLIDAY_SEASON_NOTES.test(token.text)) parts.push({ value: { kind: "note", value: token.text }, next: at + 1 });
  return parts;
}

function isWordAt(tokens: readonly Token[], at: number, word: string): boolean {
  const token = tokens[at];
  return token?.kind === "word" && token.text === word;
}

/** A reading of the tokens from some position to the end: a part, then the rest (null at the end). */
interface PartList {
  readonly part: Part;
  readonly rest: PartList | null;
}

/** Every way to read all of `tokens` as parts (at most MAX_READINGS), and how far any reading got. */
function partSequences(tokens: readonly Token[]): { sequences: Part[][]; furthest: number } {
  const memo = new Map<number, (PartList | null)[]>();
  let furthest = 0;
  const from = (at: number): (PartList | null)[] => {
    if (at === tokens.length) return [null];
    const cached = memo.get(at);
    if (cached) return cached;
    furthest = Math.max(furthest, at);
    const result: (PartList | null)[] = [];
    for (const part of partsAt(tokens, at)) {
      for (const rest of from(part.next)) {
        if (result.length >= MAX_READINGS) break;
        result.push({ part: part.value, rest });
      }
    }
    memo.set(at, result);
    return result;
  };
  const sequences = from(0).map((list) => {
    const parts: Part[] = [];
    for (let node = list; node; node = node.rest) parts.push(node.part);
    return parts;
  });
  return { sequences, furthest };
}

/** Statements from a sequence of parts, or why the parts do not make sense together. */
function assemble(parts: readonly Part[]): ClauseReading | string {
  const statements: Statement[] = [];
  let scope: Selector = EMPTY; // special days, weeks, season, dates, note: kept for the groups after them
  let weekdays: WeekdaySet | null = null;
  let scopeUsed = false; // a statement has been made with the current scope
  let lastHadWeekdays = false;
  let lastEmitted: Selector | null = null;
  let hoursFirst: HoursPhrase | null = null; // "Stängt: julafton, juldagen"; "stänger kl. 12.00 dag före röd dag"
  let seasonClosed = false; // "Sommarstängt vecka 28–31"

  let scopeStart = 0; // the first statement made with the current scope
  const setScope = (patch: Partial<Selector>): string | null => {
    if (scopeUsed) {
      scope = EMPTY;
      scopeUsed = false;
      scopeStart = statements.length;
    }
    for (const key of Object.keys(patch) as (keyof Selector)[]) {
      if (scope[key] !== null) return "samma sorts dagar två gånger utan tider emellan";
    }
    scope = { ...scope, ...patch };
    return null;
  };
  const emit = (hours: HoursPhrase): string | null => {
    let selector: Selector = { ...scope, weekdays };
    // "Mån–fre 8–17, lunchstängt 12–13": the gap is about the days before it.
    if (hours.kind === "gap" && weekdays === null && (scopeUsed || selectorIsEmpty(scope)) && lastEmitted) selector = lastEmitted;
    const problem = selectorProblem(selector, hours);
    if (problem) return problem;
    statements.push({ selector, hours });
    if (hours.kind !== "gap") lastEmitted = selector;
    lastHadWeekdays = weekdays !== null;
    weekdays = null;
    scopeUsed = true;
    return null;
  };

  for (const part of parts) {
    let problem: string | null = null;
    switch (part.kind) {
      case "filler":
        continue;
      case "weekdays":
        if (weekdays !== null) return "två veckodagsuttryck utan tider emellan";
        // "Vecka 25–32 mån–fre 9–15, lör 10–14": the weeks go on to the next weekdays;
        // "Julafton 10–12, lördag 9–14": the Saturday is an ordinary one.
        if (scopeUsed && !lastHadWeekdays) {
          scope = EMPTY;
          scopeUsed = false;
          scopeStart = statements.length;
        }
        weekdays = part.value;
        break;
      case "special":
        problem = setScope({ special: part.value });
        break;
      case "weeks":
        problem = setScope({ weeks: part.value });
        break;
      case "season":
        problem = setScope({ season: part.value });
        if (part.value.closed) seasonClosed = true;
        break;
      case "dates":
        // "Fredag 23 december" is read by the date reader (the weekday is the date's); weekdays
        // before a single date mean nothing more. After it, they limit a yearly period: "24 december alla dagar".
        if (weekdays !== null && part.value.some((item) => sameDay(item))) return "veckodagar före ett enstaka datum";
        problem = setScope({ dates: part.value });
        break;
      case "note":
        if (scope.note !== null) return "två anteckningar";
        if (scope.dates === null && scope.special === null) return `anteckningen "${part.value}" hör inte till något datum`;
        scope = { ...scope, note: part.value };
        // "24 december 2026 stängt (Inventering)": the note belongs to what was said before it too.
        for (let i = scopeStart; i < statements.length; i++) statements[i] = { ...statements[i]!, selector: { ...statements[i]!.selector, note: part.value } };
        break;
      case "hours":
        if (seasonClosed) return "både \"stängt\" och tider";
        if (statements.length === 0 && weekdays === null && selectorIsEmpty(scope)) {
          if (hoursFirst !== null) return "två tider utan dagar emellan";
          hoursFirst = part.value;
          break;
        }
        if (hoursFirst !== null) return "tider både före och efter dagarna";
        problem = emit(part.value);
        break;
    }
    if (problem) return problem;
  }

  if (seasonClosed) {
    const problem = emit({ kind: "open", spans: [] });
    if (problem) return problem;
  }
  if (hoursFirst !== null) {
    if (weekdays === null && selectorIsEmpty(scope)) {
      if (hoursFirst.kind === "asUsual") return "\"ordinarie öppettider\" utan dagar";
      if (hoursFirst.kind === "gap") return { kind: "statements", statements: [{ selector: EMPTY, hours: hoursFirst }], waiting: null };
      return { kind: "hours", hours: hoursFirst };
    }
    const problem = emit(hoursFirst);
    if (problem) return problem;
    return { kind: "statements", statements, waiting: null };
  }
  let waiting: Selector | null = null;
  if (weekdays !== null) waiting = { ...scope, weekdays };
  else if (!scopeUsed && !selectorIsEmpty(scope)) waiting = scope;
  if (waiting?.special?.needsWeekdays && waiting.weekdays === null) return "\"före helgdag\" utan veckodagar";
  if (statements.length === 0 && waiting === null) return "inga dagar och inga tider";
  return { kind: "statements", statements, waiting };
}

function selectorIsEmpty(selector: Selector): boolean {
  return selector.special === null && selector.weeks === null && selector.season === null && selector.dates === null && selector.weekdays === null;
}

/**
 * Why days and hours mean nothing together, or null.
 *
 * @example
 * selectorProblem({ …, weeks: { ranges: [{ from: 25, to: 32 }], parity: null }, special: julafton }, closed)
 * // => "särskilda dagar kan inte begränsas till veckor"
 */
export function selectorProblem(selector: Selector, hours: HoursPhrase): string | null {
  const { weekdays, special, weeks, dates } = selector;
  if (hours.kind === "open") {
    const problem = spansProblem(hours.spans);
    if (problem) return problem;
  }
  if (dates && weeks) return "både datum och veckor";
  if (special && weeks) return "särskilda dagar kan inte begränsas till veckor";
  if (special?.needsWeekdays && !weekdays) return "\"före helgdag\" utan veckodagar";
  if (special && dates && special.days.some((day) => day.kind !== "named")) return "datum tillsammans med en sorts dag";
  if (hours.kind === "asUsual" && (!special || weekdays || dates)) return "\"ordinarie öppettider\" gäller bara helgdagar och aftnar";
  if (hours.kind === "clip" && weekdays && (special || dates || weeks || selector.season)) {
    if (weekdays.length < 7) return "\"stänger kl.\" kan inte gälla vissa veckodagar av en regel";
  }
  if (hours.kind === "clip" && !special && !dates && !weeks && !selector.season) return "\"stänger kl.\"/\"öppnar kl.\" utan särskilda dagar, veckor eller datum att korta";
  if (hours.kind === "gap" && (special || dates)) return "lunchstängt på särskilda dagar";
  return null;
}

function sameDay(item: DateItem): boolean {
  return item.from.day === item.to.day && item.from.month === item.to.month && item.from.year === item.to.year;
}

/**
 * Reads one clause. `describe` words a reading for the reason when there are two.
 *
 * @example
 * readClause(tokenize(normalizeLine("Måndag–torsdag 08.00–12.00 och 13.00–16.00")), describeReading).ok // => true
 */
export function readClause(tokens: readonly Token[], describe: (reading: ClauseReading) => string): ClauseResult {
  if (tokens.length === 0) return { ok: false, reason: "tom rad" };
  const { sequences, furthest } = partSequences(tokens);
  const readings = new Map<string, ClauseReading>();
  const problems: string[] = [];
  let withoutNotes = false;
  for (const parts of sequences) {
    const reading = assemble(parts);
    if (typeof reading === "string") {
      problems.push(reading);
      continue;
    }
    const noNotes = !parts.some((p) => p.kind === "note");
    if (noNotes && !withoutNotes) {
      // A reading that needs no note beats every reading that does.
      readings.clear();
      withoutNotes = true;
    } else if (!noNotes && withoutNotes) continue;
    readings.set(JSON.stringify(reading), reading);
  }
  if (readings.size === 1) return { ok: true, reading: [...readings.values()][0]! };
  if (readings.size > 1) {
    const words = [...new Set([...readings.values()].map(describe))];
    if (words.length === 1) return { ok: true, reading: [...readings.values()][0]! };
    return { ok: false, reason: `kan läsas på ${words.length === 2 ? "två" : "flera"} sätt: ${words.map((w) => `"${w}"`).join(" eller ")}`, readings: words };
  }
  if (sequences.length === 0) {
    const stuck = tokensText(tokens, furthest, Math.min(tokens.length, furthest + 3));
    return { ok: false, reason: `kan inte läsa "${stuck}"` };
  }
  return { ok: false, reason: problems[0] ?? "kan inte läsa raden" };
}

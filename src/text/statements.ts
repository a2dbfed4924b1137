import { isAsideNote } from "./asideNotes";
import type { DateItem } from "./dates";
import type { Part } from "./phrases";
import type { SpecialPhrase } from "./specialDays";
import { spansProblem, type HoursPhrase } from "./times";
import type { WeeksPhrase, SeasonPhrase } from "./periods";
import type { WeekdaySet } from "./weekdays";

/*
 * Stage 4 of the reader (phrases → statements): one sequence of phrases put together into
 * statements — which days, and what about their hours — or the reason they do not fit.
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
  | {
      readonly kind: "statements";
      readonly statements: readonly Statement[];
      readonly waiting: Selector | null;
      /** Notes beside weekly hours that leave them as written ("(kaféet från 12)"), reported, not read. */
      readonly asides?: readonly string[];
    }
  /** Only hours: "08.00-12.00 och 13.00-16.00", for the days on the line before. */
  | { readonly kind: "hours"; readonly hours: HoursPhrase };

/** The result of reading a clause. */
export type ClauseResult =
  | { readonly ok: true; readonly reading: ClauseReading }
  | { readonly ok: false; readonly reason: string; readonly readings?: readonly string[] };

export const EMPTY_SELECTOR: Selector = { weekdays: null, special: null, weeks: null, season: null, dates: null, note: null };

/**
 * Statements from a sequence of phrases, or why the phrases do not make sense together.
 *
 * @example
 * assemble([{ kind: "weekdays", value: [1, 2, 3, 4, 5] }, { kind: "hours", value: { kind: "open", spans: [{ from: 480, to: 960 }] } }])
 * // => { kind: "statements", statements: [{ selector: { weekdays: [1, 2, 3, 4, 5], … }, hours: … }], waiting: null }
 */
export function assemble(parts: readonly Part[]): ClauseReading | string {
  const statements: Statement[] = [];
  const asides: string[] = [];
  let scope: Selector = EMPTY_SELECTOR; // special days, weeks, season, dates, note: kept for the groups after them
  let weekdays: WeekdaySet | null = null;
  let scopeUsed = false; // a statement has been made with the current scope
  let lastHadWeekdays = false;
  let lastEmitted: Selector | null = null;
  let hoursFirst: HoursPhrase | null = null; // "Stängt: julafton, juldagen"; "stänger kl. 12.00 dag före röd dag"
  let seasonClosed = false; // "Sommarstängt vecka 28–31"

  let scopeStart = 0; // the first statement made with the current scope
  const setScope = (patch: Partial<Selector>): string | null => {
    if (scopeUsed) {
      scope = EMPTY_SELECTOR;
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
      case "skip":
        continue;
      case "weekdays":
        if (weekdays !== null) return "två veckodagsuttryck utan tider emellan";
        // "Vecka 25–32 mån–fre 9–15, lör 10–14": the weeks go on to the next weekdays;
        // "Julafton 10–12, lördag 9–14": the Saturday is an ordinary one.
        if (scopeUsed && !lastHadWeekdays) {
          scope = EMPTY_SELECTOR;
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
        if (scope.dates === null && scope.special === null && statements.length > 0 && isAsideNote(part.value)) {
          asides.push(part.value);
          break;
        }
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
      if (hoursFirst.kind === "gap") return { kind: "statements", statements: [{ selector: EMPTY_SELECTOR, hours: hoursFirst }], waiting: null };
      return { kind: "hours", hours: hoursFirst };
    }
    const problem = emit(hoursFirst);
    if (problem) return problem;
    return { kind: "statements", statements, waiting: null, ...(asides.length > 0 ? { asides } : {}) };
  }
  let waiting: Selector | null = null;
  if (weekdays !== null) waiting = { ...scope, weekdays };
  else if (!scopeUsed && !selectorIsEmpty(scope)) waiting = scope;
  if (waiting?.special?.needsWeekdays && waiting.weekdays === null) return "\"före helgdag\" utan veckodagar";
  if (statements.length === 0 && waiting === null) return "inga dagar och inga tider";
  return { kind: "statements", statements, waiting, ...(asides.length > 0 ? { asides } : {}) };
}

export function selectorIsEmpty(selector: Selector): boolean {
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


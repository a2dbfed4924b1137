import { isAsideNote } from "./asideNotes";
import { clipEarlierHours } from "./clauseClips";
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
  let listed: WeekdaySet | null = null; // "Lör, dag före helg 10–14": weekdays listed before a kind of day
  let afterList = false; // a comma or "och" right after the weekdays
  let only = false; // "Vecka 30 endast onsdag 9–11": the period's other weekdays are closed
  let pairedFirst = false; // a time before its days has been paired with them, and another time followed

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
  const emit = (written: HoursPhrase): string | null => {
    let selector: Selector = { ...scope, weekdays };
    let hours = written;
    if (hours.kind === "clip" && weekdays !== null && selectorIsEmpty(scope)) {
      const clipped = clipEarlierHours(statements, weekdays, hours);
      if (typeof clipped === "string") return clipped;
      if (clipped) hours = clipped;
    }
    // "Mån–fre 8–17, lunchstängt 12–13": the gap is about the days before it.
    if (hours.kind === "gap" && weekdays === null && (scopeUsed || selectorIsEmpty(scope)) && lastEmitted) selector = lastEmitted;
    // "Fredagar udda veckor 8–12, jämna veckor stängt": the other parity is about the same weekdays.
    else if (weekdays === null && isParityOnly(scope.weeks) && isParityOnly(lastEmitted?.weeks ?? null) && lastEmitted!.weekdays) {
      selector = { ...selector, weekdays: lastEmitted!.weekdays };
    }
    const problem = selectorProblem(selector, hours);
    if (problem) return problem;
    statements.push({ selector, hours });
    if (listed) {
      statements.push({ selector: { ...EMPTY_SELECTOR, weekdays: listed }, hours });
      listed = null;
    }
    if (only) {
      only = false;
      if (!selector.weekdays || hours.kind !== "open" || (!selector.weeks && !selector.dates)) return "\"endast\" utan veckodagar i en period";
      const others = [1, 2, 3, 4, 5, 6, 7].filter((day) => !selector.weekdays!.includes(day));
      if (others.length > 0) statements.push({ selector: { ...selector, weekdays: others }, hours: { kind: "open", spans: [] } });
    }
    if (hours.kind !== "gap") lastEmitted = selector;
    lastHadWeekdays = weekdays !== null;
    weekdays = null;
    scopeUsed = true;
    return null;
  };

  for (const part of parts) {
    let problem: string | null = null;
    const wasAfterList = afterList;
    afterList = false;
    switch (part.kind) {
      case "filler":
        afterList = part.list === true && weekdays !== null;
        continue;
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
        // "Lör, dag före helg": a list of Saturdays and a kind of day, not "Saturdays before a holiday".
        if (wasAfterList && weekdays !== null && !part.value.needsWeekdays && part.value.days.every((day) => day.kind === "dayKind")) {
          listed = weekdays;
          weekdays = null;
        }
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
      case "only":
        if (only || weekdays !== null) return "\"endast\" före veckodagarna";
        only = true;
        break;
      case "notOn":
        // "Vecka 28, 30 samt 32 ej fredagar": those weekdays of the period are closed.
        if (weekdays !== null || (scope.weeks === null && scope.dates === null)) return "\"ej\" med veckodagar hör till en period";
        weekdays = part.value;
        problem = emit({ kind: "open", spans: [] });
        break;
      case "hours":
        if (seasonClosed) return "både \"stängt\" och tider";
        if (statements.length === 0 && weekdays === null && selectorIsEmpty(scope)) {
          if (hoursFirst !== null) return "två tider utan dagar emellan";
          hoursFirst = part.value;
          break;
        }
        if (hoursFirst !== null) {
          // "kl. 10–18 måndag till fredag och kl. 10–14 på lördagar": every statement has its
          // time before its days, so each time goes with the days after it.
          if (weekdays === null || hoursFirst.kind !== "open") return "tider både före och efter dagarna";
          problem = emit(hoursFirst) ?? (part.value.kind === "gap" ? emit(part.value) : null);
          hoursFirst = part.value.kind === "gap" ? null : part.value;
          pairedFirst = true;
          break;
        }
        if (pairedFirst) return "tider både före och efter dagarna";
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
    // "kl. 10–18 måndag–fredag och kl. 10–14": the last time has no days after it, and may be the Friday's too.
    if (pairedFirst && weekdays === null) return "tider både före och efter dagarna";
    if (weekdays === null && selectorIsEmpty(scope)) {
      if (hoursFirst.kind === "asUsual") return "\"ordinarie öppettider\" utan dagar";
      if (hoursFirst.kind === "gap") return { kind: "statements", statements: [{ selector: EMPTY_SELECTOR, hours: hoursFirst }], waiting: null };
      return { kind: "hours", hours: hoursFirst };
    }
    const problem = emit(hoursFirst);
    if (problem) return problem;
    return { kind: "statements", statements, waiting: null, ...(asides.length > 0 ? { asides } : {}) };
  }
  const trailing = trailingScope(statements, scope, weekdays === null && !scopeUsed);
  if (typeof trailing === "string") return trailing;
  if (trailing) return { kind: "statements", statements: trailing, waiting: null };
  let waiting: Selector | null = null;
  if (weekdays !== null) waiting = { ...scope, weekdays };
  else if (!scopeUsed && !selectorIsEmpty(scope)) waiting = scope;
  if (waiting?.special?.needsWeekdays && waiting.weekdays === null) return "\"före helgdag\" utan veckodagar";
  if (statements.length === 0 && waiting === null) return "inga dagar och inga tider";
  return { kind: "statements", statements, waiting, ...(asides.length > 0 ? { asides } : {}) };
}

/**
 * "Mån–fre 9–15 under vecka 25–32", "Mån–fre 8–16 till och med 14 juni": weeks or dates after
 * the hours say when the hours before them hold. Without this the hours would be read for the
 * whole year and the weeks left for the lines below — hours the text never gave. Returns the
 * statements limited to the scope, null when the clause does not end so, or why not.
 */
function trailingScope(statements: readonly Statement[], scope: Selector, scopeLast: boolean): Statement[] | string | null {
  if (!scopeLast || statements.length === 0 || selectorIsEmpty(scope) || scope.special !== null) return null;
  if (!statements.every(({ selector }) => selectorIsEmpty({ ...selector, weekdays: null }))) return null;
  const limited = statements.map(({ selector, hours }) => ({ selector: { ...scope, weekdays: selector.weekdays, note: selector.note ?? scope.note }, hours }));
  for (const { selector, hours } of limited) {
    const problem = selectorProblem(selector, hours);
    if (problem) return problem;
  }
  return limited;
}

function isParityOnly(weeks: WeeksPhrase | null): boolean {
  return weeks !== null && weeks.parity !== null && weeks.ranges.length === 0;
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
  // "Onsdag 23.12 Dag före helg": the kind of day names the date (checked against the calendar); over a range it would limit it.
  if (special && dates && special.days.some((day) => day.kind !== "named") && !dates.every(sameDay)) return "datum tillsammans med en sorts dag";
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


import type { CalendarCode } from "../calendar/calendars";
import { chooseReadingAndParts } from "./clause";
import type { Match } from "./match";
import { phrasesAt, type Part } from "./phrases";
import type { ClauseReading } from "./statements";
import { readHours } from "./times";
import { tokensText, type Token } from "./tokens";

/*
 * Hours inside prose: "Expeditionens öppettider är tisdagar och fredagar 09.00–12.00",
 * "Personalen finns på plats mellan 08.00 och 15.30 vardagar". When a sentence cannot be
 * read whole, its statements are looked for wherever they stand, and the fewest words
 * around them are skipped. What may be skipped is limited so that no hour is invented and
 * none changes meaning: never a number, a day, a month, a negation ("utom", "ej"), a limit
 * ("endast", "från", "efter"); never a sentence about an event ("sammanträder", "konsert").
 */

/** Words that say a sentence is about hours; skipped without being reported. */
const HOURS_WORDS = new Set([
  "öppettider", "öppettid", "öppethållande", "öppethållning", "öppet", "öppen", "öppna", "öppnat", "tider", "tid", "är", "har", "vi",
  "håller", "hålls", "finns", "gäller", "bemannad", "bemannat", "bemannade", "bemannas", "besökstider", "besökstid", "telefontider",
  "telefontid", "våra", "vår", "ordinarie", "övriga", "nås", "svarar", "kan", "ni", "du", "besöka", "oss", "ringa", "ring", "på", "plats",
  "i", "och", "alltid", "normalt", "vanligtvis", "följande", "gällande",
]);

/** Words that change what the hours mean: never skipped. */
const PROTECTED = new Set([
  "utom", "förutom", "ej", "inte", "ingen", "inget", "icke", "endast", "bara", "enbart", "stängt", "stängd", "stängda", "stänger", "stängs",
  "öppnar", "från", "till", "tom", "from", "mellan", "efter", "före", "innan", "vecka", "veckor", "veckan", "v", "udda", "jämna",
  "varannan", "varje", "om", "vid", "när", "dock", "men", "kl", "klockan", "ca", "cirka", "fr", "lunch", "lunchstängt", "lunchstängd",
  "sista", "första", "andra", "tredje", "fjärde", "sommar", "vinter", "höst", "vår", "jul", "påsk", "nyår", "midsommar", "helg", "helger",
  "dag", "dagar", "kväll", "kvällar", "morgon", "natt", "kr", "kronor", "sek", "årskurs", "åk", "klass", "nr", "nummer", "år", "minuter",
  "min", "timmar", "personer", "max", "uppehåll", "semester", "paus", "ibland", "oftast", "möjligen", "troligen",
  "preliminärt", "ungefär", "senast", "tidigast", "avvikande", "avvikelser", "ändrade", "tillfälligt", "tillfälliga", "extra", "utökade",
  "begränsade", "reducerade", "nya",
]);

/** A sentence about an event, not about hours: its time is when something happens. */
const EVENT_WORDS = /^(sammanträder|sammanträde[nt]?|möte[nt]?|möten|träff(ar|en)?|träffas|föreläsning(ar|en)?|konsert(er|en)?|gudstjänst(er|en)?|mässa|högmässa|visning(ar|en)?|föreställning(ar|en)?|evenemang(et)?|kurs(en|er)?|seminari(um|et)|anmälan|anmäl|biljetter|premiär|tävling(ar|en)?|match(en|er)?|sittning|invigning(en)?|kalas|loppis|marknad(en)?|fest(en)?|firar|firande)$/;

const MAX_READINGS = 24;

interface Candidate {
  readonly cost: number;
  readonly list: PartNode | null;
}

interface PartNode {
  readonly part: Part;
  readonly rest: PartNode | null;
}

/** What a sentence read as prose says, and which words around the hours were not read. */
export type ProseResult =
  | { readonly ok: true; readonly reading: ClauseReading; readonly skipped: readonly string[] }
  | { readonly ok: false; readonly reason: string; readonly readings?: readonly string[]; readonly event?: true };

/**
 * Reads the statements of a sentence wherever they stand in it, skipping the fewest words
 * around them. Only readings that say which days and what hours count; a sentence that is
 * only hours, only days, or about an event is not read as prose.
 *
 * @example
 * readProse(tokenize(normalizeLine("Växeln är bemannad 08.00–16.30 alla vardagar.")), describeReading)
 * // => { ok: true, reading: { kind: "statements", … }, skipped: ["växeln"] }
 */
export function readProse(tokens: readonly Token[], describe: (reading: ClauseReading) => string, calendar: CalendarCode = "SE"): ProseResult {
  const event = tokens.find((t) => t.kind === "word" && EVENT_WORDS.test(t.text));
  if (event) return { ok: false, reason: `handlar om en händelse ("${event.text}"), inte om öppettider`, event: true };
  // Only sequences with hours count (below), and hours are only ever read by readHours: a
  // sentence where it reads none anywhere ("8 centimeter", "31 mars") needs no search at all.
  if (!tokens.some((_, at) => readHours(tokens, at).length > 0)) return NO_HOURS;
  const candidates = sequencesWithSkips(tokens, calendar);
  const byCost = new Map<number, Part[][]>();
  for (const candidate of candidates) {
    const parts: Part[] = [];
    for (let node = candidate.list; node; node = node.rest) parts.push(node.part);
    if (!byCost.has(candidate.cost)) byCost.set(candidate.cost, []);
    byCost.get(candidate.cost)!.push(parts);
  }
  for (const cost of [...byCost.keys()].sort((a, b) => a - b)) {
    const sequences = byCost.get(cost)!.filter((parts) => parts.some((p) => p.kind === "hours"));
    if (sequences.length === 0) continue;
    const { result: chosen, parts: used } = chooseReadingAndParts(sequences, describe);
    if (!chosen.ok) {
      if (chosen.readings) return chosen;
      continue;
    }
    const { reading } = chosen;
    if (reading.kind !== "statements" || reading.waiting !== null || reading.statements.length === 0) continue;
    if (reading.statements.every((s) => s.hours.kind === "gap")) continue;
    return { ok: true, reading, skipped: skippedRuns(tokens, used ?? sequences[0]!) };
  }
  return NO_HOURS;
}

const NO_HOURS: ProseResult = { ok: false, reason: "hittar inga dagar med tider i meningen" };

/** The reported skipped words, as runs of adjacent words ("expeditionens", "personalen … plats"). */
function skippedRuns(tokens: readonly Token[], parts: readonly Part[]): string[] {
  const runs: string[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) runs.push(tokensText(tokens, run[0]!, run.at(-1)! + 1));
    run = [];
  };
  for (const part of parts) {
    if (part.kind !== "skip") {
      flush();
      continue;
    }
    const token = tokens[part.value]!;
    if (token.kind === "word" && HOURS_WORDS.has(token.text)) {
      flush();
      continue;
    }
    if (run.length > 0 && run.at(-1)! !== part.value - 1) flush();
    run.push(part.value);
  }
  flush();
  return runs;
}

/** Whether a token may be skipped as a word around the hours. */
function skippable(tokens: readonly Token[], at: number, phrases: readonly Match<Part>[]): boolean {
  const token = tokens[at]!;
  if (token.kind === "other") return token.text === "\"" || token.text === "'" || token.text === "”" || token.text === "!" || token.text === "?";
  if (token.kind !== "word") return false;
  if (PROTECTED.has(token.text)) return false;
  // A word some phrase reader starts at (a day, a month, a named day, a season) is not skipped.
  return phrases.every((p) => p.value.kind === "filler");
}

/** Every way to read all tokens as phrases and skipped words, cheapest (fewest skipped words) first. */
function sequencesWithSkips(tokens: readonly Token[], calendar: CalendarCode): Candidate[] {
  const memo = new Map<number, Candidate[]>();
  const from = (at: number): Candidate[] => {
    if (at === tokens.length) return [{ cost: 0, list: null }];
    const cached = memo.get(at);
    if (cached) return cached;
    const phrases = phrasesAt(tokens, at, calendar);
    const result: Candidate[] = [];
    for (const phrase of phrases) {
      for (const rest of from(phrase.next)) result.push({ cost: rest.cost, list: { part: phrase.value, rest: rest.list } });
    }
    if (skippable(tokens, at, phrases)) {
      const token = tokens[at]!;
      const cost = token.kind === "word" && HOURS_WORDS.has(token.text) ? 0 : 1;
      for (const rest of from(at + 1)) result.push({ cost: rest.cost + cost, list: { part: { kind: "skip", value: at }, rest: rest.list } });
    }
    result.sort((a, b) => a.cost - b.cost);
    if (result.length > MAX_READINGS) result.length = MAX_READINGS;
    memo.set(at, result);
    return result;
  };
  return from(0);
}

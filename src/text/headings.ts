import type { CalendarCode } from "../calendar/calendars";
import { monthAt } from "./dates";
import { readSeason } from "./periods";
import { readSpecialDays } from "./specialDays";
import type { Token } from "./tokens";

/** A heading line: "Öppettider", "Avvikande öppettider 2026", "Biblioteket", "Simhallens öppettider". */
export interface Heading {
  /** As written, without a colon at the end. */
  readonly text: string;
  /**
   * Whose hours follow ("biblioteket", "medborgarservice", "simhallen"), or null for a
   * heading that only says hours follow ("Öppettider", "Utökade öppettider").
   */
  readonly owner: string | null;
  /** "Avvikande öppettider", "Avvikelser", "Ändrade öppettider": one-offs follow. */
  readonly deviations: boolean;
  /** "Ordinarie öppettider": the regular hours follow. */
  readonly regular: boolean;
  /** A year in the heading ("Avvikelser 2022"), for the dates below it. */
  readonly year: number | null;
}

const HOURS_WORDS = new Set([
  "öppettider",
  "öppettid",
  "öppethållande",
  "öppethållning",
  "tider",
  "tid",
  "öppet",
  "öppen",
  "utökade",
  "tillfälliga",
  "tillfälligt",
  "nya",
  "våra",
  "extra",
  "gällande",
  "gäller",
  "under",
  "för",
  "i",
  "på",
  "med",
  "och",
  "samt",
  "från",
  "inför",
  "kring",
  "runt",
]);
const DEVIATION_WORDS = new Set(["avvikande", "avvikelser", "avvikelse", "ändrade", "ändringar", "undantag", "helgöppettider", "avvikelserna"]);
// "Övrig tid", "Övriga veckor", "Resten av året": the regular hours, outside the periods above.
const REGULAR_WORDS = new Set(["ordinarie", "vanliga", "normala", "vanligt", "övrig", "övriga", "resten"]);
const REST_OF_YEAR_WORDS = new Set(["veckor", "året", "av", "tiden"]);
const MAX_WORDS = 8;

/**
 * Reads a line that is only a heading; null when the line is not one (it has times or
 * numbers other than a year, or is too long to be a heading).
 *
 * @example
 * readHeading("Avvikande öppettider 2026:", tokenize(normalizeLine("Avvikande öppettider 2026:")))
 * // => { text: "Avvikande öppettider 2026", owner: null, deviations: true, regular: false, year: 2026 }
 * readHeading("Biblioteket", tokenize("biblioteket"))?.owner // => "biblioteket"
 */
export function readHeading(line: string, tokens: readonly Token[], calendar: CalendarCode = "SE"): Heading | null {
  let year: number | null = null;
  let deviations = false;
  let regular = false;
  const owner: string[] = [];
  let wordCount = 0;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (token.kind === "num") {
      // "jul och nyår 2026/2027", "2026–2027": the first year; dates below roll over into the next.
      const span = token.parts.length === 2 && token.separators[0] === "/" && token.digits.every((d) => d.length === 4) && token.parts[1] === token.parts[0]! + 1;
      if (year !== null && token.parts.length === 1 && token.parts[0] === year + 1) {
        i++;
        continue;
      }
      if ((token.parts.length !== 1 && !span) || token.digits[0]!.length !== 4 || year !== null) return null;
      year = token.parts[0]!;
      i++;
      continue;
    }
    if (token.kind === "colon" || token.kind === "comma" || token.kind === "and" || token.kind === "dash" || token.kind === "slash") {
      i++;
      continue;
    }
    if (token.kind !== "word" && token.kind !== "prefix") return null;
    wordCount++;
    const special = readSpecialDays(tokens, i, calendar)[0];
    const season = readSeason(tokens, i)[0];
    const skipTo = Math.max(special?.next ?? -1, season?.next ?? -1);
    if (skipTo > i) {
      wordCount += skipTo - i - 1;
      i = skipTo;
      continue;
    }
    // "Avvikande öppettider december 2026": a month says when, not whose hours.
    if (monthAt(tokens, i) !== null) {
      i++;
      continue;
    }
    if (DEVIATION_WORDS.has(token.text)) deviations = true;
    else if (REGULAR_WORDS.has(token.text)) regular = true;
    else if (!HOURS_WORDS.has(token.text) && !(regular && REST_OF_YEAR_WORDS.has(token.text))) owner.push(ownerWord(token.text));
    i++;
  }
  if (wordCount === 0 && year === null) return null;
  if (wordCount > MAX_WORDS) return null;
  return { text: line.trim().replace(/\s*:$/, ""), owner: owner.length > 0 ? owner.join(" ") : null, deviations, regular, year };
}

/** "Bibliotekets" and "biblioteket" are one owner; so are "Socialjourens" and "socialjouren". */
function ownerWord(word: string): string {
  return word.length > 4 && /[^s]s$/.test(word) ? word.slice(0, -1) : word;
}

import type { CalendarCode } from "../calendar/calendars";
import { readDates, type DateItem } from "./dates";
import type { Match } from "./match";
import { readSeason, readWeeks, type SeasonPhrase, type WeeksPhrase } from "./periods";
import { readSpecialDays, type SpecialPhrase } from "./specialDays";
import { readHours, type HoursPhrase } from "./times";
import { tokensText, type Token } from "./tokens";
import { readWeekdays, type WeekdaySet } from "./weekdays";

/*
 * Stage 3 of the reader (tokens → phrases): every phrase that can start at a position of a
 * clause — days, times, dates, periods, named days, notes and filler words. The phrase
 * readers themselves are in weekdays.ts, times.ts, dates.ts, periods.ts and specialDays.ts.
 */

/** One phrase of a clause. */
export type Part =
  | { readonly kind: "weekdays"; readonly value: WeekdaySet }
  | { readonly kind: "special"; readonly value: SpecialPhrase }
  | { readonly kind: "weeks"; readonly value: WeeksPhrase }
  | { readonly kind: "season"; readonly value: SeasonPhrase }
  | { readonly kind: "dates"; readonly value: readonly DateItem[] }
  | { readonly kind: "hours"; readonly value: HoursPhrase }
  | { readonly kind: "note"; readonly value: string }
  /** "endast onsdag": the other weekdays of the period are closed. */
  | { readonly kind: "only" }
  /** "ej fredagar": these weekdays of the period are closed. */
  | { readonly kind: "notOn"; readonly value: WeekdaySet }
  /** `list`: a comma or "och" ("Lör, dag före helg 10–14": Saturdays and the days before a holiday). */
  | { readonly kind: "filler"; readonly list?: true }
  /** A word around the hours, skipped when a sentence is read as prose (prose.ts): its token's position. */
  | { readonly kind: "skip"; readonly value: number };

const FILLER_WORDS = new Set(["gäller", "även", "också", "på", "under", "vi", "är", "samt", "den", "dessutom", "sedan", "därefter", "öppet", "öppen", "öppna", "har", "håller"]);
const ONLY_WORDS = new Set(["endast", "bara", "enbart"]);
const NOT_WORDS = new Set(["ej", "inte", "icke"]);
// ", påskhelgen,", "24–26.12 Jul, stängt": a name for the dates beside it (a note needs dates, statements.ts).
const HOLIDAY_SEASON_NOTES = /^((påsk|jul|nyårs|midsommar|pingst|trettondags|allhelgona|kristi himmelsfärds)helgen|jul|julen|påsk|påsken|nyår|nyåret|midsommar)$/;

/**
 * Every phrase that can start at `at`.
 *
 * @example
 * phrasesAt(tokenize("mån-fre 8-16"), 0).map((p) => p.value.kind) // => ["weekdays"]
 */
export function phrasesAt(tokens: readonly Token[], at: number, calendar: CalendarCode = "SE"): Match<Part>[] {
  const token = tokens[at]!;
  const parts: Match<Part>[] = [];
  const add = <K extends Part["kind"]>(kind: K, matches: Match<unknown>[]) => {
    for (const match of matches) parts.push({ value: { kind, value: match.value } as Part, next: match.next });
  };
  add("hours", readHours(tokens, at));
  add("weekdays", readWeekdays(tokens, at));
  add("special", readSpecialDays(tokens, at, calendar));
  add("weeks", readWeeks(tokens, at));
  add("season", readSeason(tokens, at));
  add("dates", readDates(tokens, at));
  if (token.kind === "comma" || token.kind === "colon" || token.kind === "bar" || token.kind === "and" || token.kind === "dash" || token.kind === "slash") {
    parts.push({ value: token.kind === "comma" || token.kind === "and" ? { kind: "filler", list: true } : { kind: "filler" }, next: at + 1 });
  }
  if (token.kind === "word" && FILLER_WORDS.has(token.text)) parts.push({ value: { kind: "filler" }, next: at + 1 });
  if (token.kind === "word" && ONLY_WORDS.has(token.text)) parts.push({ value: { kind: "only" }, next: at + 1 });
  if (token.kind === "word" && NOT_WORDS.has(token.text)) {
    for (const match of readWeekdays(tokens, at + 1)) parts.push({ value: { kind: "notOn", value: match.value }, next: match.next });
  }
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

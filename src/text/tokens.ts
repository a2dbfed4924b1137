import { dropPeriodNames } from "./periodNames";
import { perTextCache } from "./perTextCache";

/*
 * Tokenising one line of Swedish hours text: "Måndag08.00-16.00", "mån, tors10 – 20",
 * "v.28 – v.31", "Jul- och nyårsafton stängt". The phrase readers (weekdays, times,
 * periods, special days, dates) work on these tokens, never on raw text.
 */

/** A word, lower case, abbreviation dot dropped: "mån." → "mån". */
export interface WordToken {
  readonly kind: "word";
  readonly text: string;
}

/** The first part of a Swedish compound left open: "jul-" in "jul- och nyårsafton". */
export interface PrefixToken {
  readonly kind: "prefix";
  readonly text: string;
}

/**
 * Digits, maybe joined by `.`, `:` or `/`: "8", "08.00", "10:00", "23/12", "24.12.2026".
 * `digits` keeps each part as written (a time's minutes have two digits, a date's month may have one).
 */
export interface NumberToken {
  readonly kind: "num";
  readonly text: string;
  readonly parts: readonly number[];
  readonly digits: readonly string[];
  readonly separators: readonly string[];
  /** Written with a dot right after it, as in the date "24.12." */
  readonly trailingDot: boolean;
}

/** An ISO date, `2026-06-15`. */
export interface IsoDateToken {
  readonly kind: "iso";
  readonly text: string;
}

/** Punctuation the readers care about. `and` is "och", "samt", "&" or "+". */
export interface MarkToken {
  readonly kind: "dash" | "comma" | "colon" | "and" | "slash" | "open" | "close" | "bar";
  readonly text: string;
}

/** Anything else ("?", "*", "€"): no reader accepts it, so its line is reported unread. */
export interface OtherToken {
  readonly kind: "other";
  readonly text: string;
}

export type Token = WordToken | PrefixToken | NumberToken | IsoDateToken | MarkToken | OtherToken;

const DASHES = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D]/g;
const ODD_SPACES = /[^\S ]| {2,}/;
const SPACES = /[\s\u200B]+/g;
// Letters as a Swedish text has them; ASCII and Latin-1 ranges are much faster than \p{L} here.
const LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ";
const LOWER_THEN_UPPER = /([a-zß-öø-ÿ])([A-ZÀ-ÖØ-Þ])/g;
const LETTER_THEN_DIGIT = new RegExp(`([${LETTERS}]\\.?)(?=\\d)`, "g");
const DIGIT_THEN_LETTER = new RegExp(`(\\d)(?=[${LETTERS}])`, "g");
const ABBREVIATED = /\b(?:fr|t|p)\.?\s?[og]\.?\s?[ma]\b/;

/**
 * A line as the readers see it: lower case, every dash a hyphen, one space between words,
 * and a space where a table cell was flattened against the next ("måndag08.00" → "måndag 08.00").
 *
 * @example
 * normalizeLine("Måndag08.00–16.00") // => "måndag 08.00-16.00"
 * normalizeLine("v.28 – v.31") // => "v. 28 - v. 31"
 */
export function normalizeLine(line: string): string {
  return NORMALIZED.get(line, () => normalizeUncached(line));
}

// The same sentence is normalised by several readers of one line (the line reader, the
// unclear phrases, headings, unit and kind labels): about 1.6 times per sentence of a page.
const NORMALIZED = perTextCache<string>();

function normalizeUncached(line: string): string {
  let text = line.normalize("NFC");
  if (ODD_SPACES.test(text)) text = text.replace(SPACES, " ");
  text = text
    // A flattened table cell: "LördagStängt" → "Lördag Stängt".
    .replace(LOWER_THEN_UPPER, "$1 $2")
    .replace(DASHES, "-")
    .toLowerCase(); // the same as toLocaleLowerCase("sv") for Swedish letters, and much faster
  if (text.includes(" och med ")) text = text.replace(/\bfrån och med\b/g, "from").replace(/\btill och med\b/g, "tom");
  if (ABBREVIATED.test(text)) {
    // Abbreviations people write with dots: fr.o.m., t.o.m., p.g.a.
    text = text
      .replace(/\bfr\.?\s?o\.?\s?m\b\.?/g, " from ")
      .replace(/\bt\.?\s?o\.?\s?m\b\.?/g, " tom ")
      .replace(/\bp\.?\s?g\.?\s?a\b\.?/g, " pga ");
  }
  // Flattened table cells: a letter against a digit, or a digit against a letter (most
  // sentences of a page have no digit, and these lookaheads are tried at every letter).
  if (/\d/.test(text)) text = text.replace(LETTER_THEN_DIGIT, "$1 ").replace(DIGIT_THEN_LETTER, "$1 ");
  if (text.includes("  ")) text = text.replace(/ {2,}/g, " ");
  return dropPeriodNames(text.trim());
}

// Sticky (`y`): each is tried at `lastIndex`, the tokenizer's position, without slicing the line.
const WORD = /\p{L}+(?:\.(?!\d))?/uy;
const NUMBER = /\d{1,4}(?:[.:/]\d{1,4}){0,2}/y;
const ISO_DATE = /\d{4}-\d{2}-\d{2}(?!\d)/y;
const OPEN_COMPOUND = /-\s*(,|och\b|samt\b|&)/y;

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

/**
 * Splits a normalised line into tokens.
 *
 * @example
 * tokenize(normalizeLine("Mån-Fre: 08.00-16.00")).map((t) => t.text)
 * // => ["mån", "-", "fre", ":", "08.00", "-", "16.00"]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === " ") {
      i++;
      continue;
    }
    const digit = isDigit(char);
    const iso = digit ? matchAt(ISO_DATE, text, i) : null;
    if (iso) {
      tokens.push({ kind: "iso", text: iso });
      i += iso.length;
      continue;
    }
    const raw = digit ? matchAt(NUMBER, text, i) : null;
    if (raw) {
      const { digits, separators } = numberParts(raw);
      let length = raw.length;
      // "24.12." (a date) or "kl. 16." (the end of a sentence): remember the dot, drop it.
      const trailingDot = text[i + length] === "." && !isDigit(text[i + length + 1]);
      if (trailingDot) length++;
      tokens.push({ kind: "num", text: raw, parts: digits.map(Number), digits, separators, trailingDot });
      i += length;
      continue;
    }
    const word = digit ? null : matchAt(WORD, text, i);
    if (word) {
      const letters = word.endsWith(".") ? word.slice(0, -1) : word;
      // "jul- och nyårsafton", "midsommar-, jul- och nyårsafton": an open compound.
      if (!word.endsWith(".") && matchAt(OPEN_COMPOUND, text, i + word.length) !== null) {
        tokens.push({ kind: "prefix", text: letters });
        i += word.length + 1;
        continue;
      }
      tokens.push(letters === "och" || letters === "samt" ? { kind: "and", text: letters } : { kind: "word", text: letters });
      i += word.length;
      continue;
    }
    const mark = MARKS[char];
    if (mark) tokens.push({ kind: mark, text: char });
    else if (char !== "." && char !== "!" && char !== "*") tokens.push({ kind: "other", text: char });
    i++;
  }
  return tokens;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}

/** "24.12.2026" → digits ["24", "12", "2026"], separators [".", "."] (a NUMBER match: digits and `.`, `:`, `/`). */
function numberParts(raw: string): { digits: string[]; separators: string[] } {
  const digits: string[] = [];
  const separators: string[] = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if (isDigit(raw[i])) continue;
    digits.push(raw.slice(start, i));
    separators.push(raw[i]!);
    start = i + 1;
  }
  digits.push(raw.slice(start));
  return { digits, separators };
}

const MARKS: Record<string, MarkToken["kind"]> = {
  "-": "dash",
  ",": "comma",
  ":": "colon",
  ";": "comma",
  "&": "and",
  "+": "and",
  "/": "slash",
  "(": "open",
  ")": "close",
  "[": "open",
  "]": "close",
  "|": "bar",
};

const ABBREVIATIONS = /(?:^|\s)(?:kl|ca|obs|v|mån|tis|ons|tor|tors|fre|lör|sön|må|ti|on|to|fr|lö|sö|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec|t\.o\.m|fr\.o\.m|bl\.a|p\.g\.a)$/i;

/**
 * Splits a line into sentences where a page put two on one line
 * ("Måndag/onsdag före helgdag öppet kl 13–16. Helgdagar stängt."), but not after an
 * abbreviation ("kl. 10", "Lör. Sön.").
 *
 * @example
 * splitSentences("Mån–fre 8–17. Helgdagar stängt.") // => ["Mån–fre 8–17.", "Helgdagar stängt."]
 */
export function splitSentences(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /\.\s+(?=\p{Lu})/gu;
  for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
    const before = line.slice(start, match.index);
    if (ABBREVIATIONS.test(before) || /(?:^|\s)\p{L}$/u.test(before)) continue;
    sentences.push(line.slice(start, match.index + 1).trim());
    start = match.index + match[0].length;
  }
  sentences.push(line.slice(start).trim());
  return sentences.filter((s) => s.length > 0);
}

/**
 * The text of tokens `from`..`to` (exclusive), as a reader would quote it.
 *
 * @example
 * tokensText(tokenize("vid akuta ärenden, ring 112"), 0, 3) // => "vid akuta ärenden"
 */
export function tokensText(tokens: readonly Token[], from = 0, to = tokens.length): string {
  let text = "";
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    const glue = token.kind === "comma" || token.kind === "colon" || token.kind === "close" || token.kind === "dash" || (i > from && tokens[i - 1]!.kind === "dash") || (i > from && tokens[i - 1]!.kind === "open");
    text += (text && !glue ? " " : "") + (token.kind === "prefix" ? `${token.text}-` : token.text);
  }
  return text;
}

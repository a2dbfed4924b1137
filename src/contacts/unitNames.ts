import { foldText } from "./slug";

/*
 * How a unit's names are compared with what people type: case and diacritics folded
 * (å/ä/ö written a/a/o), words cut at anything that is not a letter or digit, small words
 * ("i", "på", "och") left out, and each word compared in its Swedish forms, so that
 * "biblioteket", "simhallen", "kommunhusets" and "arjeplogs" meet "bibliotek", "simhall",
 * "kommunhus" and "arjeplog".
 */

/** Words that never tell units apart: "Simhallen i Arjeplog", "Biblioteket på torget". */
const SMALL_WORDS = new Set(["i", "pa", "vid", "och", "av", "for", "till", "med", "the", "of", "in", "at", "and", "to", "kl"]);

/**
 * Endings of the definite, plural-definite and genitive forms, longest first. A word
 * is also compared without one of them (leaving at least three letters).
 */
const ENDINGS = ["arnas", "ernas", "ornas", "arna", "erna", "orna", "ens", "ets", "nas", "na", "en", "et", "ns", "n", "t", "s"];

/** The shortest word part compared as the start or end of a compound ("återvinning" in "återvinningscentral"). */
const MIN_PART = 4;

/** One word as typed, with its possible base forms. */
export interface Word {
  readonly text: string;
  readonly forms: readonly string[];
}

/**
 * The words of a name or of what someone typed, small words left out.
 *
 * @example
 * wordsOf("Simhallen i Arjeplog").map((w) => w.text) // => ["simhallen", "arjeplog"]
 */
export function wordsOf(text: string): Word[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && !SMALL_WORDS.has(word))
    .map((word) => ({ text: word, forms: formsOf(word) }));
}

function formsOf(word: string): string[] {
  const forms = [word];
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) forms.push(word.slice(0, -ending.length));
  }
  return forms;
}

/**
 * How well a typed word meets a word of a name: 2 when they are forms of one word
 * ("biblioteket" – "bibliotek"), 1 when one is the start or the end of the other, a
 * compound ("återvinningen" – "återvinningscentralen", "jouren" – "socialjouren"), else 0.
 *
 * @example
 * wordMatch(wordsOf("återvinningen")[0], wordsOf("Återvinningscentralen")[0]) // => 1
 */
export function wordMatch(typed: Word, named: Word): 0 | 1 | 2 {
  if (typed.forms.some((form) => named.forms.includes(form))) return 2;
  for (const a of typed.forms) {
    if (a.length < MIN_PART) continue;
    for (const b of named.forms) {
      if (b.length < MIN_PART) continue;
      if (a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a)) return 1;
    }
  }
  return 0;
}

/**
 * Whether two texts name the same thing: every word of each is a form of a word of the
 * other ("Simhallen i Arjeplog" and "Arjeplogs simhall"; "Biblioteket" and "bibliotek").
 *
 * @example
 * sameName(wordsOf("Simhallen i Arjeplog"), wordsOf("Arjeplogs simhall")) // => true
 */
export function sameName(a: readonly Word[], b: readonly Word[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.every((x) => b.some((y) => wordMatch(x, y) === 2)) && b.every((y) => a.some((x) => wordMatch(x, y) === 2));
}

/** The names of a unit as they are matched: its name, its aliases, its id with spaces for hyphens. */
export interface UnitNames {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[] | undefined;
}

/** One way a unit is named, with where it stands in the config. */
export interface NamedAs {
  readonly kind: "name" | "alias" | "id";
  readonly text: string;
  readonly path: PropertyKey[];
  readonly words: readonly Word[];
}

/**
 * A unit's name, aliases and id, each with its words.
 *
 * @example
 * namesOf({ id: "bibliotek", name: "Biblioteket", aliases: ["Stadsbiblioteket"] }, 0).map((n) => n.text)
 * // => ["Biblioteket", "Stadsbiblioteket", "bibliotek"]
 */
export function namesOf(unit: UnitNames, index: number): NamedAs[] {
  return [
    { kind: "name" as const, text: unit.name, path: [index, "name"] },
    ...(unit.aliases ?? []).map((alias, j) => ({ kind: "alias" as const, text: alias, path: [index, "aliases", j] })),
    { kind: "id" as const, text: unit.id, path: [index, "id"] },
  ].map((named) => ({ ...named, words: wordsOf(named.text.replace(/-/g, " ")) }));
}

/**
 * Names or aliases of different units that name the same thing (so that `findUnit` could not
 * tell them apart), each reported at the later one. Ids are checked for duplicates on their own.
 *
 * @example
 * nameClashes([{ id: "a", name: "Biblioteket" }, { id: "b", name: "Bibliotek" }])
 * // => [{ later: [[1, "name"], "Bibliotek"], earlier: { index: 0, text: "Biblioteket" } }]
 */
export function nameClashes(units: readonly UnitNames[]): { later: [PropertyKey[], string]; earlier: { index: number; text: string } }[] {
  const named = units.map((unit, i) => namesOf(unit, i).filter((n) => n.kind !== "id"));
  const clashes: { later: [PropertyKey[], string]; earlier: { index: number; text: string } }[] = [];
  for (let i = 0; i < named.length; i++) {
    for (const name of named[i]!) {
      const earlier = findEarlier(named, i, name);
      if (earlier) clashes.push({ later: [name.path, name.text], earlier });
    }
  }
  return clashes;
}

function findEarlier(named: readonly NamedAs[][], before: number, name: NamedAs): { index: number; text: string } | null {
  for (let j = 0; j < before; j++) {
    const other = named[j]!.find((candidate) => sameName(candidate.words, name.words));
    if (other) return { index: j, text: other.text };
  }
  return null;
}

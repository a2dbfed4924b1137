import { describe } from "../calendar/plainDate";
import { namesOf, sameName, wordMatch, wordsOf, type NamedAs, type UnitNames } from "./unitNames";

/**
 * How `findUnit` found its unit, or why it did not: by its `id`; by its `name` or an
 * `alias` (as a whole, in any of the forms people write it); by `words` that point to it
 * and no other unit; `ambiguous` when the text could be several units; `unknown` when it
 * names none.
 */
export type UnitMatchKind = "id" | "name" | "alias" | "words" | "ambiguous" | "unknown";

/**
 * The answer of `findUnit`: the unit only when the text points to exactly one, otherwise
 * the candidates to choose from — never a silent guess.
 *
 * @example
 * const found: UnitMatch<Unit> = kommun.findUnit("biblioteket");
 * if (found.unit) show(found.unit); else ask("Menar du " + found.candidates.map((u) => u.name).join(" eller ") + "?");
 */
export interface UnitMatch<U> {
  /** The unit, when the text names exactly one; else null. */
  readonly unit: U | null;
  /** Found: the unit alone. Ambiguous: the units it could be, best first. Unknown: every unit. */
  readonly candidates: readonly U[];
  readonly match: UnitMatchKind;
  /** The text asked about. */
  readonly text: string;
}

/**
 * Finds a unit from what a person types: its id, its name or an alias in any case, with
 * å/ä/ö written as a/a/o, in Swedish definite or genitive forms ("biblioteket",
 * "kommunhusets"), with small words and place names around it ("Simhallen i Arjeplog"),
 * or a part of a compound ("återvinningen" for "Återvinningscentralen"). When the words
 * fit several units equally, or none, the answer has no unit and lists the candidates.
 * Throws `TypeError` when `text` is not a string.
 *
 * @example
 * findUnitIn(units, "biblioteket").unit?.id // => "biblioteket"
 * findUnitIn(units, "hallen") // => { unit: null, match: "ambiguous", candidates: [simhallen, sporthallen] }
 */
export function findUnitIn<U extends UnitNames>(units: readonly U[], text: string): UnitMatch<U> {
  if (typeof text !== "string") throw new TypeError(`findUnit: the text must be a string, got ${describe(text)}`);
  const answer = (unit: U | null, candidates: readonly U[], match: UnitMatchKind): UnitMatch<U> =>
    Object.freeze({ unit, candidates: Object.freeze([...candidates]), match, text });

  const trimmed = text.trim();
  const byId = units.find((unit) => unit.id === trimmed || unit.id === trimmed.toLowerCase());
  if (byId) return answer(byId, [byId], "id");

  const typed = wordsOf(trimmed);
  if (typed.length === 0) return answer(null, units, "unknown");
  const named = units.map((unit, i) => namesOf(unit, i));

  // A whole name or alias, in any of its forms.
  const whole = units
    .map((unit, i) => ({ unit, as: named[i]!.find((name) => sameName(typed, name.words)) }))
    .filter((hit): hit is { unit: U; as: NamedAs } => hit.as !== undefined);
  if (whole.length === 1) {
    const [{ unit, as }] = whole as [{ unit: U; as: NamedAs }];
    return answer(unit, [unit], as.kind === "id" ? "id" : as.kind);
  }
  if (whole.length > 1) return answer(null, whole.map((hit) => hit.unit), "ambiguous");

  return byWords(units, named, typed, answer);
}

/**
 * Words that point to units. A typed word that fits no unit is left out ("när", "öppnar");
 * a word that fits k units counts 1/k for each (a town in every unit's name tells nothing),
 * a form of a word 2 and a compound part 1. The best unit is the answer only when it is
 * ahead of every other one and at least one typed word fits it alone.
 */
function byWords<U>(
  units: readonly U[],
  named: readonly NamedAs[][],
  typed: readonly ReturnType<typeof wordsOf>[number][],
  answer: (unit: U | null, candidates: readonly U[], match: UnitMatchKind) => UnitMatch<U>,
): UnitMatch<U> {
  const scores = units.map(() => 0);
  const distinct = units.map(() => false);
  for (const word of typed) {
    const fits = named.map((names) => Math.max(0, ...names.flatMap((name) => name.words.map((w) => wordMatch(word, w)))));
    const count = fits.filter((fit) => fit > 0).length;
    if (count === 0) continue;
    fits.forEach((fit, i) => {
      if (fit === 0) return;
      scores[i]! += fit / count;
      if (count === 1) distinct[i] = true;
    });
  }
  const ranked = units
    .map((unit, i) => ({ unit, score: scores[i]!, distinct: distinct[i]! }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
  if (ranked.length === 0) return answer(null, units, "unknown");
  const [best, second] = ranked as [(typeof ranked)[number], ...(typeof ranked)[number][]];
  if (best.distinct && (second === undefined || best.score > second.score)) return answer(best.unit, [best.unit], "words");
  return answer(null, ranked.map((entry) => entry.unit), "ambiguous");
}

/**
 * A message for a text that names no single unit, listing the candidates by id and name,
 * for an error a person or a chat model can act on.
 *
 * @example
 * unitMatchMessage(kommun.findUnit("hallen"))
 * // => 'unclear unit "hallen": it could be simhallen (Simhallen) or sporthallen (Sporthallen); give one of these ids'
 */
export function unitMatchMessage(found: UnitMatch<{ readonly id: string; readonly name: string }>): string {
  const list = (units: readonly { id: string; name: string }[], word: string) => {
    const items = units.map((unit) => `${unit.id} (${unit.name})`);
    return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]!}`;
  };
  if (found.unit) return `unit "${found.text}" is ${found.unit.id} (${found.unit.name})`;
  if (found.match === "ambiguous") return `unclear unit ${JSON.stringify(found.text)}: it could be ${list(found.candidates, "or")}; give one of these ids`;
  return `unknown unit ${JSON.stringify(found.text)}; the units are ${list(found.candidates, "and") || "none"}`;
}

/**
 * The unit an organisation answers for when none is named: its own place (when it has its
 * own `hours`), else its only unit; null when it has several units and no own hours.
 *
 * @example
 * defaultUnit(createOrganization(presets.arjeplogKommun).units)?.id // => "arjeplogs-kommun"
 * defaultUnit(exempla.units) // => null (four units, no own hours)
 */
export function defaultUnit<U extends { readonly own: boolean }>(units: readonly U[]): U | null {
  return units.find((unit) => unit.own) ?? (units.length === 1 ? units[0]! : null);
}

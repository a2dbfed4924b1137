import { listMark, rangeMark, words, type Match } from "./match";
import type { Token } from "./tokens";

/** Weekdays a phrase names, as ISO numbers (1 = Monday … 7 = Sunday), sorted. */
export type WeekdaySet = readonly number[];

const STEMS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];
const ABBREVIATIONS: readonly (readonly string[])[] = [
  ["mån", "må", "mand"],
  ["tis", "ti", "tisd"],
  ["ons", "on", "onsd"],
  ["tors", "tor", "to", "torsd"],
  ["fre", "fr", "fred"],
  ["lör", "lö", "lörd"],
  ["sön", "sö", "sönd"],
];

/*
 * A time of day compounded with a weekday ("fredagskvällar 18–23", "lördagsförmiddag"): the
 * hours written after it say when, so the compound is only the weekday.
 */
const PARTS_OF_DAY = ["kväll", "kvällar", "kvällen", "kvällarna", "morgon", "morgnar", "morgonen", "förmiddag", "förmiddagar", "förmiddagen", "eftermiddag", "eftermiddagar", "eftermiddagen", "natt", "nätter", "natten"];

/** Every spelling of each weekday: "måndag", "måndagar", "måndagen", "måndagarna", "måndags", "mån", "må", "måndagskvällar". */
const WEEKDAY_BY_WORD = new Map<string, number>();
STEMS.forEach((stem, index) => {
  for (const ending of ["", "ar", "en", "arna", "s"]) WEEKDAY_BY_WORD.set(stem + ending, index + 1);
  for (const part of PARTS_OF_DAY) WEEKDAY_BY_WORD.set(`${stem}s${part}`, index + 1);
  for (const abbreviation of ABBREVIATIONS[index]!) WEEKDAY_BY_WORD.set(abbreviation, index + 1);
});

const ALL_DAYS: WeekdaySet = [1, 2, 3, 4, 5, 6, 7];

/**
 * One weekday word at `at`: "fredag", "fredagar", "fre", "Fr".
 *
 * @example
 * weekdayAt(tokenize("fredagar"), 0) // => 5
 */
export function weekdayAt(tokens: readonly Token[], at: number): number | null {
  const token = tokens[at];
  return token?.kind === "word" ? (WEEKDAY_BY_WORD.get(token.text) ?? null) : null;
}

/** Words for several weekdays at once. */
function groupAt(tokens: readonly Token[], at: number): Match<WeekdaySet> | null {
  let next = words(tokens, at, ["vardagar", "vardag", "vardagarna", "veckodagar", "vardagen"]);
  if (next > 0) return { value: [1, 2, 3, 4, 5], next };
  next = words(tokens, at, ["helgfria", "alla", "samtliga"], ["vardagar", "vardag", "veckodagar"]);
  if (next > 0) return { value: [1, 2, 3, 4, 5], next };
  next = words(tokens, at, ["helger", "helg", "helgen", "helgerna", "veckoslut", "veckosluten", "veckoslutet"]);
  if (next > 0) return { value: [6, 7], next };
  next = words(tokens, at, ["dagligen"]);
  if (next > 0) return { value: ALL_DAYS, next };
  next = words(tokens, at, ["varje", "alla"], ["dag", "dagar"]);
  if (next > 0) {
    // "alla dagar i veckan", "alla veckans dagar"
    const more = words(tokens, next, "i", "veckan");
    return { value: ALL_DAYS, next: more > 0 ? more : next };
  }
  next = words(tokens, at, ["alla", "veckans"], ["veckans", "alla"], ["dagar"]);
  if (next > 0) return { value: ALL_DAYS, next };
  return null;
}

/** A weekday or a range of weekdays ("mån–fre", "söndag till torsdag", wrapping the week). */
function itemAt(tokens: readonly Token[], at: number): Match<WeekdaySet> | null {
  const group = groupAt(tokens, at);
  if (group) return group;
  const from = weekdayAt(tokens, at);
  if (from === null) return null;
  const mark = rangeMark(tokens, at + 1);
  if (mark > 0) {
    const to = weekdayAt(tokens, mark);
    if (to !== null && to !== from) {
      const days: number[] = [];
      for (let day = from; ; day = (day % 7) + 1) {
        days.push(day);
        if (day === to) break;
      }
      return { value: days, next: mark + 1 };
    }
  }
  return { value: [from], next: at + 1 };
}

/**
 * A weekday phrase, read as far as it goes: "Måndag–torsdag", "Mån-Fre", "Sön–tor",
 * "Lördag och söndag", "Måndag, onsdag och fredag", "Måndag/onsdag", "Vardagar", "Helger",
 * "Alla dagar", "Alla dagar utom söndag". An optional "från" before a range ("från måndag till
 * fredag") is read too.
 *
 * @example
 * readWeekdays(tokenize(normalizeLine("Mån, ons och fre 10-18")), 0)
 * // => [{ value: [1, 3, 5], next: 5 }]
 */
export function readWeekdays(tokens: readonly Token[], at: number): Match<WeekdaySet>[] {
  const start = words(tokens, at, "från") > 0 && weekdayAt(tokens, at + 1) !== null ? at + 1 : at;
  const first = itemAt(tokens, start);
  if (!first) return [];
  const days = new Set(first.value);
  let next = first.next;
  for (;;) {
    const mark = listMark(tokens, next);
    if (mark < 0) break;
    const item = itemAt(tokens, mark);
    if (!item) break;
    for (const day of item.value) days.add(day);
    next = item.next;
  }
  // "Alla dagar utom söndag", "vardagar förutom onsdag"
  const except = words(tokens, next, ["utom", "förutom"]);
  if (except > 0) {
    const removed = itemAt(tokens, except);
    if (removed) {
      for (const day of removed.value) days.delete(day);
      next = removed.next;
      for (;;) {
        const mark = listMark(tokens, next);
        const more = mark > 0 ? itemAt(tokens, mark) : null;
        if (!more) break;
        for (const day of more.value) days.delete(day);
        next = more.next;
      }
    }
  }
  if (days.size === 0) return [];
  return [{ value: [...days].sort((a, b) => a - b), next }];
}

import type { CalendarCode } from "../calendar/calendars";
import { NAMED_DAYS, namedDayKey, namedDaysOf, type NamedDay } from "../calendar/namedDays";
import type { DayKind } from "../schedule/ruleKinds";
import { listMark, rangeMark, words, type Match } from "./match";
import { namedDayRange } from "./namedDayRanges";
import type { Token } from "./tokens";

/** A special day a phrase names: a kind of day (SPEC §1) or one named day (SPEC §7). */
export type SpecialDay = { readonly kind: "dayKind"; readonly dayKind: DayKind } | { readonly kind: "named"; readonly name: NamedDay };
export type { NamedDay };

/** Other spellings people use, besides the canonical name with or without a definite "-en". */
const OTHER_SPELLINGS: Partial<Record<NamedDay, readonly string[]>> = {
  trettondagsafton: ["trettondedagsafton", "trettondagsafton", "trettondedag jul afton"],
  valborgsmässoafton: ["valborgsafton", "valborg", "valborgsmässa", "sista april"],
  allhelgonaafton: ["allhelgonafton", "alla helgons afton"],
  "trettondedag jul": ["trettondedagen", "trettondagen", "trettondag jul", "trettondedagjul", "trettondagjul"],
  "annandag påsk": ["annandagpåsk", "annandag påskdag", "annandagen påsk"],
  "första maj": ["förstamaj"],
  "kristi himmelsfärdsdag": [
    "kristi himmelfärdsdag",
    "kristi himmelsfärds dag",
    "kristi himmelfärds dag",
    "kristi himmelsfärd",
    "kristi himmelfärd",
    "kristihimmelsfärdsdag",
    "kristihimmelfärdsdag",
    "himmelsfärdsdag",
    "himmelfärdsdag",
  ],
  "sveriges nationaldag": ["nationaldag", "nationaldagen", "svenska flaggans dag", "sveriges nationaldagen"],
  "alla helgons dag": ["allhelgonadag", "allhelgonadagen", "alla helgonsdag", "allahelgonsdag", "alla helgons dagen"],
  "annandag jul": ["annandagjul", "annandag juldag"],
  självständighetsdagen: ["självständighetsdag", "finlands självständighetsdag", "självständighetsdagen i finland"],
  självstyrelsedagen: ["självstyrelsedag", "ålands självstyrelsedag", "självstyrelsedagen på åland"],
};

/** Every spelling (as words) → its named day; a trailing definite "-en" is forgiven both ways. */
const SPELLINGS: { words: readonly string[]; name: NamedDay }[] = [];
// Every calendar's days: a spelling is looked up on the text's calendar when it is read.
for (const name of new Set([...NAMED_DAYS, ...namedDaysOf("AX")])) {
  const spellings = new Set<string>([name, ...(OTHER_SPELLINGS[name] ?? [])]);
  for (const spelling of [...spellings]) {
    if (spelling.endsWith("en") && /(dag|afton)en$/.test(spelling)) spellings.add(spelling.slice(0, -2));
    else if (/(dag|afton)$/.test(spelling)) spellings.add(`${spelling}en`);
  }
  for (const spelling of spellings) SPELLINGS.push({ words: spelling.split(" "), name });
}
// Longest first, so "annandag påsk" wins over a shorter reading; looked up by their first word.
SPELLINGS.sort((a, b) => b.words.length - a.words.length);
const SPELLINGS_BY_FIRST_WORD = new Map<string, { words: readonly string[]; name: NamedDay }[]>();
for (const spelling of SPELLINGS) {
  const list = SPELLINGS_BY_FIRST_WORD.get(spelling.words[0]!) ?? [];
  list.push(spelling);
  SPELLINGS_BY_FIRST_WORD.set(spelling.words[0]!, list);
}

/** The named day a spelling means ("julaftonen", "kristi himmelfärdsdag"), or null. */
function canonicalNamedDay(text: string, calendar: CalendarCode): NamedDay | null {
  const wordsOf = text.toLocaleLowerCase("sv").trim().split(/\s+/);
  const found = SPELLINGS.find((s) => s.words.length === wordsOf.length && s.words.every((w, i) => w === wordsOf[i]));
  return found ? namedDayKey(found.name, calendar) : namedDayKey(text, calendar);
}

/** A named day of the calendar ("trettondedag jul" is "trettondagen" in Finland; "nationaldagen" is no day there). */
function namedAt(tokens: readonly Token[], at: number, calendar: CalendarCode): Match<NamedDay> | null {
  const token = tokens[at];
  if (token?.kind !== "word") return null;
  for (const spelling of SPELLINGS_BY_FIRST_WORD.get(token.text) ?? []) {
    const next = words(tokens, at, ...spelling.words);
    if (next < 0) continue;
    const key = namedDayKey(spelling.name, calendar);
    if (key !== null) return { value: key, next };
  }
  return null;
}

/** An open compound "jul-" completed by the last word: "jul- och nyårsafton" → "julafton". */
function completeCompound(prefix: string, last: NamedDay, calendar: CalendarCode): NamedDay | null {
  for (const head of ["afton", "aftonen", "dagen", "dag"]) {
    if (last.endsWith(head)) return canonicalNamedDay(prefix + head, calendar);
  }
  return null;
}

const DAY_KIND_PHRASES: { words: (string | readonly string[])[]; dayKind: DayKind; needsWeekdays?: boolean }[] = [
  { words: [["dag", "dagar", "dagen", "vardag", "vardagar"], ["före", "innan"], ["röd", "röda"], ["dag", "dagar", "dagen"]], dayKind: "dayBeforeRedDay" },
  { words: [["dag", "dagar", "dagen", "vardag", "vardagar"], ["före", "innan"], ["allmän", "allmänna"], ["helgdag", "helgdagar"]], dayKind: "dayBeforeRedDay" },
  { words: [["dag", "dagar", "dagen", "vardag", "vardagar"], ["före", "innan"], ["helgdag", "helgdagar", "helgdagen"]], dayKind: "dayBeforeRedDay" },
  { words: [["dag", "dagar", "dagen", "vardag", "vardagar"], ["före", "innan"], ["afton", "aftnar", "aftonen", "helgafton", "helgaftnar"]], dayKind: "dayBeforeEve" },
  { words: [["före", "innan"], ["röd", "röda"], ["dag", "dagar"]], dayKind: "dayBeforeRedDay", needsWeekdays: true },
  { words: [["före", "innan"], ["helgdag", "helgdagar"]], dayKind: "dayBeforeRedDay", needsWeekdays: true },
  { words: [["före", "innan"], ["afton", "aftnar"]], dayKind: "dayBeforeEve", needsWeekdays: true },
  { words: [["klämdag", "klämdagar", "klämdagen", "klämdagarna"]], dayKind: "bridgeDay" },
  { words: [["alla"], ["röda"], ["dagar", "helgdagar"]], dayKind: "publicHoliday" },
  { words: [["röda", "röd"], ["dagar", "dag", "dagarna", "helgdagar"]], dayKind: "publicHoliday" },
  { words: [["allmänna", "allmän", "alla"], ["helgdagar", "helgdag"]], dayKind: "publicHoliday" },
  { words: [["helgdagar", "helgdag", "helgdagarna", "helgdagen"]], dayKind: "publicHoliday" },
  { words: [["arbetsfria", "arbetsfri"], ["aftnar", "afton", "helgdagsaftnar"]], dayKind: "workFreeEve" },
];

/*
 * Finland-Swedish: "dag före helg" and "helgdagsafton" are the working day before a holiday
 * (arkipyhän aatto). In Sweden the same words can also mean the eves or Fridays, so there they
 * stay unread with both readings (unclearPhrases.ts).
 */
const FINNISH_DAY_KIND_PHRASES: typeof DAY_KIND_PHRASES = [
  { words: [["dag", "dagar", "dagen"], ["före", "innan"], ["helg", "helger", "helgen", "helgdag", "helgdagar"]], dayKind: "dayBeforeRedDay" },
  { words: [["helgdagsafton", "helgdagsaftnar", "helgdagsaftnarna", "helgdagsaftonen", "helgafton", "helgaftnar"]], dayKind: "dayBeforeRedDay" },
];

const DAY_KIND_FIRST_WORDS = new Set([...DAY_KIND_PHRASES, ...FINNISH_DAY_KIND_PHRASES].flatMap((phrase) => phrase.words[0]!));

function dayKindAt(tokens: readonly Token[], at: number, calendar: CalendarCode): Match<{ dayKind: DayKind; needsWeekdays: boolean }> | null {
  const token = tokens[at];
  if (token?.kind !== "word" || !DAY_KIND_FIRST_WORDS.has(token.text)) return null;
  for (const phrase of calendar === "SE" ? DAY_KIND_PHRASES : [...FINNISH_DAY_KIND_PHRASES, ...DAY_KIND_PHRASES]) {
    const next = words(tokens, at, ...phrase.words);
    if (next > 0) return { value: { dayKind: phrase.dayKind, needsWeekdays: phrase.needsWeekdays ?? false }, next };
  }
  return null;
}

/** What a special-day phrase names. */
export interface SpecialPhrase {
  readonly days: readonly SpecialDay[];
  /** Written as an open compound: "Midsommar-, jul- och nyårsafton". */
  readonly compound: boolean;
  /** "före helgdag" after weekdays: "Måndag/onsdag före helgdag". */
  readonly needsWeekdays: boolean;
}

/**
 * Special days: "Dag före afton", "Dag före röd dag", "Dag före helgdag", "Klämdag",
 * "Röda dagar", "Helgdagar", any named day of SPEC §7 ("Skärtorsdag", "Julafton och
 * nyårsafton", "Jul- och nyårsafton"), and "före helgdag" after weekdays.
 *
 * @example
 * readSpecialDays(tokenize(normalizeLine("Julafton och nyårsafton")), 0)
 * // => [{ value: { days: [{ kind: "named", name: "julafton" }, { kind: "named", name: "nyårsafton" }], compound: false, needsWeekdays: false }, next: 3 }]
 */
export function readSpecialDays(tokens: readonly Token[], at: number, calendar: CalendarCode = "SE"): Match<SpecialPhrase>[] {
  const days: SpecialDay[] = [];
  const prefixes: string[] = [];
  let needsWeekdays = false;
  let i = at;
  let next = -1;
  for (;;) {
    const token = tokens[i];
    if (token?.kind === "prefix") {
      prefixes.push(token.text);
      const mark = listMark(tokens, i + 1);
      if (mark < 0) return [];
      i = mark;
      continue;
    }
    const kind = dayKindAt(tokens, i, calendar);
    const named = kind ? null : namedAt(tokens, i, calendar);
    if (kind) {
      if (prefixes.length > 0) return [];
      days.push({ kind: "dayKind", dayKind: kind.value.dayKind });
      needsWeekdays ||= kind.value.needsWeekdays;
      next = kind.next;
    } else if (named) {
      for (const prefix of prefixes) {
        const completed = completeCompound(prefix, named.value, calendar);
        if (!completed) return [];
        days.push({ kind: "named", name: completed });
      }
      // "Julafton–annandag jul": every named day from the first to the last.
      const mark = prefixes.length === 0 ? rangeMark(tokens, named.next) : -1;
      const last = mark > 0 ? namedAt(tokens, mark, calendar) : null;
      const range = last ? namedDayRange(named.value, last.value, calendar) : null;
      // "Julafton–nyårsdagen" (27–30 December have no names): not a range of named days; the
      // day alone is still a phrase, so the line stays unread whole instead of losing a word.
      for (const name of range ?? [named.value]) days.push({ kind: "named", name });
      next = range ? last!.next : named.next;
    } else break;
    const compound = prefixes.length > 0;
    prefixes.length = 0;
    if (compound) {
      return [{ value: { days, compound: true, needsWeekdays }, next }];
    }
    const mark = listMark(tokens, next);
    if (mark < 0) break;
    i = mark;
  }
  if (days.length === 0 || prefixes.length > 0) return [];
  return [{ value: { days, compound: false, needsWeekdays }, next }];
}

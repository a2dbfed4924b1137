/*
 * Kinds of hours a page gives besides its opening hours (issue 18 "Kinds of hours"):
 * "Telefontid", "Meröppet", "Tidsbokning", "Drop-in" are hours of their own and must never
 * be read into the place's opening hours. "Öppettider", "Besökstider", "Bemannat" are the
 * visiting hours, the ones `config` gives.
 */

/** What a section's hours are for. */
export type HoursKind = "visiting" | "phone" | "selfService" | "appointment" | "dropIn";

// Each at the start of a (lower-cased) line, followed by a space, colon, comma, dot or the end.
const END = String.raw`(?=[\s:,.;]|$)`;
const KIND_WORDS: readonly (readonly [HoursKind, RegExp])[] = [
  ["phone", new RegExp(String.raw`^(telefontider|telefontid|telefonservice|telefonrådgivning|telefon|tel\.? ?tid)${END}`)],
  ["selfService", new RegExp(String.raw`^(meröppettider|meröppettid|meröppet|meröppen|meröppna|självbetjäning|självservice|obemannat|obemannad|obemannade tider)${END}`)],
  ["appointment", new RegExp(String.raw`^(tidsbokning|tidsbokade besök|bokade besök|bokad tid|tidsbokad)${END}`)],
  ["dropIn", new RegExp(String.raw`^(drop-in-tider|drop-in-tid|drop-in|drop in|dropin)${END}`)],
  ["visiting", new RegExp(String.raw`^(öppettider|öppettid|besökstider|besökstid|besöksadress och öppettider|bemannat|bemannad tid|bemannade tider|öppet)${END}`)],
];

/** A kind word at the start of a line, and the text after it (without a colon). */
export interface KindLabel {
  readonly kind: HoursKind;
  /** The label as written ("Telefontid"). */
  readonly label: string;
  /** What follows the label, trimmed. */
  readonly rest: string;
}

/**
 * The kind of hours a line starts with, or null.
 *
 * @example
 * readKindLabel("Telefontid: måndag–fredag 9–11") // => { kind: "phone", label: "Telefontid", rest: "måndag–fredag 9–11" }
 * readKindLabel("Drop-in onsdagar 13–15")?.kind // => "dropIn"
 * readKindLabel("Måndag–fredag 9–11") // => null
 */
export function readKindLabel(line: string): KindLabel | null {
  const text = line.trim();
  const lower = text.toLowerCase();
  for (const [kind, pattern] of KIND_WORDS) {
    const match = pattern.exec(lower);
    if (!match) continue;
    const label = text.slice(0, match[0].length);
    const rest = text.slice(match[0].length).replace(/^\s*[:,]?\s*/, "").trim();
    return { kind, label, rest };
  }
  return null;
}

/**
 * The kind a heading names ("Telefontider", "Socialjouren – Telefontid"), or null: the kind
 * word may stand anywhere in a heading, as a word of its own.
 *
 * @example
 * headingKind("Telefontider") // => "phone"
 * headingKind("Bibliotekets meröppet") // => "selfService"
 * headingKind("Biblioteket") // => null
 */
export function headingKind(heading: string): HoursKind | null {
  const words = heading.toLowerCase().split(/[\s,:–—]+/);
  for (let i = 0; i < words.length; i++) {
    const found = readKindLabel(words.slice(i).join(" "));
    if (found) return found.kind;
  }
  return null;
}

import type { ConfigIssue } from "../validation/configIssue";
import type { StudioLanguage } from "./words";

/*
 * The library's config problems in Swedish, for the studio. A ConfigIssue carries a path and
 * an English message (no code), so the common messages are recognised by their wording
 * (src/validation, src/schedule/timeRange.ts, src/contacts/schema.ts). A message with no
 * Swedish wording here is shown as it is, marked as English.
 */

/** A problem as the studio shows it: the text, and whether it is the library's English. */
export interface ProblemText {
  readonly text: string;
  readonly lang: StudioLanguage;
}

type Wording = readonly [RegExp, (match: RegExpMatchArray) => string];

const SWEDISH: readonly Wording[] = [
  [/^"(.*)" ends before it starts\b/, (m) => `${m[1]} slutar innan det börjar. Skriv tider efter midnatt som t.ex. 22:00-26:00.`],
  [/^"(.*)" is not a time range like /, (m) => `”${m[1]}” är inte en tid som 08:00-12:00 eller 8-16.`],
  [/^"(.*)" starts after 23:59$/, (m) => `${m[1]} börjar efter 23:59.`],
  [/^"(.*)" has minutes past 59$/, (m) => `${m[1]} har fler än 59 minuter.`],
  [/^"(.*)" overlaps "(.*)";/, (m) => `${m[1]} överlappar ${m[2]}. Skriv tiderna i ordning utan överlapp.`],
  [/^date "(.*)" is not a date of the form YYYY-MM-DD$/, (m) => `”${m[1]}” är inte ett datum som ÅÅÅÅ-MM-DD.`],
  [/^date "(.*)" has no month (\d+)$/, (m) => `”${m[1]}”: det finns ingen månad ${m[2]}.`],
  [/^date "(.*)" does not exist: (\d{4}-\d{2}) has (\d+) days$/, (m) => `${m[1]} finns inte: ${m[2]} har ${m[3]} dagar.`],
  [/^unknown named day "(.*?)"/, (m) => `Okänd namngiven dag ”${m[1]}”. Skriv dagens namn som i almanackan, t.ex. julafton eller midsommarafton.`],
  [/^unknown key "(.*?)" \(known keys: mon, tue, wed, thu, fri, sat, sun\)$/, (m) => `Okänd veckodag ”${m[1]}”. Veckodagarna skrivs mon, tue, wed, thu, fri, sat och sun.`],
  [/^unknown keys? (".*?")(?: \(did you mean "(.*?)"\?\))? \(known keys: (.*)\)$/, (m) => `Okänt fält ${m[1]}${m[2] ? ` (menade du ”${m[2]}”?)` : ""}. Kända fält: ${m[3]}.`],
  [/^unknown keys? (".*?") \(did you mean "(.*?)"\? known keys: (.*)\)$/, (m) => `Okänt fält ${m[1]} (menade du ”${m[2]}”?). Kända fält: ${m[3]}.`],
  [/^"(.*)" is not a valid e-mail address$/, (m) => `”${m[1]}” är inte en giltig e-postadress.`],
  [/^"(.*)" is not a valid phone number$/, (m) => `”${m[1]}” är inte ett giltigt telefonnummer.`],
  [/^duplicate unit id "(.*)" \(also (units\[\d+\])\)$/, (m) => `Enhets-id ”${m[1]}” finns redan (${m[2]}). Varje enhet behöver ett eget id.`],
  [/^duplicate id "(.*)" \(also (contacts\[\d+\])\)$/, (m) => `Id ”${m[1]}” finns redan (${m[2]}). Varje kontakt behöver ett eget id.`],
  [/^is required \(string\)$/, () => "Måste fyllas i."],
  [/^expected array, got (.*)$/, (m) => `Här ska det stå en lista med tider, inte ${m[1]}.`],
];

/**
 * A problem's words in the studio's language: the library's message in English, a Swedish
 * sentence for the common problems, and otherwise the English message, marked as English.
 *
 * @example
 * problemText({ path: "weekly.tue[0]", message: '"16:00-10:00" ends before it starts (…)' }, "sv")
 * // => { text: "16:00-10:00 slutar innan det börjar. Skriv tider efter midnatt som t.ex. 22:00-26:00.", lang: "sv" }
 */
export function problemText(issue: ConfigIssue, language: StudioLanguage): ProblemText {
  if (language === "en") return { text: issue.message, lang: "en" };
  for (const [pattern, say] of SWEDISH) {
    const match = issue.message.match(pattern);
    if (match) return { text: say(match), lang: "sv" };
  }
  return { text: issue.message, lang: "en" };
}

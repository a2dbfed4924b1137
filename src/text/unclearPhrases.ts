import type { CalendarCode } from "../calendar/calendars";

/*
 * Phrases a reader cannot turn into hours without guessing: they say "some days", "after
 * midsummer", "when needed", or can be read two ways. A line with one of them is reported
 * unread with the reason here, never read half.
 */

interface UnclearPhrase {
  readonly pattern: RegExp;
  readonly reason: string;
  /** The phrase says when the lines below it apply ("Efter midsommar:"), so they cannot be read either. */
  readonly scopesBelow?: boolean;
  /**
   * The phrase is about times besides the written ones ("eftermiddagar efter överenskommelse"):
   * a comma clause of it at the end of a sentence is left unread alone (unclearClauses.ts).
   */
  readonly otherTimes?: boolean;
  /** Clear on the Finnish calendars ("dag före helg" is the day before a holiday there). */
  readonly swedishOnly?: boolean;
}

const UNCLEAR: readonly UnclearPhrase[] = [
  { pattern: /\bvissa\b/, reason: "säger inte vilka dagar (\"vissa\")" },
  { pattern: /\b(enstaka|en del|några)\s+(dagar|helgdagar|helger|kvällar)\b/, reason: "säger inte vilka dagar" },
  {
    pattern: /\b(före|efter|innan|runt|kring|under|inför)\s+(midsommar|jul|nyår|påsk|pingst|sportlovet|skolstarten|semestern)(en)?\b(?!\s*(afton|dag))/,
    reason: "säger inte från eller till vilket datum (skriv datum eller veckor)",
    scopesBelow: true,
  },
  { pattern: /\b(storhelg|storhelger|storhelgerna|storhelgsdagar)\b/, reason: "säger inte vilka helgdagar (\"storhelger\")" },
  { pattern: /\b(påsk|jul|nyårs|midsommar|pingst|trettondags|allhelgona)helgen\b/, reason: "säger inte vilka dagar helgen räknas (skriv dagarna, t.ex. \"långfredagen–annandag påsk\")" },
  { pattern: /\b(mellandagarna|mellandagar|jul och nyår(?! \d{4})|lovdagar|skollov|sportlov|höstlov|jullov|påsklov|sommarlov|sommarlovet)\b/, reason: "säger inte vilka datum (skriv datum eller veckor)", scopesBelow: true },
  // Open-ended dates and weeks ("from 15 juni", "tom vecka 20") are read (dates.ts, periods.ts); anything else after them is not.
  { pattern: /^(from|tom)\b(?! ([a-zåäö]+ )?(den )?\d{1,2}( [a-zåäö]+|[./]\d{1,2}\b)| (vecka|v\.?|veckan) \d)/, reason: "säger bara var perioden börjar eller slutar (skriv hela perioden, t.ex. \"1 januari – 9 juni\")", scopesBelow: true },
  { pattern: /\bvid behov\b/, reason: "tiderna beror på behov (\"vid behov\")", otherTimes: true },
  { pattern: /\b(enligt|efter)\s+(överenskommelse|bokning|avtal|schema|anslag|önskemål)\b/, reason: "tiderna bestäms från fall till fall", otherTimes: true },
  { pattern: /\b(tidsbokning|bokas|boka tid|förbokning)\b/, reason: "tiderna bestäms genom bokning", otherTimes: true },
  { pattern: /\b(ca|cirka|ungefär|omkring|(?<!dygnet )runt)\s+(kl|klockan|\d)/, reason: "ungefärliga tider" },
  { pattern: /\b(kan|brukar)\s+(variera|avvika|ändras|förekomma|gälla)\b/, reason: "säger att tiderna kan variera" },
  { pattern: /\b(meddelas|annonseras|se hemsidan|se webbplatsen|se anslag|preliminärt|prel)\b/, reason: "tiderna står någon annanstans eller är inte bestämda" },
  {
    pattern: /\bhelgdagsafton(en)?\b|\bhelgdagsaftnar(na)?\b|\bhelgafton\b/,
    reason: "kan läsas på två sätt: dag före röd dag (dag före helgdag), eller aftnarna midsommar-, jul- och nyårsafton",
    swedishOnly: true,
  },
  { pattern: /\bdag(ar)?\s+(före|innan)\s+helg(en|er)?\b(?!dag)/, reason: "kan läsas på två sätt: dag före röd dag (helgdag), eller dag före veckoslut (fredag)", swedishOnly: true },
  { pattern: /\b(kvällar?|kvällen)\s+(före|innan)\b/, reason: "säger inte vilka tider (\"kvällen före\")" },
];

// All the phrases in one pattern: most sentences have none, and one scan costs less than one
// per phrase. (No pattern has flags or back-references, so joined they match the same.)
const ANY_UNCLEAR = new RegExp(UNCLEAR.map((phrase) => `(?:${phrase.pattern.source})`).join("|"));

/**
 * Why a line cannot be read without guessing, or null. Works on a normalised line.
 *
 * @example
 * unclearReason("vissa helgdagar stängt") // => { reason: 'säger inte vilka dagar ("vissa")', scopesBelow: false, otherTimes: false }
 */
export function unclearReason(normalized: string, calendar: CalendarCode = "SE"): { reason: string; scopesBelow: boolean; otherTimes: boolean } | null {
  if (!ANY_UNCLEAR.test(normalized)) return null;
  for (const phrase of UNCLEAR) {
    if (phrase.swedishOnly && calendar !== "SE") continue;
    if (phrase.pattern.test(normalized)) return { reason: phrase.reason, scopesBelow: phrase.scopesBelow ?? false, otherTimes: phrase.otherTimes ?? false };
  }
  return null;
}

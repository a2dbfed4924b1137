/*
 * Notes in parentheses on weekly hours that cannot change those hours (issue 18 "Notes"):
 * "(om inget annat anges)", "(kaféet från 12)". The hours before them are kept and the note
 * is reported as words around the hours. Any other note on weekly hours still makes the
 * line unread: "(utom juli)", "(stängt vecka 28)" would change the days, and guessing them
 * away would invent hours.
 */

const STOCK_PHRASES = /^(om (inget|inte|ej) annat (anges|anges nedan|meddelas|framgår)|gäller tills vidare|tills vidare|med reservation för ändringar)$/;
// Words that change the days or hours the note stands by.
const CHANGING = /\b(stängt|stängd|stängda|stänger|utom|förutom|ej|inte|ingen|inga|endast|bara|även|också|samt|udda|jämna|vecka|veckor|v)\b|\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|dag|dagar|helg|afton|sommar|vinter|jul|påsk/;
// A thing in the definite form that is not a time: "kaféet", "butiken", "receptionen".
const DEFINITE_THING = /^[a-zåäöé]{3,}(et|en|an)$/;
const TIME_WORDS = new Set(["kvällen", "morgonen", "dagen", "helgen", "veckan", "natten", "eftermiddagen", "förmiddagen", "lunchen", "sommaren", "vintern", "hösten", "våren", "julen", "påsken", "sen", "igen", "efter", "även"]);

/**
 * Whether a note in parentheses after weekly hours leaves those hours as written.
 *
 * @example
 * isAsideNote("om inget annat anges") // => true
 * isAsideNote("kaféet från 12") // => true
 * isAsideNote("utom juli") // => false
 * isAsideNote("stängt vecka 28") // => false
 */
export function isAsideNote(note: string): boolean {
  const text = note.trim().toLowerCase();
  if (STOCK_PHRASES.test(text)) return true;
  if (CHANGING.test(text)) return false;
  const first = text.split(/\s+/)[0]!;
  return DEFINITE_THING.test(first) && !TIME_WORDS.has(first);
}

// "– ingen tidsbokning behövs", "(utan föranmälan)": the hours are open to all, the note changes none.
const NO_BOOKING_NOTE = /\s*(?:[–—-]\s+|\(\s*|,\s*)((?:ingen|utan)\s+(?:tidsbokning|bokning|föranmälan|anmälan)(?:\s+(?:behövs|krävs))?)\s*\)?\.?$/i;

/**
 * A sentence without a note at its end that says no booking is needed, and the note (null
 * when it has none).
 *
 * @example
 * splitNoBookingNote("Onsdag 13–16 – ingen tidsbokning behövs")
 * // => { core: "Onsdag 13–16", note: "ingen tidsbokning behövs" }
 * splitNoBookingNote("Onsdag 13–16") // => { core: "Onsdag 13–16", note: null }
 */
export function splitNoBookingNote(sentence: string): { core: string; note: string | null } {
  const match = NO_BOOKING_NOTE.exec(sentence);
  if (!match || match.index === 0) return { core: sentence, note: null };
  return { core: sentence.slice(0, match.index), note: match[1]! };
}

import type { CalendarCode } from "../calendar/calendars";
import { readClause } from "./clause";
import { describeReading } from "./describeReading";
import { readHeading } from "./headings";
import { readKindLabel } from "./hourKinds";
import { monthAt } from "./dates";
import { normalizeLine, tokenize } from "./tokens";
import { weekdayAt } from "./weekdays";

/*
 * Unit lines (issue 18 "Unit lines"): a unit's name, then its hours on the same line —
 * "Stadsbiblioteket: tisdag–torsdag kl. 11–19", "Kyrkan – 15/6–15/8 kl 10–17", and under a
 * date heading the bullets "• Huvudbiblioteket kl. 10–14" / "• Filialen stängt". The hours
 * are that unit's, not the section's above. Whether the rest reads as hours is the section
 * reader's to check; this only finds a name that can be a unit.
 */

/** A unit's name and the text of its hours. */
export interface UnitLine {
  /** The name as written ("Filialen i Norrby"). */
  readonly name: string;
  /** What follows the name ("tisdag–torsdag kl. 11–19"). */
  readonly rest: string;
  /** The line is a bullet ("• Filialen kl. 10–14"). */
  readonly bullet: boolean;
}

const BULLET = /^[•·▪‣◦●○►▸*]\s+|^[-–—]\s+/;
// "Name: …" or "Name – …" (a dash with spaces, so "15/6–15/8" does not split).
const NAME_THEN_HOURS = /^([^:\d]{2,60}?)\s*(?::\s*|\s[–—-]\s+)(\S.*)$/;
// A bullet without a separator: "Huvudbiblioteket kl. 10–14", "Filialen stängt", "Filialen 10–14".
const BULLET_NAME_THEN_HOURS = /^([^\d:]{2,60}?)\s+((?:kl\.?\s*)?\d.*|stängt|stängd|stängda|håller stängt)$/i;
// Words that start a line but are not a unit: notes, breaks, contacts.
const NOT_UNITS = new Set(["obs", "observera", "notera", "ps", "info", "lunch", "lunchstängt", "lunchstängning", "lunchstängd", "stängt", "stängd", "undantag", "tel", "växel", "e-post", "epost", "mejl", "adress", "besöksadress", "sommar", "vinter", "höst", "vår", "jul", "påsk", "helger", "vardagar"]);
const MAX_NAME_WORDS = 5;

/**
 * Reads the unit at the start of a line, or null when the line does not start with a name
 * that can be a unit (a label like "Öppettider:" or "Telefontid:", a weekday, a date, a note).
 *
 * @example
 * readUnitLine("Stadsbiblioteket: tisdag–torsdag kl. 11–19") // => { name: "Stadsbiblioteket", rest: "tisdag–torsdag kl. 11–19", bullet: false }
 * readUnitLine("• Filialen stängt") // => { name: "Filialen", rest: "stängt", bullet: true }
 * readUnitLine("Måndag: 10–16") // => null
 * readUnitLine("Telefontid: 9–11") // => null
 */
export function readUnitLine(raw: string, calendar: CalendarCode = "SE"): UnitLine | null {
  const trimmed = raw.trim();
  const bullet = BULLET.test(trimmed);
  const text = trimmed.replace(BULLET, "");
  const match = NAME_THEN_HOURS.exec(text) ?? (bullet ? BULLET_NAME_THEN_HOURS.exec(text) : null);
  if (!match) return null;
  const name = match[1]!.trim().replace(/[,.]$/, "");
  if (!canBeUnit(name, calendar)) return null;
  return { name, rest: match[2]!.trim(), bullet };
}

/** A name of a few words, not a label of hours, not days or dates, not a note. */
function canBeUnit(name: string, calendar: CalendarCode): boolean {
  if (!/^\p{Lu}/u.test(name)) return false; // units are names: "Kyrkan", not "på lördagar"
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return false;
  if (NOT_UNITS.has(words[0]!.toLowerCase())) return false;
  if (readKindLabel(name) !== null) return false;
  const tokens = tokenize(normalizeLine(name));
  if (tokens.some((t) => t.kind !== "word" && t.kind !== "prefix" && t.kind !== "and")) return false;
  // A weekday or a month anywhere ("Måndag till torsdag klockan 16 – 24") is days, not a unit.
  if (tokens.some((_, i) => weekdayAt(tokens, i) !== null || monthAt(tokens, i) !== null)) return false;
  // Days, dates and seasons read as a clause (or a part of one) are not a unit.
  const clause = readClause(tokens, describeReading, calendar);
  if (clause.ok || clause.readings) return false;
  const heading = readHeading(name, tokens, calendar);
  return heading !== null && heading.owner !== null && !heading.deviations && !heading.regular;
}

import type { ContactLine } from "./contacts";
import type { HoursKind } from "./hourKinds";
import type { ReadScheduleConfig } from "./readConfig";

/*
 * What the section reader (readSections.ts) gives for each part of a text: its hours as a
 * config, what it did not read and why, and what each read line became.
 */

/** A line the reader did not turn into hours, and why. */
export interface UnreadLine {
  /** 1-based line number in the text. */
  readonly line: number;
  /** The line (or the sentence of it) as written. */
  readonly text: string;
  readonly reason: string;
  /** The words were skipped around hours that were read (the rest of the line is read). */
  readonly partial?: true;
}

/** The hours under one heading of the text (one unit: "Biblioteket", "Medborgarservice"). */
export interface HoursSection {
  /** The heading as written, or null when the text has none before its hours. */
  readonly heading: string | null;
  readonly config: ReadScheduleConfig;
  readonly unread: readonly UnreadLine[];
  readonly contacts: readonly ContactLine[];
  /** What the reader decided where the text leaves room ("helgdagar … stängt: texten nämner dem inte …"). */
  readonly assumptions: readonly string[];
  /** The first line of the section. */
  readonly line: number;
  /** How many statements of hours were read in it. */
  readonly statements: number;
  /** What the hours are for, when the text says: "Telefontider" → `"phone"`, "Öppettider" → `"visiting"`. */
  readonly kind?: HoursKind;
  /** What each read line became, in the reader's words, for an editor to check line by line. */
  readonly read: readonly ReadLine[];
}

/**
 * One statement the reader took from a line: `{ line: 3, text: "Mån–fre 8–16", became: "måndag, tisdag, onsdag, torsdag, fredag 08.00–16.00" }`.
 * A statement under a period line says the period first ("vecka 25–32: …").
 */
export interface ReadLine {
  readonly line: number;
  /** The line (or the lines, "Måndag–fredag / 08.00–16.00") as written. */
  readonly text: string;
  readonly became: string;
}


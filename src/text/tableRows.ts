/*
 * The cells of one row of a flattened table (an HTML table copied as text: cells between
 * `|`, or separated by tabs) and what each cell is: days, hours, a column heading, or
 * something else. src/text/flatTables.ts puts the rows of a table together.
 */
import { readLine } from "./readLines";
import { readKindLabel, type HoursKind } from "./hourKinds";

/**
 * The cells of a line, or null when it is not a table row (fewer than two cells).
 * `| Tisdag | 10–18 |` → ["Tisdag", "10–18"]: one bar at each end is the table's edge;
 * tabs at the end are left over from copying and dropped.
 *
 * @example
 * tableCells("| Tisdag | 10.00 – 18.00 |") // => ["Tisdag", "10.00 – 18.00"]
 * tableCells("Måndag\t10–18") // => ["Måndag", "10–18"]
 * tableCells("Måndag 10–18") // => null
 */
export function tableCells(line: string): string[] | null {
  let cells: string[];
  if (line.includes("|")) {
    const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
    cells = inner.split("|");
  } else if (line.includes("\t")) {
    cells = line.replace(/[\t ]+$/, "").split("\t");
  } else return null;
  cells = cells.map((cell) => cell.trim());
  return cells.length >= 2 ? cells : null;
}

/**
 * Whether a row is a Markdown table's rule under its heading (`|---|:---:|`).
 *
 * @example
 * isRuleRow(["---", ":---:"]) // => true
 */
export function isRuleRow(cells: readonly string[]): boolean {
  return cells.every((cell) => /^:?-{2,}:?$/.test(cell));
}

/** What a cell of a table holds. */
export type Cell =
  /** Days without hours: "Måndag", "Mån–Tor", "24 december", "Julafton", "Vecka 25–32". */
  | { readonly kind: "days"; readonly weekdaysOnly: boolean }
  /** Hours for the days of the row or column: "8–16", "10.00 – 18.00", "Stängt", a lone dash (closed). */
  | { readonly kind: "hours"; readonly closed: boolean }
  /** A single clock time, "08.00": an "Öppnar" or "Stänger" column's. */
  | { readonly kind: "clock" }
  | { readonly kind: "empty" }
  | { readonly kind: "other" };

const LONE_DASH = /^[-\u2010-\u2015\u2212]$/;
const CLOCK = /^(?:kl\.?\s*)?([01]?\d|2[0-4])[.:][0-5]\d$/i;

/**
 * What a cell holds, as the line reader reads it on its own.
 *
 * @example
 * readCell("Mån–Tor") // => { kind: "days", weekdaysOnly: true }
 * readCell("–") // => { kind: "hours", closed: true }
 * readCell("60 kr") // => { kind: "other" }
 */
export function readCell(cell: string): Cell {
  if (cell === "") return { kind: "empty" };
  if (LONE_DASH.test(cell)) return { kind: "hours", closed: true };
  if (CLOCK.test(cell)) return { kind: "clock" };
  const reading = readLine(cell, 1);
  if (reading.kind !== "clauses" || reading.clauses.length !== 1) return { kind: "other" };
  const result = reading.clauses[0]!.result;
  if (!result.ok || (reading.clauses[0]!.skipped?.length ?? 0) > 0) return { kind: "other" };
  const read = result.reading;
  if (read.kind === "hours") return { kind: "hours", closed: read.hours.kind === "open" && read.hours.spans.length === 0 };
  if (read.statements.length === 0 && read.waiting) {
    const { weekdays, special, weeks, season, dates } = read.waiting;
    return { kind: "days", weekdaysOnly: weekdays !== null && special === null && weeks === null && season === null && dates === null };
  }
  return { kind: "other" };
}

/** What a column (or, in a table with weekdays across the top, a row) of hours is, by its heading. */
export type ColumnRole =
  /** The days or dates of each row: "Dag", "Datum", "Veckodag", or no heading. */
  | { readonly kind: "days" }
  /** The hours, without saying more: "Tid", "Öppettider", "Öppet", "Kl.". */
  | { readonly kind: "hours" }
  /** A part of the day, "Förmiddag", "Eftermiddag", "Kväll": one span of the day each. */
  | { readonly kind: "partOfDay" }
  | { readonly kind: "opens" }
  | { readonly kind: "closes" }
  /** A kind of hours the reader knows ("Telefontid", "Meröppet"), with the label as written. */
  | { readonly kind: "hoursKind"; readonly hoursKind: HoursKind; readonly label: string }
  /** Anything else: "Evenemang", "Pris", "Reception", "Plats". */
  | { readonly kind: "other"; readonly label: string };

const DAY_HEADINGS = /^(dag|dagar|veckodag|veckodagar|datum|dag\/datum|datum\/dag|dag och datum|datum och dag)$/;
const HOURS_HEADINGS = /^(tid|tider|klockan|kl|öppettid|öppettider|öppet|öppethållande|öppethållning|ordinarie öppettider|ordinarie tider)$/;
const PART_OF_DAY = /^(förmiddag|förmiddagar|fm|eftermiddag|eftermiddagar|em|kväll|kvällar|kvällstid|morgon|morgnar)$/;
const OPENS = /^(öppnar|öppnar kl|från|från kl)$/;
const CLOSES = /^(stänger|stänger kl|till|till kl)$/;

/**
 * What a column heading says its cells are.
 *
 * @example
 * columnRole("Förmiddag") // => { kind: "partOfDay" }
 * columnRole("Telefontid") // => { kind: "hoursKind", hoursKind: "phone", label: "Telefontid" }
 * columnRole("Reception") // => { kind: "other", label: "Reception" }
 */
export function columnRole(heading: string): ColumnRole {
  const text = heading.toLowerCase().replace(/[.:]+$/, "").replace(/\s+/g, " ").trim();
  if (text === "" || DAY_HEADINGS.test(text)) return { kind: "days" };
  if (HOURS_HEADINGS.test(text)) return { kind: "hours" };
  if (PART_OF_DAY.test(text)) return { kind: "partOfDay" };
  if (OPENS.test(text)) return { kind: "opens" };
  if (CLOSES.test(text)) return { kind: "closes" };
  const label = readKindLabel(heading.replace(/[:]+$/, ""));
  if (label && label.rest === "") return { kind: "hoursKind", hoursKind: label.kind, label: label.label };
  return { kind: "other", label: heading };
}

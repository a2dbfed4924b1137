/*
 * Flattened tables (issue 18 "Tables"): an HTML table copied as text, cells between `|` or
 * separated by tabs. Each table is rewritten into the lines the reader already reads, line
 * for line, so line numbers stay those of the text:
 *
 *   Dag | Förmiddag | Eftermiddag      (used: the heading row)
 *   Måndag | 8–12 | 13–16          →   Måndag 8–12 och 13–16
 *
 *   Mån | Tis | Ons                    (used)
 *   8–16 | 8–16 | –                →   Mån 8–16, Tis 8–16, Ons stängt
 *
 * Where the columns cannot be matched for certain (a row with another number of cells than
 * the heading, an empty or merged cell, time columns whose headings do not say what they
 * are, a column that is not hours), every line of the table is unread with the reason:
 * a table is never half read and never guessed.
 */
import { readContactLine } from "./contacts";
import { columnRole, isRuleRow, readCell, tableCells, type Cell, type ColumnRole } from "./tableRows";

/** A text's lines with its tables rewritten. Line numbers are 1-based. */
export interface FlatTables {
  /** The lines to read: a table row rewritten ("Måndag 8–12 och 13–16"), every other line as written. */
  readonly lines: readonly string[];
  /** Lines a table used up and that say nothing on their own: its heading row, a rule row, a row joined into the one above. */
  readonly used: ReadonlySet<number>;
  /** Every line of a table that cannot be read for certain, with the reason. */
  readonly unread: ReadonlyMap<number, string>;
  /** Lines rewritten from a table row (an unread line of theirs is reported as written). */
  readonly rewritten: ReadonlySet<number>;
}

interface Row {
  /** 0-based index of the line. */
  readonly index: number;
  readonly cells: readonly string[];
}

/** What a table comes to: rewritten rows and used lines, or why it cannot be read. */
type TableReading = { readonly rows: ReadonlyMap<number, string>; readonly used: readonly number[] } | { readonly problem: string };

/**
 * Finds the tables among a text's lines and rewrites them (see the top of this file).
 *
 * @example
 * flattenTables(["Dag | Förmiddag | Eftermiddag", "Måndag | 8–12 | 13–16"]).lines
 * // => ["Dag | Förmiddag | Eftermiddag", "Måndag 8–12 och 13–16"] (line 1 is in `used`)
 * flattenTables(["Dag | Reception | Telefon", "Måndag | 8–12 | 13–16"]).unread.get(2)
 * // => 'tabellen på rad 1–2 läses inte: kolumnerna "Reception" och "Telefon" kan vara olika slags tider, …'
 */
export function flattenTables(lines: readonly string[]): FlatTables {
  const out = [...lines];
  const used = new Set<number>();
  const unread = new Map<number, string>();
  const rewritten = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    const block: Row[] = [];
    for (let cells = tableCells(lines[i]!); cells; cells = i < lines.length ? tableCells(lines[i]!) : null) block.push({ index: i++, cells });
    if (block.length === 0) {
      i++;
      continue;
    }
    const rules = block.filter((row) => isRuleRow(row.cells));
    const rows = block.filter((row) => !isRuleRow(row.cells));
    const reading = readTable(rows);
    if (reading === null) continue;
    if ("problem" in reading) {
      const span = `rad ${block[0]!.index + 1}${block.length > 1 ? `–${block[block.length - 1]!.index + 1}` : ""}`;
      for (const row of block) unread.set(row.index + 1, `tabellen på ${span} läses inte: ${reading.problem}`);
      continue;
    }
    for (const row of rules) used.add(row.index + 1);
    for (const index of reading.used) used.add(index + 1);
    for (const [index, text] of reading.rows) {
      out[index] = text;
      rewritten.add(index + 1);
    }
  }
  return { lines: out, used, unread, rewritten };
}

/** Reads one block of table rows, or null when it is no table of hours (the lines are read as written). */
function readTable(rows: readonly Row[]): TableReading | null {
  if (rows.length === 0) return null;
  const first = rows[0]!;
  const cells = first.cells.map(readCell);
  const corner = cells[0]!.kind !== "days";
  const days = corner ? cells.slice(1) : cells;
  if (rows.length > 1 && days.length >= 2 && days.every((c) => c.kind === "days") && (!corner || columnRole(first.cells[0]!).kind === "days")) {
    return readWeekdayColumns(first, corner, rows.slice(1));
  }
  const isHeading = cells.every((c) => c.kind === "other" || c.kind === "empty") && columnRole(first.cells[0]!).kind === "days";
  if (isHeading && rows.length > 1) return readDayRows(first, rows.slice(1));
  return readRowsWithoutHeading(rows);
}

/** A cell's hours as the reader reads them after the days: a lone dash is "stängt". */
const hoursText = (cell: string, read: Cell) => (read.kind === "hours" && read.closed ? "stängt" : cell);

/** `Mån | Tis | Ons` above rows of hours, maybe with a first column naming each row (`Öppet`, `Förmiddag`, `Telefon`). */
function readWeekdayColumns(heading: Row, corner: boolean, rows: readonly Row[]): TableReading {
  const days = corner ? heading.cells.slice(1) : heading.cells;
  const labelled: { row: Row; role: ColumnRole; label: string; values: readonly string[] }[] = [];
  for (const row of rows) {
    const problem = cellsProblem(row, heading);
    if (problem) return { problem };
    const values = corner ? row.cells.slice(1) : row.cells;
    for (const value of values) {
      const read = readCell(value);
      if (read.kind !== "hours") return { problem: `rad ${row.index + 1}: cellen "${value}" är inte tider` };
    }
    const label = corner ? row.cells[0]! : "";
    labelled.push({ row, role: columnRole(label), label, values: values.map((v) => hoursText(v, readCell(v))) });
  }
  const odd = labelled.find((l) => l.role.kind === "other" || l.role.kind === "opens" || l.role.kind === "closes");
  if (odd) return { problem: `raden "${odd.label}" (rad ${odd.row.index + 1}) säger inte att den är öppettider` };
  const parts = labelled.filter((l) => l.role.kind === "partOfDay");
  if (parts.length > 0) {
    if (parts.length !== labelled.length) return { problem: "raderna blandar delar av dagen med andra tider" };
    const text = days.map((day, j) => `${day} ${joinSpans(parts.map((p) => p.values[j]!))}`).join(", ");
    return { rows: new Map([[rows[0]!.index, text]]), used: [heading.index, ...rows.slice(1).map((r) => r.index)] };
  }
  const plain = labelled.filter((l) => l.role.kind === "days" || l.role.kind === "hours");
  const kinds = labelled.flatMap((l) => (l.role.kind === "hoursKind" ? [l.role.hoursKind] : []));
  if (plain.length > 1 || new Set(kinds).size !== kinds.length) {
    return { problem: "flera rader med tider som inte säger vilka som är vilka" };
  }
  const rewritten = new Map(labelled.map((l) => [l.row.index, `${l.role.kind === "hoursKind" ? `${l.label}: ` : ""}${days.map((day, j) => `${day} ${l.values[j]}`).join(", ")}`]));
  return { rows: rewritten, used: [heading.index] };
}

/** `Dag | Förmiddag | Eftermiddag`, `Datum | Öppettider`, `Dag | Öppnar | Stänger` above one row per day. */
function readDayRows(heading: Row, rows: readonly Row[]): TableReading {
  const roles = heading.cells.slice(1).map(columnRole);
  const names = heading.cells.slice(1).map((c) => `"${c}"`);
  const kinds = roles.map((r) => r.kind).join(",");
  let join: (cells: readonly string[]) => string | null;
  if (roles.length === 1 && (roles[0]!.kind === "hours" || roles[0]!.kind === "hoursKind")) {
    const role = roles[0]!;
    const prefix = role.kind === "hoursKind" ? `${role.label}: ` : "";
    join = ([day, value]) => `${prefix}${day} ${hoursText(value!, readCell(value!))}`;
  } else if (roles.every((r) => r.kind === "partOfDay")) {
    join = ([day, ...values]) => (values.every((v) => readCell(v).kind === "hours") ? `${day} ${joinSpans(values)}` : null);
  } else if (kinds === "opens,closes") {
    join = ([day, opens, closes]) => {
      const [a, b] = [readCell(opens!), readCell(closes!)];
      if (a.kind === "clock" && b.kind === "clock") return `${day} ${opens}–${closes}`;
      return a.kind === "hours" && a.closed && b.kind === "hours" && b.closed ? `${day} stängt` : null;
    };
  } else {
    const other = roles.findIndex((r) => r.kind === "other");
    const timeColumns = roles.filter((r) => r.kind !== "other").length;
    if (other >= 0 && timeColumns > 0 && !rows.every((row) => readCell(row.cells[other + 1] ?? "").kind === "hours")) {
      return { problem: `kolumnen ${names[other]} är inte tider: tabellen visar inte öppettider` };
    }
    if (other >= 0 && roles.length === 1) return { problem: `kolumnen ${names[other]} säger inte att den är öppettider` };
    return { problem: `kolumnerna ${names.join(" och ")} kan vara olika slags tider, och tabellen säger inte vilken som är öppettiderna` };
  }
  const rewritten = new Map<number, string>();
  for (const row of rows) {
    const problem = cellsProblem(row, heading);
    if (problem) return { problem };
    const multi = roles.length > 1;
    if (multi && readCell(row.cells[0]!).kind !== "days") return { problem: `rad ${row.index + 1}: "${row.cells[0]}" är inga dagar` };
    const text = join(row.cells);
    if (text === null) return { problem: `rad ${row.index + 1}: cellerna ${row.cells.slice(1).map((c) => `"${c}"`).join(", ")} passar inte kolumnerna ${names.join(", ")}` };
    rewritten.set(row.index, text);
  }
  return { rows: rewritten, used: [heading.index] };
}

/**
 * Rows without a heading: `Måndag | 10–18`, `Växel | 0961-140 00`. A row of days and one
 * cell of hours reads as "Måndag 10–18", days and hours by turns as "Mån–fre 8–16, Lör
 * 10–14"; a row of days with other cells cannot say what they are, so every row of days in
 * the table is unread. Other rows are read as written.
 */
function readRowsWithoutHeading(rows: readonly Row[]): TableReading | null {
  const rewritten = new Map<number, string>();
  let problem: string | null = null;
  for (const row of rows) {
    const [first, ...rest] = row.cells;
    if (readCell(first!).kind === "days") {
      if (rest.length === 1 && rest[0] !== "") rewritten.set(row.index, `${first} ${hoursText(rest[0]!, readCell(rest[0]!))}`);
      else if (isDaysHoursPairs(row.cells)) rewritten.set(row.index, pairsText(row.cells));
      else problem ??= rest.some((c) => c === "") ? `rad ${row.index + 1} har en tom cell (en sammanslagen cell?)` : `rad ${row.index + 1} har ${row.cells.length} celler och tabellen ingen rubrik som säger vad kolumnerna är`;
    } else if (rest.length === 1 && Array.isArray(readContactLine(`${first}: ${rest[0]}`, row.index + 1))) {
      rewritten.set(row.index, `${first}: ${rest[0]}`);
    }
  }
  if (problem) return { problem };
  return rewritten.size > 0 ? { rows: rewritten, used: [] } : null;
}

/** `Måndag–fredag | 8–16 | Lördag | 10–14`: days and hours by turns, each hours cell its days'. */
function isDaysHoursPairs(cells: readonly string[]): boolean {
  return cells.length % 2 === 0 && cells.every((cell, i) => readCell(cell).kind === (i % 2 === 0 ? "days" : "hours"));
}

function pairsText(cells: readonly string[]): string {
  const pairs: string[] = [];
  for (let i = 0; i < cells.length; i += 2) pairs.push(`${cells[i]} ${hoursText(cells[i + 1]!, readCell(cells[i + 1]!))}`);
  return pairs.join(", ");
}

/** Why a row cannot be matched to the heading's columns, or null. */
function cellsProblem(row: Row, heading: Row): string | null {
  if (row.cells.length !== heading.cells.length) {
    return `rad ${row.index + 1} har ${row.cells.length} celler men rubriken på rad ${heading.index + 1} har ${heading.cells.length}, så kolumnerna kan inte paras ihop`;
  }
  const empty = row.cells.findIndex((c) => c === "");
  if (empty >= 0) return `rad ${row.index + 1} har en tom cell under "${heading.cells[empty]}" (en sammanslagen cell?)`;
  return null;
}

/** The spans of a day's cells, "8–12 och 13–16"; "stängt" when every cell is closed. */
function joinSpans(values: readonly string[]): string {
  const open = values.filter((v) => {
    const read = readCell(v);
    return !(read.kind === "hours" && read.closed);
  });
  return open.length === 0 ? "stängt" : open.join(" och ");
}

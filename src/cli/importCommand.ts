import { readFileSync } from "node:fs";
import { Option, type Command } from "commander";
import { calendarProblem, type CalendarCode } from "../calendar/calendars";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";
import { parseHoursText, type ParseHoursResult } from "../text/parseHoursText";
import type { HolidayReading } from "../text/scheduleBuilder";
import { ExitStatus } from "./exitStatus";
import type { CliIo } from "./cliIo";
import { UsageError } from "./usageError";

interface ImportOptions {
  year?: string;
  holidays: HolidayReading;
  all?: boolean;
  calendar?: string;
}

/**
 * Adds `oppettider import FILE|-`: reads opening hours as Swedish pages write them and prints
 * the schedule config as JSON on stdout; every line it could not read goes to stderr with
 * its number and reason. Exit status 0 when all was read, 1 when some was not, 2 for usage
 * errors (no such file, a bad --year).
 *
 * @example
 * addImportCommand(program, io); // then: oppettider import oppettider.txt > schema.json
 */
export function addImportCommand(program: Command, io: CliIo): void {
  program
    .command("import")
    .description("read opening hours as Swedish pages write them into a schedule config: JSON on stdout, unread lines on stderr (exit 1 when some were not read)")
    .argument("<file>", "a text file with the hours, or - for standard input")
    .option("--year <year>", "the year of dates written without one (default: this year)")
    .addOption(new Option("--holidays <reading>", "holidays the text does not mention: closed where no weekend is open (auto), always closed, or as the weekly hours").choices(["auto", "closed", "weekly"]).default("auto"))
    .option("--calendar <code>", "whose red days the text speaks of: SE (Sweden, default), FI (Finland) or AX (Åland)")
    .option("--all", "print all that was read as JSON: { config, unread, contacts, assumptions, sections }")
    .action((file: string, options: ImportOptions) => {
      const result = parseHoursText(readText(file), { year: parseYear(options.year), holidays: options.holidays, calendar: parseCalendar(options.calendar) });
      io.out(JSON.stringify(options.all ? result : result.config, null, 2));
      for (const line of stderrLines(result, options.all ?? false)) io.err(line);
      if (result.unread.length > 0) throw new ExitStatus(1);
    });
}

function readText(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file === "-" ? "standard input" : file}: ${code ?? (error as Error).message}`);
  }
}

function parseCalendar(text: string | undefined): CalendarCode | undefined {
  if (text === undefined) return undefined;
  const problem = calendarProblem(text);
  if (problem !== null) throw new UsageError(`--calendar: ${problem}`);
  return text as CalendarCode;
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new UsageError(`--year must be a year ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}, got ${JSON.stringify(text)}`);
  }
  return year;
}

/** The unread lines, then what the reader took for granted, then the sections left out of stdout. */
function stderrLines(result: ParseHoursResult, all: boolean): string[] {
  const lines = result.unread.map((u) => `rad ${u.line}: ${u.text} — ${u.reason}`);
  for (const assumption of result.assumptions) lines.push(`antagande: ${assumption}`);
  if (!all && result.sections.length > 1) {
    const headings = result.sections.map((s) => `"${s.heading ?? "utan rubrik"}" (rad ${s.line})`).join(", ");
    // config is the visiting hours, not always the first section with hours (phone hours above them).
    const shown = result.sections.find((s) => s.config === result.config);
    const which = shown && shown.heading !== null ? `"${shown.heading}"` : "det första med tider";
    lines.push(`obs: texten har ${result.sections.length} avsnitt: ${headings}; stdout är ${which}, --all skriver alla`);
  }
  return lines;
}

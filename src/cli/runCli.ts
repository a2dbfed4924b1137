import { Command, CommanderError, Option } from "commander";
import { ConfigError } from "../validation/configError";
import type { Language } from "../schedule/rules";
import { statusSentence, statusText } from "../texts/statusText";
import { summaryText } from "../texts/summarizeHours";
import { daysTable, upcomingDeviations, weekTable, type DayRow } from "../texts/weekTable";
import { reachabilityText } from "../texts/reachabilityText";
import { serveMcpOverStdio } from "../mcp/server";
import { loadConfig } from "./loadConfig";
import { selectPlace, type Selected } from "./selectPlace";
import { onlyOnce, unitsOverview } from "./unitOption";
import { defaultUnit } from "../contacts/findUnit";
import { UsageError } from "./usageError";
import { addImportCommand } from "./importCommand";
import { addExportCommand } from "./exportCommand";
import { ExitStatus } from "./exitStatus";
import { parseAt } from "./parseAt";
import { isoInZone, localDateInZone } from "../zone/isoInstant";
import { MAX_DEVIATION_DAYS } from "../validation/limits";
import { quote } from "../validation/quote";
import { closestMatch } from "../validation/suggest";
import { addServeCommand } from "./serveCommand";
import type { CliIo } from "./cliIo";

interface GlobalOptions {
  config?: string;
  unit?: string;
  lang: Language;
}

/**
 * Runs the `oppettider` command line and returns its exit status: 0 on success, 2 for
 * a usage problem (unknown flag, bad value, bad config file), never a stack trace for those.
 *
 * @example
 * await runCli(["status", "--at", "2026-12-24T10:00", "--json"], { out: console.log, err: console.error })
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof ExitStatus) return error.status;
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof RangeError || error instanceof TypeError) {
      io.err(`oppettider: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

function buildProgram(io: CliIo): Command {
  const program = new Command("oppettider")
    .description("When is a Swedish organisation open? Without --config: Arjeplogs kommun (the embedded default).")
    .addOption(new Option("--config <file>", "read an organisation or a schedule from a JSON file").argParser(onlyOnce("--config")))
    .addOption(new Option("--unit <id|name>", "the unit of the organisation to answer for, by id or name (\"biblioteket\")").argParser(onlyOnce("--unit")))
    .addOption(new Option("--lang <language>", "language of the texts").choices(["sv", "en"]).default("sv"))
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text.replace(/\n$/, "")), writeErr: (text) => io.err(text.replace(/\n$/, "")) })
    // `oppettider mcp --help` lists --config and --lang too: they apply to every command.
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError("(run with --help for usage)")
    // A word that is no command reaches the default action, which suggests the command meant.
    .allowExcessArguments(true);

  const globals = (command: Command) => command.optsWithGlobals() as GlobalOptions & Record<string, unknown>;
  // One place: --unit's, or the organisation's own (selectPlace never picks a unit silently).
  const load = (command: Command) => selectPlace(loadConfig(globals(command).config), globals(command).unit);

  program
    .command("status", { isDefault: false })
    .description("open or not, the next opening and closing, and the rule in force")
    .option("--at <iso>", "the instant to ask about (default: now); without an offset, in the schedule's zone")
    .option("--json", "print JSON: { at, open, nextOpening, nextClosing, rule: { kind, label }, text }")
    .action((options: { at?: string; json?: boolean }, command: Command) => {
      const loaded = load(command);
      const { lang } = globals(command);
      const at = parseAt(options.at, loaded.schedule.timeZone);
      io.out(options.json ? JSON.stringify(statusJson(loaded, at, lang), null, 2) : statusLines(loaded, at, lang));
    });

  program
    .command("week")
    .description("this week's hours, day by day, with the rule behind each day")
    .option("--at <iso>", "a day in the week to show (default: today)")
    .action((options: { at?: string }, command: Command) => {
      const loaded = load(command);
      const { lang } = globals(command);
      const at = parseAt(options.at, loaded.schedule.timeZone);
      io.out(formatRows(weekTable(loaded.schedule, localDateInZone(at, loaded.schedule.timeZone), { language: lang }), lang, "every"));
    });

  program
    .command("days")
    .description("the hours of every date in a range")
    .requiredOption("--from <date>", "first date, YYYY-MM-DD")
    .requiredOption("--to <date>", "last date, YYYY-MM-DD")
    .option("--json", "print JSON")
    .action((options: { from: string; to: string; json?: boolean }, command: Command) => {
      const loaded = load(command);
      const { lang } = globals(command);
      const rows = daysTable(loaded.schedule, options.from, options.to, { language: lang });
      io.out(options.json ? JSON.stringify(rows.map(rowJson), null, 2) : formatRows(rows, lang));
    });

  program
    .command("summary")
    .description("the regular hours, grouped as on a web page")
    .option("--all", "also list closed days")
    .action((options: { all?: boolean }, command: Command) => {
      const loaded = load(command);
      io.out(summaryText(loaded.schedule, { language: globals(command).lang, includeClosed: options.all ?? false }));
    });

  program
    .command("deviations")
    .description("upcoming days with other hours than usual (avvikande öppettider), with the reason")
    .option("--days <n>", `how many days ahead to look, 1–${MAX_DEVIATION_DAYS}`, "30")
    .option("--at <iso>", "the day to start from (default: today)")
    .option("--json", "print JSON")
    .action((options: { days: string; at?: string; json?: boolean }, command: Command) => {
      const loaded = load(command);
      const { lang } = globals(command);
      const days = /^\d{1,4}$/.test(options.days) ? Number(options.days) : Number.NaN;
      if (!(days >= 1 && days <= MAX_DEVIATION_DAYS)) {
        throw new UsageError(`--days must be a whole number of days from 1 to ${MAX_DEVIATION_DAYS}, got ${quote(options.days)}`);
      }
      const from = localDateInZone(parseAt(options.at, loaded.schedule.timeZone), loaded.schedule.timeZone);
      const rows = upcomingDeviations(loaded.schedule, { from, days, language: lang });
      if (options.json) io.out(JSON.stringify(rows.map(rowJson), null, 2));
      else io.out(rows.length === 0 ? (lang === "sv" ? "Inga avvikande öppettider." : "No special opening hours.") : formatRows(rows, lang));
    });

  program
    .command("contacts")
    .description("the organisation's contacts and whether each can be reached")
    .option("--at <iso>", "the instant to ask about (default: now)")
    .option("--json", "print JSON")
    .action((options: { at?: string; json?: boolean }, command: Command) => {
      const loaded = load(command);
      const { lang } = globals(command);
      if (!loaded.place) throw new UsageError("this config is a schedule without contacts; give an organisation config (with name, hours and contacts)");
      const at = parseAt(options.at, loaded.schedule.timeZone);
      io.out(options.json ? JSON.stringify(contactsJson(loaded, at), null, 2) : contactLines(loaded, at, lang));
    });

  program
    .command("mcp")
    .description("serve the tools (is_open, next_opening, hours_on, week, deviations, contacts, units) to a chatbot: a Model Context Protocol server on stdin/stdout")
    .action(async (_options: unknown, command: Command) => {
      const loaded = loadConfig(globals(command).config);
      // Every unit is served; --unit is the one a tool call without `unit` answers for.
      const unit = globals(command).unit;
      const defaultUnit = unit === undefined ? {} : { unit: selectPlace(loaded, unit).place!.id };
      await serveMcpOverStdio(loaded.organization ?? loaded.schedule, { name: loaded.name, ...defaultUnit });
    });

  addServeCommand(program, io);
  addImportCommand(program, io);
  addExportCommand(program, io, load);

  // Without a command: what a receptionist would say, and this week's hours.
  program.action((_options: unknown, command: Command) => {
    if (command.args.length > 0) throw new UsageError(unknownCommandMessage(command.args[0]!, program));
    const { lang } = globals(command);
    const now = new Date();
    const all = loadConfig(globals(command).config);
    if (globals(command).unit === undefined && all.organization && !defaultUnit(all.organization.units)) {
      io.out(unitsOverview(all.organization, now, lang));
      return;
    }
    const loaded = load(command);
    const heading = lang === "sv" ? "Veckans öppettider" : "This week's opening hours";
    io.out(`${statusLines(loaded, now, lang)}\n\n${heading}:\n${formatRows(weekTable(loaded.schedule, localDateInZone(now, loaded.schedule.timeZone), { language: lang }), lang, "every")}`);
  });

  return program;
}

/** `unknown command "stauts" (did you mean "status"?); commands: status, week, …`. */
function unknownCommandMessage(word: string, program: Command): string {
  const names = program.commands.map((command) => command.name());
  const match = closestMatch(word, names);
  return `unknown command ${quote(word)}${match ? ` (did you mean "${match}"?)` : ""}; commands: ${names.join(", ")}`;
}

function statusLines(loaded: Selected, at: Date, language: Language): string {
  const title = loaded.name ? `${loaded.name}: ` : "";
  return `${title}${statusText(loaded.schedule, at, { language })}\n${statusSentence(loaded.schedule, at, { language })}`;
}

function statusJson(loaded: Selected, at: Date, language: Language) {
  const { schedule } = loaded;
  const status = schedule.status(at);
  return {
    at: isoInZone(at, schedule.timeZone),
    open: status.open,
    nextOpening: isoInZone(status.nextOpening, schedule.timeZone),
    nextClosing: isoInZone(status.nextClosing, schedule.timeZone),
    rule: { kind: status.rule.kind, label: status.rule.labels[language] },
    text: statusText(schedule, at, { language }),
  };
}

/** One line a day; the rule is named on every day, or (`deviating`) only where it is not the regular one. */
function formatRows(rows: readonly DayRow[], language: Language, rules: "every" | "deviating" = "deviating"): string {
  const width = Math.max(...rows.map((row) => row.hours.length));
  return rows
    .map((row) => {
      const rule = rules === "every" ? row.rule.labels[language] : row.note;
      return `${row.date} ${row.weekday.padEnd(8)} ${rule ? `${row.hours.padEnd(width)}  ${rule}` : row.hours}`;
    })
    .join("\n");
}

function rowJson(row: DayRow) {
  return { date: row.date, weekday: row.weekday, intervals: row.day.intervals, hours: row.hours, rule: { kind: row.rule.kind, label: row.note ?? row.rule.label } };
}

function contactsJson(loaded: Selected, at: Date) {
  return loaded.place!.contacts.map((contact) => ({
    id: contact.id,
    name: contact.name,
    person: contact.person,
    phones: contact.phones,
    emails: contact.emails,
    reachable: contact.isReachable(at),
    nextReachable: isoInZone(contact.nextReachable(at), loaded.schedule.timeZone),
  }));
}

function contactLines(loaded: Selected, at: Date, language: Language): string {
  return loaded
    .place!.contacts.map((contact) => {
      const who = contact.person ? `${contact.name}: ${contact.person.name}` : contact.name;
      const ways = [...contact.phones.map((p) => p.display), ...contact.emails.map((e) => e.address)].join(", ");
      return `${who}\n  ${ways}\n  ${reachabilityText(contact, at, language)}`;
    })
    .join("\n");
}

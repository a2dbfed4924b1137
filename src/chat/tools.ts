import * as z from "zod/mini";
import { MAX_DEVIATION_DAYS } from "../validation/limits";
import { describe } from "../calendar/plainDate";
import { instantArgument } from "../validation/instantArgument";
import { plainDateArgument } from "../validation/plainDateArgument";
import { quote } from "../validation/quote";
import type { Validator } from "../public/validator";
import type { ChatToolArgs, ChatToolInput } from "./toolArgs";

/*
 * The chat tools, one zod/mini schema each: the single source of the tools' arguments.
 * The MCP server hands these schemas to the MCP SDK, `toolDefinitions` turns them into
 * JSON Schema for chat APIs, and `callTool` validates with them.
 *
 * Every check brings its own message (zod/mini carries no message texts), naming the
 * argument, so the message reads the same through the MCP SDK and through `callTool`.
 */

/**
 * The names of the chat tools, in the order they are listed.
 *
 * @example
 * CHAT_TOOL_NAMES.includes("hours_on") // => true
 */
export const CHAT_TOOL_NAMES = ["is_open", "next_opening", "hours_on", "week", "deviations", "contacts", "units"] as const;

/**
 * A chat tool's name: `is_open`, `next_opening`, `hours_on`, `week`, `deviations`, `contacts` or `units`.
 *
 * @example
 * const name: ChatToolName = "next_opening";
 */
export type ChatToolName = (typeof CHAT_TOOL_NAMES)[number];

/**
 * The most days `deviations` looks ahead, in the chat tools, the MCP server and the CLI
 * alike (src/validation/limits.ts).
 *
 * @example
 * callTool(kommun, "deviations", { days: MAX_DEVIATION_DAYS }) // the coming year
 */
export { MAX_DEVIATION_DAYS };

/**
 * How many days `deviations` looks ahead by default.
 *
 * @example
 * callTool(kommun, "deviations", {}).days // => DEFAULT_DEVIATION_DAYS (30)
 */
export const DEFAULT_DEVIATION_DAYS = 30;

function got(input: unknown): string {
  return input === undefined ? "nothing" : describe(input);
}

/** `YYYY-MM-DD`: a date that exists, within the supported years. */
function plainDate(name: string, description: string) {
  return plainDateArgument(name, description, got);
}

const AT_DESCRIPTION =
  "The moment to ask about, ISO-8601: 2026-12-24T10:00 (wall-clock time in the organisation's time zone) or with an offset, 2026-12-24T10:00+01:00. Default: now.";

const language = z._default(
  z.enum(["sv", "en"], { error: (issue) => `language must be "sv" or "en", got ${got(issue.input)}` }),
  "sv",
).check(z.describe('Language of the texts in the answer: "sv" (Swedish, the default) or "en" (English).'));

/** Which unit of an organisation a tool answers for (SPEC §9): its id or what a person calls it. */
const unit = z.optional(
  z
    .string({ error: (issue) => `unit must be a unit's id or name, got ${got(issue.input)}` })
    .check(
      z.minLength(1, { error: "unit must not be empty (leave it out for the organisation's own place)" }),
      z.describe(
        'The unit (place) of the organisation to ask about: its id, or its name as a person writes it ("biblioteket", "Simhallen i Arjeplog"); the units tool lists them. ' +
          "Default: the organisation's own place, or its only unit.",
      ),
    ),
);

/** The arguments of a tool, with `unit` (see `units` for the one tool without it). */
function args<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return plainArgs({ ...shape, unit });
}

/** A strict object whose unknown keys are named in the message, with the known ones. */
function plainArgs<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys") return `unknown argument${issue.keys.length > 1 ? "s" : ""} ${issue.keys.slice(0, 5).map((k) => quote(k)).join(", ")} (arguments: ${known})`;
      if (issue.code === "invalid_type") return `the arguments must be an object, got ${got(issue.input)}`;
      return undefined;
    },
  });
}

/**
 * The argument schemas of the chat tools (zod/mini), by tool name: the single source of
 * the tools' arguments.
 *
 * @example
 * CHAT_TOOL_SCHEMAS.hours_on.parse({ date: "2026-06-18" }) // => { date: "2026-06-18", language: "sv" }
 */
export const CHAT_TOOL_SCHEMAS = {
  is_open: args({ at: z.optional(instantArgument("at", AT_DESCRIPTION)), language }),
  next_opening: args({ at: z.optional(instantArgument("at", AT_DESCRIPTION)), language }),
  hours_on: args({ date: plainDate("date", "The date, YYYY-MM-DD, e.g. 2026-12-24."), language }),
  week: args({
    date: z.optional(plainDate("date", "Any date in the week (Monday–Sunday) to show, YYYY-MM-DD. Default: today.")),
    language,
  }),
  deviations: args({
    from: z.optional(plainDate("from", "The first date to look at, YYYY-MM-DD. Default: today.")),
    days: z.optional(
      z
        .int({ error: (issue) => `days must be a whole number 1–${MAX_DEVIATION_DAYS}, got ${got(issue.input)}` })
        .check(
          z.minimum(1, { error: (issue) => `days must be a whole number 1–${MAX_DEVIATION_DAYS}, got ${got(issue.input)}` }),
          z.maximum(MAX_DEVIATION_DAYS, { error: (issue) => `days must be a whole number 1–${MAX_DEVIATION_DAYS}, got ${got(issue.input)}` }),
          z.describe(`How many days to look ahead, 1–${MAX_DEVIATION_DAYS}. Default: ${DEFAULT_DEVIATION_DAYS}.`),
        ),
    ),
    language,
  }),
  contacts: args({ at: z.optional(instantArgument("at", AT_DESCRIPTION)), language }),
  units: plainArgs({ at: z.optional(instantArgument("at", AT_DESCRIPTION)), language }),
} as const;

// The arguments' types, written out for users (the package's .d.ts must not need zod):
// ./toolArgs.ts, checked equal to `z.output`/`z.input` of these schemas in src/public/typeChecks.ts.
export type { ChatToolArgs, ChatToolInput } from "./toolArgs";

/**
 * A chat tool: its name, a short title, what it does (for the model), and its argument schema.
 *
 * @example
 * const tool: ChatTool = CHAT_TOOLS[0]; // { name: "is_open", title: "Is it open?", description, schema }
 */
export interface ChatTool<N extends ChatToolName = ChatToolName> {
  readonly name: N;
  readonly title: string;
  readonly description: string;
  /** The argument schema (zod/mini inside; typed as Standard Schema with parse/safeParse). */
  readonly schema: Validator<ChatToolArgs[N], ChatToolInput[N]>;
}

const DESCRIPTIONS: Record<ChatToolName, { title: string; description: string }> = {
  is_open: {
    title: "Is it open?",
    description:
      "Whether the organisation is open at a moment (default: now), with a short status text and a full sentence to tell a person, " +
      "the next opening and closing (ISO-8601 with offset), and the rule in force (kind and label, e.g. workFreeEve / Julafton, namedDay / Skärtorsdagen). " +
      "Knows the public holidays of the organisation's calendar (Swedish, or Finnish and Åland's), named eves and holidays with hours of their own, days before eves and red days, bridge days and summer weeks. " +
      "For a question about a whole day (\"are you open on Friday?\") prefer hours_on; given a date alone (YYYY-MM-DD), is_open answers for that day: " +
      "open says whether it opens at all that day, and date is set.",
  },
  next_opening: {
    title: "Next opening",
    description:
      "When the organisation opens next after a moment (default: now). If it is open at that moment, the next opening after the current opening hours. " +
      "nextOpening is null when it does not open within a year.",
  },
  hours_on: {
    title: "Opening hours on a date",
    description:
      "The opening hours on one date: the intervals (from/to, HH:MM, local time), whether it is open at all, the rule that decides the day " +
      "(kind: exception, namedDay, publicHoliday, workFreeEve, bridgeDay, dayBeforeEve, dayBeforeRedDay, period or weekly, with its label; " +
      "namedDay is a named eve or holiday such as julafton with hours of its own) and a text to tell a person.",
  },
  week: {
    title: "Week's opening hours",
    description: "The opening hours of each day of a week (Monday–Sunday, ISO week), with the reason for days with other hours than usual.",
  },
  deviations: {
    title: "Special opening hours ahead",
    description:
      "The coming days whose opening hours differ from the regular weekly hours (avvikande öppettider: holidays, named eves and holidays, days before eves and red days, bridge days, exceptions), each with its reason.",
  },
  units: {
    title: "Units",
    description:
      "The organisation's units (places with their own opening hours: a library, a swimming hall, a recycling centre…): each one's id, name and other names, " +
      "address, and whether it is open at a moment (default: now), with a short status text. Pass a unit's id as `unit` to the other tools.",
  },
  contacts: {
    title: "Contacts",
    description:
      "The organisation's contacts (service desk, switchboard, named officers): phone numbers (display, E.164, tel: URI), e-mail addresses, " +
      "whether each can be reached at a moment (default: now) and when it is reachable next.",
  },
};

/**
 * The chat tools in listing order: name, title, description and zod/mini argument schema.
 *
 * @example
 * CHAT_TOOLS.map((tool) => tool.name) // => ["is_open", "next_opening", "hours_on", "week", "deviations", "contacts"]
 */
export const CHAT_TOOLS: readonly ChatTool[] = Object.freeze(
  CHAT_TOOL_NAMES.map((name) => Object.freeze({ name, ...DESCRIPTIONS[name], schema: CHAT_TOOL_SCHEMAS[name] }) as ChatTool),
);

/**
 * Whether a string is the name of a chat tool.
 *
 * @example
 * isChatToolName("is_open") // => true
 * isChatToolName("open") // => false
 */
export function isChatToolName(name: unknown): name is ChatToolName {
  return typeof name === "string" && (CHAT_TOOL_NAMES as readonly string[]).includes(name);
}

import type * as z from "zod/mini";
import { formatPlainDate, parsePlainDate } from "../calendar/plainDate";
import { isOrganization } from "../contacts/isOrganization";
import type { ContactPoint, Organization } from "../contacts/createOrganization";
import type { Place } from "../contacts/place";
import type { DayHours, Schedule } from "../schedule/createSchedule";
import { toEpochMs, type Instant } from "../schedule/instant";
import type { Language } from "../schedule/rules";
import { describeDate, describeWhen } from "../texts/describeWhen";
import { reachabilityText } from "../texts/reachabilityText";
import { formatIntervals } from "../texts/formatHours";
import { notKnownSentence, statusSentence, statusText } from "../texts/statusText";
import { upcomingDeviations, weekTable, type DayRow } from "../texts/weekTable";
import { capitalize, inRunningText } from "../texts/words";
import { isoInZone, localDateInZone, parseChatInstant, readChatInstant } from "../zone/isoInstant";
import { describe } from "../calendar/plainDate";
import { checkConfigShape, isPlainObject, type ShapeLimits } from "../validation/checkConfigShape";
import { MAX_TOOL_ARGUMENTS_DEPTH, MAX_TOOL_ARGUMENTS_LENGTH, MAX_TOOL_ARGUMENTS_VALUES } from "../validation/limits";
import { clip, quote } from "../validation/quote";
import { contactCard, type ContactCard } from "./contactCard";
import { dayResult, ruleResult, type DayResult, type RuleResult } from "./dayResult";

export type { ContactCard } from "./contactCard";
export type { DayResult, RuleResult } from "./dayResult";
import { placeForTool } from "./unitArgument";
import { CHAT_TOOL_NAMES, CHAT_TOOL_SCHEMAS, DEFAULT_DEVIATION_DAYS, isChatToolName, type ChatToolArgs, type ChatToolName } from "./tools";

/**
 * A tool call that cannot be answered: an unknown tool, bad arguments (each problem in
 * `issues`), or a date outside what the schedule answers for. The message is meant to be
 * handed back to the model as the tool's error result.
 *
 * @example
 * try { callTool(schedule, "hours_on", { date: "2026-02-30" }) }
 * catch (error) { if (error instanceof ToolError) reply({ isError: true, text: error.message }) }
 */
export class ToolError extends Error {
  override name = "ToolError";
  /** The tool asked for (also an unknown name). */
  readonly tool: string;
  /** Every problem found in the arguments; empty for other errors. */
  readonly issues: readonly string[];
  constructor(tool: string, message: string, issues: readonly string[] = [], options?: { cause?: unknown }) {
    super(message);
    this.tool = tool;
    this.issues = issues;
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

/**
 * Options of `callTool`.
 *
 * @example
 * callTool(kommun, "is_open", {}, { now: new Date("2026-12-24T09:00:00Z") }).open // => false
 */
export interface CallToolOptions {
  /** "Now", when the arguments give no moment or date (default: the clock's). */
  now?: Instant;
  /** The unit (id or name) a call answers for when its arguments name none (`oppettider mcp --unit`). */
  unit?: string;
}

/**
 * `is_open`: open or not at a moment, and what to tell a person.
 *
 * @example
 * callTool(kommun, "is_open", { at: "2026-12-24T10:00" })
 * // => { at: "2026-12-24T10:00:00+01:00", timeZone: "Europe/Stockholm", open: false,
 * //      text: "Stängt idag, julafton · öppnar måndag 28 december 08.00", sentence: "Idag är det julafton, så vi har stängt. …",
 * //      nextOpening: "2026-12-28T08:00:00+01:00", nextClosing: "2026-12-28T12:00:00+01:00", rule: { kind: "workFreeEve", label: "Julafton" } }
 */
export interface IsOpenResult {
  /** The moment asked about, ISO-8601 with the zone's offset (for a date alone: its midnight). */
  readonly at: string;
  readonly timeZone: string;
  /**
   * Present when `at` was a date alone (`"2026-12-24"`): the answer is then for that
   * whole day — `open` says whether it opens at all that day, `text`, `sentence` and
   * `rule` give the day's hours and the rule behind them.
   */
  readonly date?: string;
  readonly open: boolean;
  /** Short status: `Stängt idag, julafton · öppnar måndag 28 december 08.00`. */
  readonly text: string;
  /** Whole sentences for a chat reply. */
  readonly sentence: string;
  readonly nextOpening: string | null;
  readonly nextClosing: string | null;
  readonly rule: RuleResult;
}

/**
 * `next_opening`: the next time the doors open.
 *
 * @example
 * callTool(kommun, "next_opening", { at: "2026-12-23T12:00" })
 * // => { at: "2026-12-23T12:00:00+01:00", timeZone: "Europe/Stockholm", open: false,
 * //      nextOpening: "2026-12-28T08:00:00+01:00", text: "Vi öppnar måndag 28 december kl. 08.00." }
 */
export interface NextOpeningResult {
  readonly at: string;
  readonly timeZone: string;
  /** Whether it is open at `at` (then `nextOpening` is after the current opening hours). */
  readonly open: boolean;
  /** ISO-8601 with offset; null when it does not open within the search horizon (a year). */
  readonly nextOpening: string | null;
  /** `Vi öppnar måndag 28 december kl. 08.00.` */
  readonly text: string;
}

/**
 * `hours_on`: one date's hours, its Swedish calendar facts and a text.
 *
 * @example
 * callTool(kommun, "hours_on", { date: "2026-06-18" }).text // => "Torsdag 18 juni 2026: 08.00–12.00 (dag före afton)."
 */
export interface HoursOnResult extends DayResult {
  readonly calendar: {
    readonly isoWeek: number;
    readonly workFree: boolean;
    readonly redDay: boolean;
    /** The public holiday's name in the answer's language, or null. */
    readonly publicHoliday: string | null;
    readonly workFreeEve: string | null;
    readonly eve: string | null;
    readonly bridgeDay: boolean;
    readonly dayBeforeEve: boolean;
    readonly dayBeforeRedDay: boolean;
  };
  /** `Torsdag 24 december 2026: stängt (julafton).` */
  readonly text: string;
}

/**
 * `week`: the seven days of an ISO week.
 *
 * @example
 * const { isoWeek, from, to } = callTool(kommun, "week", { date: "2026-12-23" }); // 52, "2026-12-21", "2026-12-27"
 */
export interface WeekResult {
  readonly isoWeek: number;
  readonly isoWeekYear: number;
  /** The Monday. */
  readonly from: string;
  /** The Sunday. */
  readonly to: string;
  readonly days: readonly DayResult[];
  /** A heading and one line a day. */
  readonly text: string;
}

/**
 * `deviations`: the coming days with other hours than the regular weekly ones.
 *
 * @example
 * callTool(kommun, "deviations", { from: "2026-12-21", days: 14 }).deviations.map((d) => d.date)
 * // => ["2026-12-23", "2026-12-24", "2026-12-25", "2026-12-30", "2026-12-31", "2027-01-01"]
 */
export interface DeviationsResult {
  readonly from: string;
  readonly to: string;
  /** How many days were looked at. */
  readonly days: number;
  readonly deviations: readonly DayResult[];
  /** One line a day, or that there are none. */
  readonly text: string;
}

/**
 * One contact and whether it can be reached.
 *
 * @example
 * callTool(kommun, "contacts", { at: "2026-12-23T14:00" }).contacts[0].text
 * // => "Medborgarservice (0961-144 44, kommun@arjeplog.se): nås nu, till 16.00"
 */
export interface ContactResult extends ContactCard {
  readonly reachable: boolean;
  /** `at` itself when reachable then, else when it is reachable next; null beyond a year. */
  readonly nextReachable: string | null;
  /** `Medborgarservice (0961-144 44, kommun@arjeplog.se): nås nu, till 16.00` */
  readonly text: string;
}

/**
 * `contacts`: every contact of the organisation at a moment.
 *
 * @example
 * callTool(kommun, "contacts", { at: "2026-12-23T14:00" }).contacts.filter((c) => c.reachable).map((c) => c.id)
 * // => ["medborgarservice"]
 */
export interface ContactsResult {
  readonly at: string;
  readonly timeZone: string;
  readonly organization: string;
  readonly contacts: readonly ContactResult[];
  /** One line a contact. */
  readonly text: string;
}

/**
 * What each tool returns.
 *
 * @example
 * const result: ChatToolResults["hours_on"] = callTool(kommun, "hours_on", { date: "2026-06-18" });
 */
export interface ChatToolResults {
  is_open: IsOpenResult & ForUnit;
  next_opening: NextOpeningResult & ForUnit;
  hours_on: HoursOnResult & ForUnit;
  week: WeekResult & ForUnit;
  deviations: DeviationsResult & ForUnit;
  contacts: ContactsResult & ForUnit;
  units: UnitsResult;
}

/**
 * Which unit an answer is for, when the organisation has several units.
 *
 * @example
 * callTool(exempla, "is_open", { unit: "biblioteket" }).unit // => { id: "biblioteket", name: "Exempla bibliotek" }
 */
export interface ForUnit {
  readonly unit?: { readonly id: string; readonly name: string };
}

/**
 * `units`: the organisation's places with hours, each with its status.
 *
 * @example
 * callTool(exempla, "units", { at: "2026-12-23T11:00" }).units.map((u) => [u.id, u.open])
 * // => [["kommunhuset", true], ["biblioteket", true], ["socialjouren", false], ["atervinningscentralen", false]]
 */
export interface UnitsResult {
  readonly at: string;
  readonly timeZone: string;
  readonly organization: string;
  readonly units: readonly {
    readonly id: string;
    readonly name: string;
    readonly aliases: readonly string[];
    readonly open: boolean;
    /** `Öppet · stänger 12.00`. */
    readonly text: string;
    readonly nextOpening: string | null;
    readonly nextClosing: string | null;
    readonly web: string | null;
    /** The visiting address on one line, or null. */
    readonly address: string | null;
  }[];
  /** One line a unit: `Exempla bibliotek (biblioteket): Öppet · stänger 14.00`. */
  readonly text: string;
}

/**
 * The result of any tool.
 *
 * @example
 * const result: ChatToolResult = callTool(kommun, toolCall.name, toolCall.input);
 */
export type ChatToolResult = ChatToolResults[ChatToolName];

/**
 * Runs a chat tool for an organisation or a schedule: validates the arguments with the
 * tool's zod schema and returns the same result object the MCP server sends as JSON.
 * `args` may be an object or the JSON text a chat API hands over (OpenAI's
 * `tool_call.function.arguments`). Throws `ToolError` for an unknown tool, bad
 * arguments (every problem listed), or a date outside the supported years.
 *
 * @example
 * const kommun = createOrganization(presets.arjeplogKommun);
 * callTool(kommun, "is_open", { at: "2026-12-24T10:00" }).text
 * // => "Stängt idag, julafton · öppnar måndag 28 december 08.00"
 * callTool(kommun, "hours_on", '{"date":"2026-06-18","language":"en"}').intervals
 * // => [{ from: "08:00", to: "12:00" }]
 */
export function callTool<N extends ChatToolName>(target: Organization | Schedule, name: N, args?: unknown, options?: CallToolOptions): ChatToolResults[N];
export function callTool(target: Organization | Schedule, name: string, args?: unknown, options?: CallToolOptions): ChatToolResult;
export function callTool(target: Organization | Schedule, name: string, args?: unknown, options: CallToolOptions = {}): ChatToolResult {
  if (!isChatToolName(name)) {
    const shown = typeof name === "string" ? quote(name) : describe(name);
    throw new ToolError(typeof name === "string" ? clip(name, 64) : describe(name), `unknown tool ${shown} (tools: ${CHAT_TOOL_NAMES.join(", ")})`);
  }
  if (!isOrganization(target) && typeof (target as Schedule | null)?.status !== "function") {
    throw new TypeError(`callTool: the target must be an organisation (createOrganization) or a schedule (createSchedule), got ${describe(target)}`);
  }
  const valid = validateArgs(name, args);
  const organization = isOrganization(target) ? target : null;
  const now = () => new Date(options.now === undefined ? Date.now() : toEpochMs(options.now, "options.now"));
  if (name === "units") {
    if (!organization) throw new ToolError(name, "units: this schedule is the opening hours of one place; it has no units");
    return units(organization, valid as ChatToolArgs["units"], now);
  }
  // The unit the call is for (SPEC §9), named in the answer when the organisation has several.
  const place = placeForTool(target, name, (valid as { unit?: string }).unit, options.unit);
  const schedule = place.schedule;
  const forUnit = <R extends object>(result: R): R => (place.named && place.unit ? { ...result, unit: { id: place.unit.id, name: place.unit.name } } : result);
  try {
    return forUnit(answer());
  } catch (error) {
    // A date the calendar does not answer for (outside 2005–2100) and the like.
    if (error instanceof RangeError || error instanceof TypeError) throw new ToolError(name, `${name}: ${error.message}`, [], { cause: error });
    throw error;
  }

  function answer(): ChatToolResult {
    switch (name) {
      case "is_open":
        return isOpen(schedule, valid as ChatToolArgs["is_open"], now);
      case "next_opening":
        return nextOpening(schedule, valid as ChatToolArgs["next_opening"], now);
      case "hours_on":
        return hoursOn(schedule, valid as ChatToolArgs["hours_on"]);
      case "week":
        return week(schedule, valid as ChatToolArgs["week"], now);
      case "deviations":
        return deviations(schedule, valid as ChatToolArgs["deviations"], now);
      case "contacts":
        if (!organization || !place.unit) throw new ToolError(name, "contacts: this schedule has no contacts (it is opening hours only, not an organisation)");
        return contacts(place.unit, organization.name, valid as ChatToolArgs["contacts"], now);
      default:
        throw new ToolError(name, `unknown tool ${JSON.stringify(name)}`);
    }
  }
}

/** A tool's arguments are flat (`{ at, language }`): these bounds refuse anything else at once. */
const ARGUMENT_LIMITS: ShapeLimits = {
  maxDepth: MAX_TOOL_ARGUMENTS_DEPTH,
  maxValues: MAX_TOOL_ARGUMENTS_VALUES,
  maxStringLength: MAX_TOOL_ARGUMENTS_LENGTH,
  maxKeyLength: 100,
  maxListLength: MAX_TOOL_ARGUMENTS_VALUES,
  listLimits: {},
  maxIssues: 10,
  noun: "arguments",
};

function validateArgs(name: ChatToolName, args: unknown): unknown {
  let input = args ?? {};
  if (typeof input === "string") {
    if (input.length > MAX_TOOL_ARGUMENTS_LENGTH) {
      throw new ToolError(name, `invalid arguments for ${name}: ${input.length} characters of JSON; at most ${MAX_TOOL_ARGUMENTS_LENGTH}`, ["too long"]);
    }
    try {
      input = input.trim() === "" ? {} : JSON.parse(input);
    } catch (error) {
      throw new ToolError(name, `invalid arguments for ${name}: not valid JSON (${clip(String((error as Error).message), 200)})`, ["not valid JSON"]);
    }
  }
  // Shape first (plain JSON, flat, small), so the schema and its messages only ever see
  // small plain data: no deep nesting can overflow the stack, no huge text is echoed.
  if (typeof input === "object" && input !== null && !Array.isArray(input)) {
    if (!isPlainObject(input)) {
      throw new ToolError(name, `invalid arguments for ${name}: the arguments must be an object like { "date": "2026-12-24" }, got ${describe(input)}`, ["not an object"]);
    }
    const shape = checkConfigShape(input, ARGUMENT_LIMITS);
    if (shape.count > 0) {
      const issues = shape.issues.map((issue) => `${issue.path || "arguments"}: ${issue.message}`);
      throw new ToolError(name, `invalid arguments for ${name}: ${issues.join("; ")}`, issues);
    }
  }
  const schema = CHAT_TOOL_SCHEMAS[name] as z.ZodMiniType;
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 20).map(issueText);
  throw new ToolError(name, `invalid arguments for ${name}: ${issues.join("; ")}`, issues);
}

/** The schemas word every issue themselves; a generic one gets its path and code. */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  const path = issue.path.map(String).join(".");
  return `${path || "arguments"}: invalid (${issue.code})`;
}

function isOpen(schedule: Schedule, args: ChatToolArgs["is_open"], now: () => Date): IsOpenResult {
  const { language } = args;
  const asked = args.at === undefined ? { at: now(), date: null } : readChatInstant(args.at, schedule.timeZone, "at", now().getTime());
  const { at } = asked;
  const status = schedule.status(at);
  if (asked.date !== null) {
    // A date alone ("is it open on Friday?"): the answer is for the day, not its midnight.
    const day = schedule.day(asked.date);
    return {
      at: isoInZone(at, schedule.timeZone)!,
      timeZone: schedule.timeZone,
      date: asked.date,
      open: day.intervals.length > 0,
      text: `${dayLine(day, language, true)}.`,
      sentence: daySentence(day, language),
      nextOpening: isoInZone(status.nextOpening, schedule.timeZone),
      nextClosing: isoInZone(status.nextClosing, schedule.timeZone),
      rule: ruleResult(day.rule, language),
    };
  }
  return {
    at: isoInZone(at, schedule.timeZone)!,
    timeZone: schedule.timeZone,
    open: status.open,
    text: statusText(schedule, at, { language }),
    sentence: statusSentence(schedule, at, { language }),
    nextOpening: isoInZone(status.nextOpening, schedule.timeZone),
    nextClosing: isoInZone(status.nextClosing, schedule.timeZone),
    rule: ruleResult(status.rule, language),
  };
}

function nextOpening(schedule: Schedule, args: ChatToolArgs["next_opening"], now: () => Date): NextOpeningResult {
  const { language } = args;
  const sv = language === "sv";
  const at = args.at === undefined ? now() : parseChatInstant(args.at, schedule.timeZone, "at", now().getTime());
  const open = schedule.isOpen(at);
  const next = schedule.nextOpening(at);
  let text: string;
  if (next === null) {
    if (schedule.status(at).unknownAfter) text = notKnownSentence(language);
    else text = sv ? "Inga öppettider finns det närmaste året." : "There are no opening hours within the next year.";
  }
  else {
    const when = describeWhen(next, at, schedule.timeZone, language, true);
    if (open) text = sv ? `Just nu har vi öppet. Nästa gång vi öppnar efter det är ${when}.` : `We are open now. After that, we next open ${when}.`;
    else text = sv ? `Vi öppnar ${when}.` : `We open ${when}.`;
  }
  return { at: isoInZone(at, schedule.timeZone)!, timeZone: schedule.timeZone, open, nextOpening: isoInZone(next, schedule.timeZone), text };
}

/** `Torsdag 24 december 2026: stängt (julafton)` — the reason only for days off the regular hours. */
function dayLine(day: DayHours, language: Language, withYear: boolean): string {
  return `${capitalize(dayDate(day, language, withYear))}: ${formatIntervals(day.intervals, language)}${dayReason(day, language)}`;
}

/** `Torsdag 24 december 2026 har vi stängt (julafton).` — a whole day, as a sentence. */
function daySentence(day: DayHours, language: Language): string {
  const when = dayDate(day, language, true);
  const open = day.intervals.length > 0;
  const hours = formatIntervals(day.intervals, language);
  if (language === "sv") return `${capitalize(when)} har vi ${open ? `öppet ${hours}` : "stängt"}${dayReason(day, language)}.`;
  return `On ${when} we are ${open ? `open ${hours}` : "closed"}${dayReason(day, language)}.`;
}

function dayDate(day: DayHours, language: Language, withYear: boolean): string {
  const [year, month, dayOfMonth] = day.date.split("-").map(Number) as [number, number, number];
  return describeDate({ year, month, day: dayOfMonth, weekday: day.weekday }, language, withYear);
}

function dayReason(day: DayHours, language: Language): string {
  if (day.rule.kind === "weekly") return "";
  const label = day.rule.labels[language];
  return ` (${day.rule.kind === "exception" ? label : inRunningText(label, language)})`;
}

function hoursOn(schedule: Schedule, args: ChatToolArgs["hours_on"]): HoursOnResult {
  const { language } = args;
  const day = schedule.day(args.date);
  const { calendar } = day;
  return {
    ...dayResult(day, language),
    calendar: {
      isoWeek: calendar.isoWeek,
      workFree: calendar.workFree,
      redDay: calendar.redDay,
      publicHoliday: calendar.names.publicHoliday?.[language] ?? null,
      workFreeEve: calendar.names.workFreeEve?.[language] ?? null,
      eve: calendar.names.eve?.[language] ?? null,
      bridgeDay: calendar.bridgeDay,
      dayBeforeEve: calendar.dayBeforeEve,
      dayBeforeRedDay: calendar.dayBeforeRedDay,
    },
    text: `${dayLine(day, language, true)}.`,
  };
}

function week(schedule: Schedule, args: ChatToolArgs["week"], now: () => Date): WeekResult {
  const { language } = args;
  const date = args.date ?? localDateInZone(now(), schedule.timeZone);
  const rows: DayRow[] = weekTable(schedule, date, { language });
  const monday = rows[0]!.day;
  const heading = `${language === "sv" ? "Vecka" : "Week"} ${monday.calendar.isoWeek}:`;
  return {
    isoWeek: monday.calendar.isoWeek,
    isoWeekYear: monday.calendar.isoWeekYear,
    from: rows[0]!.date,
    to: rows[rows.length - 1]!.date,
    days: rows.map((row) => dayResult(row.day, language)),
    text: [heading, ...rows.map((row) => dayLine(row.day, language, false))].join("\n"),
  };
}

function deviations(schedule: Schedule, args: ChatToolArgs["deviations"], now: () => Date): DeviationsResult {
  const { language } = args;
  const days = args.days ?? DEFAULT_DEVIATION_DAYS;
  const from = args.from ?? localDateInZone(now(), schedule.timeZone);
  const rows = upcomingDeviations(schedule, { from, days, language });
  const to = formatPlainDate(parsePlainDate(from, "from") + days - 1); // the last day looked at
  const fromYear = from.slice(0, 4);
  const text =
    rows.length === 0
      ? language === "sv"
        ? `Inga avvikande öppettider de närmaste ${days} dagarna.`
        : `No special opening hours in the next ${days} days.`
      : rows.map((row) => dayLine(row.day, language, row.date.slice(0, 4) !== fromYear)).join("\n");
  return { from, to, days, deviations: rows.map((row) => dayResult(row.day, language)), text };
}

function contacts(place: Place, organizationName: string, args: ChatToolArgs["contacts"], now: () => Date): ContactsResult {
  const { language } = args;
  const timeZone = place.timeZone;
  const at = args.at === undefined ? now() : parseChatInstant(args.at, timeZone, "at", now().getTime());
  const list = place.contacts.map((contact) => contactResult(contact, at, language));
  return {
    at: isoInZone(at, timeZone)!,
    timeZone,
    organization: organizationName,
    contacts: list,
    text: list.map((contact) => contact.text).join("\n"),
  };
}

function contactResult(contact: ContactPoint, at: Date, language: Language): ContactResult {
  const zone = contact.hours.timeZone;
  const reachable = contact.isReachable(at);
  const next = contact.nextReachable(at);
  const reach = reachabilityText(contact, at, language);
  const who = contact.person ? `${contact.name}, ${contact.person.name}` : contact.name;
  const ways = [...contact.phones.map((phone) => phone.display), ...contact.emails.map((email) => email.address)];
  return {
    ...contactCard(contact),
    reachable,
    nextReachable: isoInZone(next, zone),
    text: `${who}${ways.length > 0 ? ` (${ways.join(", ")})` : ""}: ${reach}`,
  };
}

function units(organization: Organization, args: ChatToolArgs["units"], now: () => Date): UnitsResult {
  const { language } = args;
  const timeZone = organization.timeZone;
  const at = args.at === undefined ? now() : parseChatInstant(args.at, timeZone, "at", now().getTime());
  const list = organization.units.map((unit) => {
    const status = unit.status(at);
    const address = unit.visitingAddress;
    return {
      id: unit.id,
      name: unit.name,
      aliases: [...unit.aliases],
      open: status.open,
      text: statusText(unit.hours, at, { language }),
      nextOpening: isoInZone(status.nextOpening, unit.timeZone),
      nextClosing: isoInZone(status.nextClosing, unit.timeZone),
      web: unit.web,
      address: address ? [address.streetAddress, [address.postalCode, address.locality].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null : null,
    };
  });
  return {
    at: isoInZone(at, timeZone)!,
    timeZone,
    organization: organization.name,
    units: list,
    text: list.map((unit) => `${unit.name} (${unit.id}): ${unit.text}`).join("\n"),
  };
}

// The chat tools without MCP: their JSON Schema definitions for chat APIs, and the
// dispatcher `callTool`. Expected values come from the almanac: Julafton 2026 is Thursday
// 24 December, 25–26 December are public holidays, 27 December is a Sunday, so after a
// closed Julafton the doors open Monday 28 December at 08.00 (Europe/Stockholm, CET +01:00).
import { AjvJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/ajv";
import { describe, expect, it } from "vitest";
import { callTool, ToolError } from "../src/chat/callTool";
import { functionToolDefinitions, toolDefinitions, toolInputJsonSchema, toolsFor } from "../src/chat/toolDefinitions";
import { CHAT_TOOL_NAMES, CHAT_TOOL_SCHEMAS, CHAT_TOOLS, isChatToolName, type ChatToolName } from "../src/chat/tools";
import { createOrganization, createSchedule, presets, type ScheduleConfig } from "../src/index";

const kommun = createOrganization(presets.arjeplogKommun);
const visitingHours = createSchedule(presets.arjeplog);
const validator = new AjvJsonSchemaValidator();

const ALL_TOOLS = ["is_open", "next_opening", "hours_on", "week", "deviations", "contacts", "units"];

/** The error `callTool` throws (a `ToolError`), or a failed test. */
function toolError(run: () => unknown): ToolError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ToolError);
    return error as ToolError;
  }
  throw new Error("expected a ToolError");
}

describe("the tools", () => {
  it("are the seven tools (six of the issue, and units), in order, each with a title, a description and a zod schema", () => {
    expect([...CHAT_TOOL_NAMES]).toEqual(ALL_TOOLS);
    expect(CHAT_TOOLS.map((tool) => tool.name)).toEqual(ALL_TOOLS);
    for (const tool of CHAT_TOOLS) {
      expect(tool.title.length).toBeGreaterThan(0);
      expect(tool.description.length).toBeGreaterThan(40);
      expect(tool.schema).toBe(CHAT_TOOL_SCHEMAS[tool.name]);
    }
    expect(isChatToolName("is_open")).toBe(true);
    expect(isChatToolName("isOpen")).toBe(false);
    expect(isChatToolName(42)).toBe(false);
  });

  it("fill in language sv when it is not given", () => {
    expect(CHAT_TOOL_SCHEMAS.hours_on.parse({ date: "2026-06-18" })).toEqual({ date: "2026-06-18", language: "sv" });
  });
});

describe("JSON Schema definitions", () => {
  const definitions = toolDefinitions();
  const functions = functionToolDefinitions();

  it("name the same tools as the zod schemas, in the { name, description, input_schema } form", () => {
    expect(definitions.map((d) => d.name)).toEqual(ALL_TOOLS);
    for (const definition of definitions) {
      expect(Object.keys(definition).sort()).toEqual(["description", "input_schema", "name"]);
      expect(definition.description).toBe(CHAT_TOOLS.find((t) => t.name === definition.name)!.description);
    }
  });

  it("have the OpenAI-style { type: 'function', function: { name, description, parameters } } form with the same schemas", () => {
    expect(functions.map((f) => f.function.name)).toEqual(ALL_TOOLS);
    functions.forEach((f, i) => {
      expect(f.type).toBe("function");
      expect(Object.keys(f.function).sort()).toEqual(["description", "name", "parameters"]);
      expect(f.function.parameters).toEqual(definitions[i]!.input_schema);
      expect(f.function.description).toBe(definitions[i]!.description);
    });
  });

  it("are plain JSON objects: object schemas without $schema, closed to unknown arguments", () => {
    for (const { name, input_schema: schema } of definitions) {
      expect(JSON.parse(JSON.stringify(schema)), name).toEqual(schema);
      expect(schema.type, name).toBe("object");
      expect(schema.additionalProperties, name).toBe(false);
      expect(schema).not.toHaveProperty("$schema");
      expect(typeof schema.properties, name).toBe("object");
    }
  });

  it("compile as JSON Schema (ajv checks them against the meta-schema)", () => {
    for (const { name, input_schema: schema } of definitions) {
      expect(() => validator.getValidator(schema), name).not.toThrow();
    }
  });

  it("list each tool's arguments; only hours_on has a required one (date)", () => {
    const properties = Object.fromEntries(definitions.map((d) => [d.name, Object.keys(d.input_schema.properties as object)]));
    expect(properties).toEqual({
      is_open: ["at", "language", "unit"],
      next_opening: ["at", "language", "unit"],
      hours_on: ["date", "language", "unit"],
      week: ["date", "language", "unit"],
      deviations: ["from", "days", "language", "unit"],
      contacts: ["at", "language", "unit"],
      units: ["at", "language"],
    });
    const required = Object.fromEntries(definitions.map((d) => [d.name, d.input_schema.required ?? []]));
    expect(required).toEqual({ is_open: [], next_opening: [], hours_on: ["date"], week: [], deviations: [], contacts: [], units: [] });
  });

  it("describe every argument; language is sv or en with default sv; dates carry their pattern; days is an integer 1–366", () => {
    for (const { name, input_schema: schema } of definitions) {
      const properties = schema.properties as Record<string, Record<string, unknown>>;
      for (const [key, property] of Object.entries(properties)) expect(typeof property.description, `${name}.${key}`).toBe("string");
      expect(properties.language).toMatchObject({ type: "string", enum: ["sv", "en"], default: "sv" });
    }
    expect(toolInputJsonSchema("hours_on").properties).toMatchObject({ date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } });
    expect(toolInputJsonSchema("deviations").properties).toMatchObject({ days: { type: "integer", minimum: 1, maximum: 366 } });
  });

  it("accept and refuse the same arguments as the zod schemas, for what JSON Schema can say", () => {
    const cases: [ChatToolName, unknown, boolean][] = [
      ["hours_on", { date: "2026-06-18" }, true],
      ["hours_on", { date: "2026-06-18", language: "en" }, true],
      ["hours_on", {}, false],
      ["hours_on", { date: "18/6" }, false],
      ["hours_on", { date: "2026-06-18", language: "de" }, false],
      ["is_open", {}, true],
      ["is_open", { at: "2026-12-24T10:00" }, true],
      ["is_open", { when: "now" }, false],
      ["deviations", { days: 14 }, true],
      ["deviations", { days: 0 }, false],
      ["deviations", { days: 1.5 }, false],
      ["deviations", { days: "14" }, false],
      ["week", { date: 20261223 }, false],
    ];
    for (const [name, args, valid] of cases) {
      const label = `${name} ${JSON.stringify(args)}`;
      expect(validator.getValidator(toolInputJsonSchema(name))(args).valid, label).toBe(valid);
      expect(CHAT_TOOL_SCHEMAS[name].safeParse(args).success, label).toBe(valid);
    }
  });

  it("leave out contacts and units for a schedule alone, which has none", () => {
    expect(toolDefinitions(visitingHours).map((d) => d.name)).toEqual(ALL_TOOLS.filter((n) => n !== "contacts" && n !== "units"));
    expect(functionToolDefinitions(visitingHours).map((f) => f.function.name)).not.toContain("contacts");
    expect(toolsFor(kommun).map((t) => t.name)).toEqual(ALL_TOOLS);
  });

  it("throw RangeError for an unknown tool's schema", () => {
    expect(() => toolInputJsonSchema("open" as ChatToolName)).toThrow(RangeError);
  });
});

describe("callTool is_open", () => {
  it("at Julafton 10.00 (no offset: Stockholm wall-clock time): closed, workFreeEve, opens Monday 28 December 08.00", () => {
    const result = callTool(kommun, "is_open", { at: "2026-12-24T10:00" });
    expect(result).toMatchObject({
      at: "2026-12-24T10:00:00+01:00",
      timeZone: "Europe/Stockholm",
      open: false,
      text: "Stängt idag, julafton · öppnar måndag 28 december 08.00",
      nextOpening: "2026-12-28T08:00:00+01:00",
      nextClosing: "2026-12-28T12:00:00+01:00",
      rule: { kind: "workFreeEve", label: "Julafton" },
    });
    expect(result.sentence).toContain("julafton");
    expect(result.sentence).toContain("måndag 28 december kl. 08.00");
  });

  it("on 23 December 10.00+01:00 (day before eve, 08–12): open until 12.00", () => {
    const result = callTool(kommun, "is_open", { at: "2026-12-23T10:00+01:00" });
    expect(result).toMatchObject({
      open: true,
      text: "Öppet · stänger 12.00",
      nextClosing: "2026-12-23T12:00:00+01:00",
      nextOpening: "2026-12-28T08:00:00+01:00",
      rule: { kind: "dayBeforeEve", label: "Dag före afton" },
    });
  });

  it("answers in English with language en", () => {
    const result = callTool(kommun, "is_open", { at: "2026-12-24T10:00", language: "en" });
    expect(result.text).toBe("Closed today, Christmas Eve · opens Monday 28 December 08:00");
    expect(result.rule).toEqual({ kind: "workFreeEve", label: "Christmas Eve" });
  });

  it("reads the same instant written with an offset in UTC", () => {
    expect(callTool(kommun, "is_open", { at: "2026-12-24T09:00Z" })).toEqual(callTool(kommun, "is_open", { at: "2026-12-24T10:00" }));
  });

  it("asks about now without at (options.now stands in for the clock)", () => {
    const result = callTool(visitingHours, "is_open", {}, { now: new Date("2026-12-24T09:00:00Z") });
    expect(result.at).toBe("2026-12-24T10:00:00+01:00");
    expect(result.open).toBe(false);
    expect(callTool(visitingHours, "is_open").timeZone).toBe("Europe/Stockholm"); // the real clock: no error
  });

  it("reads a wall-clock time in the schedule's own zone", () => {
    const newYork: ScheduleConfig = { timeZone: "America/New_York", weekly: { thu: ["09:00-17:00"] } };
    const result = callTool(createSchedule(newYork), "is_open", { at: "2026-12-24T09:30" });
    expect(result.at).toBe("2026-12-24T09:30:00-05:00");
    expect(result.open).toBe(true);
  });

  it("takes the arguments as JSON text, as chat APIs hand them over", () => {
    expect(callTool(kommun, "is_open", '{"at":"2026-12-24T10:00"}').open).toBe(false);
  });
});

describe("callTool next_opening, hours_on, week, deviations", () => {
  it("next_opening after the day before eve closes: Monday 28 December 08.00", () => {
    expect(callTool(kommun, "next_opening", { at: "2026-12-23T12:00+01:00" })).toEqual({
      at: "2026-12-23T12:00:00+01:00",
      timeZone: "Europe/Stockholm",
      open: false,
      nextOpening: "2026-12-28T08:00:00+01:00",
      text: "Vi öppnar måndag 28 december kl. 08.00.",
    });
    const open = callTool(kommun, "next_opening", { at: "2026-12-23T10:00+01:00", language: "en" });
    expect(open.open).toBe(true);
    expect(open.nextOpening).toBe("2026-12-28T08:00:00+01:00");
  });

  it("hours_on Thursday 18 June 2026, the day before Midsommarafton: 08.00–12.00, dayBeforeEve (not the summer weeks' hours)", () => {
    const result = callTool(kommun, "hours_on", { date: "2026-06-18" });
    expect(result).toMatchObject({
      date: "2026-06-18",
      weekday: "torsdag",
      open: true,
      intervals: [{ from: "08:00", to: "12:00" }],
      hours: "08.00–12.00",
      rule: { kind: "dayBeforeEve", label: "Dag före afton" },
      calendar: { isoWeek: 25, dayBeforeEve: true, workFree: false },
      text: "Torsdag 18 juni 2026: 08.00–12.00 (dag före afton).",
    });
    expect(callTool(kommun, "hours_on", { date: "2026-06-18", language: "en" }).text).toBe("Thursday 18 June 2026: 08:00–12:00 (Day before a holiday eve).");
  });

  it("hours_on Juldagen: closed, publicHoliday, with the holiday's name", () => {
    const result = callTool(kommun, "hours_on", { date: "2026-12-25", language: "en" });
    expect(result).toMatchObject({ open: false, intervals: [], rule: { kind: "publicHoliday" }, calendar: { publicHoliday: "Christmas Day", redDay: true } });
  });

  it("week of 23 December 2026: week 52, Monday 21 – Sunday 27, with the days' rules", () => {
    const result = callTool(kommun, "week", { date: "2026-12-23" });
    expect(result).toMatchObject({ isoWeek: 52, isoWeekYear: 2026, from: "2026-12-21", to: "2026-12-27" });
    expect(result.days.map((d) => [d.date, d.rule.kind, d.open])).toEqual([
      ["2026-12-21", "weekly", true],
      ["2026-12-22", "weekly", true],
      ["2026-12-23", "dayBeforeEve", true],
      ["2026-12-24", "workFreeEve", false],
      ["2026-12-25", "publicHoliday", false],
      ["2026-12-26", "publicHoliday", false],
      ["2026-12-27", "weekly", false],
    ]);
    expect(result.text.split("\n")[0]).toBe("Vecka 52:");
    expect(result.text).toContain("Torsdag 24 december: stängt (julafton)");
  });

  it("deviations over the two weeks from 21 December: the eves, the days before them and the holidays on weekdays", () => {
    const result = callTool(kommun, "deviations", { from: "2026-12-21", days: 14 });
    expect(result).toMatchObject({ from: "2026-12-21", to: "2027-01-03", days: 14 });
    // 26 Dec (Annandag jul) is a Saturday, closed anyway; 30 Dec is the day before Nyårsafton.
    expect(result.deviations.map((d) => d.date)).toEqual(["2026-12-23", "2026-12-24", "2026-12-25", "2026-12-30", "2026-12-31", "2027-01-01"]);
    expect(result.text).toContain("Fredag 1 januari 2027: stängt (nyårsdagen)");
  });

  it("deviations looks 30 days ahead from today by default", () => {
    const result = callTool(kommun, "deviations", {}, { now: new Date("2026-06-01T10:00:00Z") });
    expect(result).toMatchObject({ from: "2026-06-01", to: "2026-06-30", days: 30 });
    expect(result.deviations.map((d) => d.date)).toContain("2026-06-19"); // Midsommarafton
  });
});

describe("callTool contacts", () => {
  it("at 23 December 14.00 (visiting hours closed at 12.00): only Medborgarservice, open till 16.00, is reachable", () => {
    const result = callTool(kommun, "contacts", { at: "2026-12-23T14:00+01:00" });
    expect(result.organization).toBe("Arjeplogs kommun");
    expect(result.contacts.filter((c) => c.reachable).map((c) => c.id)).toEqual(["medborgarservice"]);
    const [medborgarservice, vaxel, kommunikator] = result.contacts;
    expect(medborgarservice).toMatchObject({
      name: "Medborgarservice",
      phones: [{ display: "0961-144 44", e164: "+4696114444", uri: "tel:+4696114444" }],
      emails: [{ address: "kommun@arjeplog.se", uri: "mailto:kommun@arjeplog.se" }],
      nextReachable: "2026-12-23T14:00:00+01:00",
    });
    expect(vaxel).toMatchObject({ reachable: false, nextReachable: "2026-12-28T08:00:00+01:00" });
    expect(kommunikator).toMatchObject({
      person: { name: "Martin Stråmo" },
      phones: [{ display: "070-206 52 98", e164: "+46702065298", uri: "tel:+46702065298" }],
    });
  });

  it("is an error for a schedule alone", () => {
    expect(toolError(() => callTool(visitingHours, "contacts", {})).message).toMatch(/no contacts/);
  });
});

describe("callTool errors", () => {
  it("an unknown tool name lists the tools", () => {
    const error = toolError(() => callTool(kommun, "open_now", {}));
    expect(error.tool).toBe("open_now");
    expect(error.message).toBe('unknown tool "open_now" (tools: is_open, next_opening, hours_on, week, deviations, contacts, units)');
  });

  it("a date that does not exist, or is not YYYY-MM-DD", () => {
    expect(toolError(() => callTool(kommun, "hours_on", { date: "2026-02-30" })).message).toBe(
      'invalid arguments for hours_on: date "2026-02-30" does not exist: 2026-02 has 28 days',
    );
    expect(toolError(() => callTool(kommun, "hours_on", { date: "24/12/2026" })).message).toMatch(/date must be a date written YYYY-MM-DD.*got "24\/12\/2026"/);
    expect(toolError(() => callTool(kommun, "hours_on", {})).message).toMatch(/date must be a date written YYYY-MM-DD.*got nothing/);
  });

  it("a date outside the supported years 2005–2100", () => {
    expect(toolError(() => callTool(kommun, "hours_on", { date: "2101-01-01" })).message).toMatch(/2101-01-01.*outside the supported years 2005–2100/);
    expect(toolError(() => callTool(kommun, "is_open", { at: "1999-12-24T10:00" })).message).toMatch(/outside the supported years/);
  });

  it("every bad argument at once: a bad instant, an unknown language, an unknown argument", () => {
    const error = toolError(() => callTool(kommun, "is_open", { at: "tomorrow", language: "de", when: "now" }));
    expect(error.issues).toEqual([
      'at must be an ISO-8601 date or time (e.g. "2026-12-24T10:00" or "2026-12-24T10:00+01:00"), got "tomorrow"',
      'language must be "sv" or "en", got "de"',
      'unknown argument "when" (arguments: at, language, unit)',
    ]);
    expect(error.message).toBe(`invalid arguments for is_open: ${error.issues.join("; ")}`);
  });

  it("days outside 1–366 or not a whole number", () => {
    for (const days of [0, 367, 2.5, "14"]) {
      expect(toolError(() => callTool(kommun, "deviations", { days })).message).toMatch(/days must be a whole number 1–366/);
    }
  });

  it("arguments that are not an object, or not JSON", () => {
    expect(toolError(() => callTool(kommun, "week", [1, 2])).message).toMatch(/the arguments must be an object, got an array/);
    expect(toolError(() => callTool(kommun, "week", "{date:")).message).toMatch(/not valid JSON/);
  });
});

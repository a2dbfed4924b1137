// The chat tools over all units of one config (SPEC §9): a `units` tool, a `unit` argument
// on every tool (id or name, through findUnit), and descriptions naming the organisation
// and its units. Hours from examples/organization.json and the almanac: Wednesday
// 2026-12-23 is a day before eve (library 10–14, kommunhus 08–12), Thursday the 24th julafton.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { callTool, createOrganization, createSchedule, presets, toolDefinitions, ToolError, type OrganizationConfig } from "../src/index";

const exempla = createOrganization(JSON.parse(readFileSync(new URL("../examples/organization.json", import.meta.url), "utf8")) as OrganizationConfig);
const kommun = createOrganization(presets.arjeplogKommun);

function toolError(run: () => unknown): ToolError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ToolError);
    return error as ToolError;
  }
  throw new Error("expected a ToolError");
}

describe("the unit argument", () => {
  it("answers for the unit named by id or by name, and says which unit answered", () => {
    const byId = callTool(exempla, "is_open", { unit: "biblioteket", at: "2026-12-23T13:00" });
    expect(byId).toMatchObject({ open: true, nextClosing: "2026-12-23T14:00:00+01:00", unit: { id: "biblioteket", name: "Exempla bibliotek" } });
    for (const unit of ["Biblioteket", "stadsbiblioteket", "Exempla bibliotek"]) {
      expect(callTool(exempla, "is_open", { unit, at: "2026-12-23T13:00" }), unit).toEqual(byId);
    }
    expect(callTool(exempla, "hours_on", { unit: "återvinningen", date: "2026-04-01" })).toMatchObject({
      hours: "07.00–19.00",
      rule: { kind: "period", label: "Sommarsäsong 1 april–31 oktober" },
      unit: { id: "atervinningscentralen" },
    });
    expect(callTool(exempla, "next_opening", { unit: "jouren", at: "2026-12-24T03:00" })).toMatchObject({ nextOpening: "2026-12-24T08:00:00+01:00" });
  });

  it("every tool takes it: week, deviations and contacts of a unit", () => {
    const week = callTool(exempla, "week", { unit: "kommunhuset", date: "2026-12-23" });
    expect(week.days.map((day) => day.hours)).toEqual([
      "08.00–12.00 och 13.00–16.00",
      "08.00–12.00 och 13.00–16.00",
      "08.00–12.00",
      "stängt",
      "stängt",
      "stängt",
      "stängt",
    ]);
    expect(callTool(exempla, "deviations", { unit: "socialjouren", from: "2026-12-01", days: 31 }).deviations.map((day) => [day.date, day.hours])).toEqual([
      ["2026-12-24", "08.00–01.30"],
      ["2026-12-31", "08.00–01.30"],
    ]);
    const contacts = callTool(exempla, "contacts", { unit: "kommunhuset", at: "2026-12-23T14:00" });
    expect(contacts.organization).toBe("Exempla kommun");
    expect(contacts.contacts.map((c) => [c.id, c.reachable])).toEqual([
      ["medborgarservice", true],
      ["vaxel", false],
    ]);
    expect(callTool(exempla, "contacts", { unit: "atervinningscentralen" }).contacts).toEqual([]);
  });

  it("an unclear or unknown name is a ToolError listing the candidates", () => {
    const unclear = toolError(() => callTool(exempla, "is_open", { unit: "Exempla" }));
    expect(unclear.message).toBe('is_open: unclear unit "Exempla": it could be kommunhuset (Kommunhuset) or biblioteket (Exempla bibliotek); give one of these ids');
    expect(unclear.issues).toEqual([`unit: ${unclear.message.slice("is_open: ".length)}`]);
    const unknown = toolError(() => callTool(exempla, "hours_on", { unit: "simhallen", date: "2026-12-24" }));
    expect(unknown.message).toMatch(/^hours_on: unknown unit "simhallen"; the units are kommunhuset \(Kommunhuset\), biblioteket/);
    expect(toolError(() => callTool(exempla, "is_open", { unit: "" })).message).toMatch(/unit must not be empty/);
    expect(toolError(() => callTool(exempla, "is_open", { unit: 7 })).message).toMatch(/unit must be a unit's id or name, got number 7/);
  });

  it("without a unit, an organisation of several units and no own hours asks for one", () => {
    const error = toolError(() => callTool(exempla, "is_open", {}));
    expect(error.message).toBe(
      "is_open: Exempla kommun has 4 units and no opening hours of its own: give unit, one of kommunhuset (Kommunhuset), biblioteket (Exempla bibliotek), socialjouren (Socialjouren), atervinningscentralen (Återvinningscentralen)",
    );
  });

  it("a default unit for calls without one (oppettider mcp --unit)", () => {
    expect(callTool(exempla, "is_open", { at: "2026-12-23T13:00" }, { unit: "biblioteket" })).toMatchObject({ unit: { id: "biblioteket" }, open: true });
    expect(callTool(exempla, "is_open", { at: "2026-12-23T13:00", unit: "kommunhuset" }, { unit: "biblioteket" })).toMatchObject({ unit: { id: "kommunhuset" }, open: false });
  });

  it("one-place organisations answer as before, without a unit field", () => {
    const result = callTool(kommun, "is_open", { at: "2026-12-24T10:00" });
    expect(result).not.toHaveProperty("unit");
    expect(callTool(kommun, "is_open", { at: "2026-12-24T10:00", unit: "arjeplogs-kommun" })).toEqual(result);
    expect(callTool(kommun, "is_open", { at: "2026-12-24T10:00", unit: "Arjeplogs kommun" })).toEqual(result);
  });

  it("a schedule alone has no units", () => {
    const schedule = createSchedule(presets.arjeplog);
    expect(toolError(() => callTool(schedule, "is_open", { unit: "biblioteket" })).message).toBe("is_open: this is the opening hours of one place, without units; leave out unit");
    expect(toolError(() => callTool(schedule, "units", {})).message).toBe("units: this schedule is the opening hours of one place; it has no units");
  });
});

describe("the units tool", () => {
  it("lists every unit with its status", () => {
    const result = callTool(exempla, "units", { at: "2026-12-23T11:00" });
    expect(result.organization).toBe("Exempla kommun");
    expect(result.at).toBe("2026-12-23T11:00:00+01:00");
    expect(result.units.map((u) => [u.id, u.open, u.text])).toEqual([
      ["kommunhuset", true, "Öppet · stänger 12.00"],
      ["biblioteket", true, "Öppet · stänger 14.00"],
      ["socialjouren", false, "Stängt · öppnar 16.30"],
      ["atervinningscentralen", false, "Stängt · öppnar tisdag 29 december 12.00"],
    ]);
    expect(result.units[1]).toMatchObject({ name: "Exempla bibliotek", aliases: ["Biblioteket", "Stadsbiblioteket"], address: "Torget 3, 999 31 Exempla" });
    expect(result.text.split("\n")[0]).toBe("Kommunhuset (kommunhuset): Öppet · stänger 12.00");
    expect(toolError(() => callTool(exempla, "units", { unit: "biblioteket" })).message).toMatch(/unknown argument "unit" \(arguments: at, language\)/);
  });
});

describe("descriptions name the organisation and its units", () => {
  it("for an organisation of several units: every unit's id and name, and what happens without unit", () => {
    const definitions = toolDefinitions(exempla);
    expect(definitions.map((d) => d.name)).toEqual(["is_open", "next_opening", "hours_on", "week", "deviations", "contacts", "units"]);
    for (const definition of definitions) {
      expect(definition.description, definition.name).toContain("Organisation: Exempla kommun.");
      expect(definition.description, definition.name).toContain("biblioteket (Exempla bibliotek; also Biblioteket, Stadsbiblioteket)");
      expect(definition.description, definition.name).toContain("Without unit there is no answer");
    }
    expect((definitions[0]!.input_schema.properties as Record<string, { description: string }>).unit!.description).toMatch(/its id, or its name as a person writes it/);
  });

  it("for a one-place organisation: its name", () => {
    for (const definition of toolDefinitions(kommun)) expect(definition.description).toMatch(/Organisation: Arjeplogs kommun\.$/);
  });
});

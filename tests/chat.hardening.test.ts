/*
 * The chat tools against hostile or odd arguments (#13 item 9's callTool part) and the
 * rough edges of #9 item 5: a date alone, one `days` limit, clear messages.
 * Almanac: Julafton 2026 is Thursday 24 December; 23 December is a day before an eve
 * (Arjeplog: 08.00–12.00).
 */
import { describe, expect, it } from "vitest";
import { CHAT_TOOLS, callTool, createOrganization, createSchedule, MAX_DEVIATION_DAYS, presets, ToolError } from "../src/index";
import { MAX_DEVIATION_DAYS as LIMIT } from "../src/validation/limits";

const kommun = createOrganization(presets.arjeplogKommun);

function toolError(call: () => unknown): ToolError {
  try {
    call();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(ToolError);
    return error as ToolError;
  }
  return expect.fail("expected a ToolError");
}

describe("hostile arguments are ToolErrors with short messages", () => {
  it("a 5,000-deep nested array, as an object or as JSON text", () => {
    let deep: unknown = [];
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(toolError(() => callTool(kommun, "is_open", { at: deep })).message).toBe("invalid arguments for is_open: at[0][0][0][0][0][0][0]: nested deeper than 8 levels");
    expect(toolError(() => callTool(kommun, "is_open", deep)).message).toMatch(/the arguments must be an object, got an array/);
    const text = `{"at":${"[".repeat(4000)}${"]".repeat(4000)}}`;
    expect(toolError(() => callTool(kommun, "is_open", text)).message).toMatch(/nested deeper than 8 levels$/);
    expect(toolError(() => callTool(kommun, "is_open", `{"at":${"[".repeat(6000)}${"]".repeat(6000)}}`)).message).toBe(
      "invalid arguments for is_open: 12007 characters of JSON; at most 10000",
    );
  });

  it("odd values: a Map, a BigInt, a Symbol, a long text, a long unknown tool name", () => {
    expect(toolError(() => callTool(kommun, "is_open", new Map([["at", "2026-12-24"]]))).message).toMatch(/must be an object like \{ "date": "2026-12-24" \}, got a Map$/);
    expect(toolError(() => callTool(kommun, "is_open", { at: 10n })).message).toMatch(/^invalid arguments for is_open: at: expected a JSON value .*, got a bigint \(10n\)$/);
    expect(toolError(() => callTool(kommun, "is_open", { at: Symbol("x") })).message).toMatch(/got a symbol$/);
    const long = toolError(() => callTool(kommun, "is_open", { at: "x".repeat(5000) }));
    expect(long.message.length).toBeLessThan(300);
    const unknown = toolError(() => callTool(kommun, "y".repeat(100_000), {}));
    expect(unknown.message.length).toBeLessThan(300);
    expect(unknown.tool.length).toBeLessThanOrEqual(64);
  });

  it("no message carries a stray 'at at' or a raw zod dump", () => {
    for (const args of [{ at: "2026-13-01" }, { at: 5 }, { at: "2026-12-24T10:00+25:00" }, { wat: 1 }, "[1]", "{"]) {
      const { message } = toolError(() => callTool(kommun, "is_open", args));
      expect(message).not.toMatch(/\bat at\b/);
      expect(message).not.toMatch(/"code":|invalid_type/);
    }
  });

  it("a bad target is a TypeError that says what a target is", () => {
    expect(() => callTool(null as never, "is_open", {})).toThrow(/callTool: the target must be an organisation \(createOrganization\) or a schedule \(createSchedule\), got null/);
  });
});

describe("is_open with a date alone answers for that day", () => {
  it("Julafton: closed all day, with the reason", () => {
    const result = callTool(kommun, "is_open", { at: "2026-12-24" });
    expect(result).toMatchObject({
      date: "2026-12-24",
      open: false,
      text: "Torsdag 24 december 2026: stängt (julafton).",
      sentence: "Torsdag 24 december 2026 har vi stängt (julafton).",
      rule: { kind: "workFreeEve", label: "Julafton" },
      nextOpening: "2026-12-28T08:00:00+01:00",
    });
  });

  it("the day before: open that day (08.00–12.00), though closed at its midnight", () => {
    const result = callTool(kommun, "is_open", { at: "2026-12-23", language: "en" });
    expect(result).toMatchObject({ date: "2026-12-23", open: true, sentence: "On Wednesday 23 December 2026 we are open 08:00–12:00 (Day before a holiday eve)." });
  });

  it("a moment keeps its meaning (no date field)", () => {
    const result = callTool(kommun, "is_open", { at: "2026-12-23T07:00" });
    expect(result.open).toBe(false);
    expect("date" in result).toBe(false);
  });

  it("the description sends whole-day questions to hours_on", () => {
    expect(CHAT_TOOLS.find((tool) => tool.name === "is_open")!.description).toMatch(/whole day .* prefer hours_on; given a date alone/);
  });
});

describe("one `days` limit for the chat tools, the MCP server and the CLI", () => {
  it(`is ${LIMIT} days everywhere`, () => {
    expect(MAX_DEVIATION_DAYS).toBe(LIMIT);
    expect(toolError(() => callTool(kommun, "deviations", { days: LIMIT + 1 })).message).toBe(
      `invalid arguments for deviations: days must be a whole number 1–${LIMIT}, got number ${LIMIT + 1}`,
    );
    expect(callTool(kommun, "deviations", { from: "2026-01-01", days: LIMIT }).to).toBe("2027-01-01");
  });
});

describe("no error echoes a long input", () => {
  it("an unknown contact id, a malformed date and an unknown zone are quoted in a few dozen characters", () => {
    const long = "z".repeat(1_000_000);
    for (const call of [() => kommun.contact(long), () => kommun.hours.day(long), () => createSchedule({ timeZone: long.slice(0, 999) })]) {
      try {
        call();
        expect.fail("expected an error");
      } catch (error) {
        expect((error as Error).message.length).toBeLessThan(400);
      }
    }
  });
});

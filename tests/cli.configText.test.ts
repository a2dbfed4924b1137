// The JSON text of a config, however it was read (the CLI's reader, or serve's watcher on an
// edit): a byte-order mark is fine, a syntax error has its line and column, and a text over
// the 1 MB limit is refused before it is parsed.
import { describe, expect, it } from "vitest";
import { parseConfigText } from "../src/cli/readConfigFile";
import { MAX_CONFIG_BYTES } from "../src/validation/limits";

describe("parseConfigText", () => {
  it("reads JSON with or without a byte-order mark", () => {
    expect(parseConfigText('\uFEFF{ "weekly": {} }', "x.json")).toEqual({ weekly: {} });
    expect(parseConfigText('{ "weekly": {} }', "x.json")).toEqual({ weekly: {} });
  });

  it("says where the syntax is wrong", () => {
    expect(() => parseConfigText('{\n  "weekly": }', "x.json")).toThrow(/^x\.json is not valid JSON: line 2, column 13: /);
  });

  it("refuses a text over 1 MB with its size, whatever read it", () => {
    const text = `{"name":"${"x".repeat(MAX_CONFIG_BYTES)}"}`;
    expect(() => parseConfigText(text, "big.json")).toThrow(`big.json is ${MAX_CONFIG_BYTES + 11} bytes; a config file can be at most ${MAX_CONFIG_BYTES} bytes (1 MB)`);
  });
});

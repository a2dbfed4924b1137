import { clip } from "./quote";

/*
 * JSON text as a person writes it, on any runtime: a byte-order mark is fine (Windows
 * editors write one), and a syntax error is told with its line and column, which
 * JSON.parse does not say the same way on every engine. The CLI's config reader and the
 * service's edit API both read configs through this.
 */

/**
 * Parses JSON text; `name` (a file name, "the request body") starts the message of a
 * syntax error, a `SyntaxError` with the line, the column and what is wrong there.
 *
 * @example
 * parseJsonText('\uFEFF{ "weekly": {} }', "x.json") // => { weekly: {} }
 * parseJsonText('{\n  "weekly": }', "x.json") // SyntaxError: x.json is not valid JSON: line 2, column 13: unexpected token '}'
 */
export function parseJsonText(text: string, name: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    const position = jsonErrorPosition(body, message);
    const { line, column } = lineAndColumn(body, position);
    throw new SyntaxError(`${name} is not valid JSON: line ${line}, column ${column}: ${problemOf(message, body.length === 0)}`);
  }
}

/**
 * Where JSON.parse failed: the position it names, or, for messages without one
 * ("Unexpected token '}', … is not valid JSON"), the first prefix of the text that is
 * wrong rather than only unfinished, found by bisection with JSON.parse itself.
 */
function jsonErrorPosition(text: string, message: string): number {
  const named = /at position (\d+)/.exec(message);
  if (named) return Number(named[1]);
  let good = 0; // a prefix that is at worst unfinished
  let bad = text.length; // a prefix that is wrong
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (isWrongPrefix(text.slice(0, middle))) bad = middle;
    else good = middle;
  }
  return bad - 1;
}

function isWrongPrefix(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = (error as Error).message;
    if (message.startsWith("Unexpected end of JSON input")) return false;
    const named = /at position (\d+)/.exec(message);
    return named ? Number(named[1]) < prefix.length : true;
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(position, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** V8's message without its position and its copy of the text: "Expected ',' or '}' after property value". */
function problemOf(message: string, empty: boolean): string {
  if (empty) return "the file is empty";
  const text = message
    .replace(/ in JSON at position \d+.*$/s, "")
    .replace(/, ".*" is not valid JSON$/s, "")
    .replace(/ is not valid JSON$/s, "");
  return clip(text.charAt(0).toLowerCase() + text.slice(1), 120);
}

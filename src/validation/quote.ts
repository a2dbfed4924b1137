import { MAX_QUOTED_LENGTH } from "./limits";

/**
 * A text quoted for an error message (JSON string syntax), cut to a few dozen characters
 * with "…" and its length, so that an error never echoes a long input back.
 *
 * @example
 * quote("08:00-12:00") // => '"08:00-12:00"'
 * quote("x".repeat(5000)) // => '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (5000 characters)'
 */
export function quote(text: string, max = MAX_QUOTED_LENGTH): string {
  if (text.length <= max) return JSON.stringify(text);
  const cut = Math.max(1, max - 10);
  // Do not split a surrogate pair.
  const end = isHighSurrogate(text.charCodeAt(cut - 1)) ? cut - 1 : cut;
  return `${JSON.stringify(`${text.slice(0, end)}…`)} (${text.length} characters)`;
}

/**
 * Cuts every long JSON-quoted string inside a message (`"…"` literals, as the schemas
 * quote the inputs they complain about) down with {@link quote}.
 *
 * @example
 * clipQuotedInputs(`"${"x".repeat(500)}" is not a time range`) // => '"xxxxx…" (500 characters) is not a time range'
 */
export function clipQuotedInputs(message: string, max = MAX_QUOTED_LENGTH): string {
  if (message.length <= max) return message;
  return message.replace(/"(?:[^"\\]|\\.)*"/g, (literal) => {
    if (literal.length <= max + 2) return literal;
    let text: string;
    try {
      text = JSON.parse(literal) as string;
    } catch {
      text = literal.slice(1, -1);
    }
    return quote(text, max);
  });
}

/**
 * Cuts a text to at most `max` characters, ending in "…".
 *
 * @example
 * clip("abcdef", 4) // => "abc…"
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = isHighSurrogate(text.charCodeAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

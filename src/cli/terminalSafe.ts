/**
 * Characters that must not reach a terminal raw: C0 controls but newline and tab (ESC
 * starts the sequences that retitle, recolour or clear a terminal; CR overwrites a line),
 * DEL, C1 controls (U+0080–U+009F; U+009B is a one-byte CSI), and the invisible bidi
 * controls that make text read differently from what it is.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text made safe for a terminal: every unsafe character is written as a visible `\uXXXX`
 * escape. Inside JSON output the same escape is valid JSON for the same character, so
 * `--json` stays exact.
 *
 * @example
 * terminalSafe("Stängt\u001b]0;hacked\u0007") // => "Stängt\\u001b]0;hacked\\u0007"
 * terminalSafe("Öppet · stänger 12.00\n") // => "Öppet · stänger 12.00\n"
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The text layer of iCalendar (RFC 5545 §3.1, §3.3): escaping TEXT values, folding content
 * lines at 75 octets, and writing dates, date-times and UTC offsets.
 *
 * "Local milliseconds" are a wall-clock time written as if it were UTC, as in `zone/zone.ts`:
 * `daysFromCivil(y, m, d) * 86_400_000 + minutes * 60_000`.
 */
import { civilFromDays, MS_PER_DAY, pad2 } from "../calendar/plainDate";

/** Octets of a content line before it must be folded (RFC 5545 §3.1). */
const MAX_LINE_OCTETS = 75;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash,
 * a line break becomes `\n`. Other control characters, which TEXT may not hold, are dropped
 * (a tab stays).
 *
 * @example
 * escapeText("Stängt; inventering, lager\\hylla") // => "Stängt\\; inventering\\, lager\\\\hylla"
 * escapeText("rad 1\nrad 2") // => "rad 1\\nrad 2"
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/**
 * Folds a content line longer than 75 octets (RFC 5545 §3.1): CRLF and a space before each
 * continuation, never inside a UTF-8 character. The line is measured in UTF-8 octets, so
 * "åäö" count two each.
 *
 * @example
 * foldLine("SUMMARY:" + "x".repeat(80))
 * // => "SUMMARY:xxx…x" (75 octets) + "\r\n " + "xxxxxxxxxxxxx"
 */
export function foldLine(line: string): string {
  if (utf8Length(line) <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // The first line holds 75 octets; a continuation 74 after its leading space.
    if (octets + size > (parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/**
 * Content lines as an iCalendar stream: each folded, each ending in CRLF.
 *
 * @example
 * joinContentLines(["BEGIN:VCALENDAR", "END:VCALENDAR"]) // => "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
 */
export function joinContentLines(lines: readonly string[]): string {
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/**
 * A DATE value (`YYYYMMDD`) of a day number.
 *
 * @example
 * icalDate(20811) // => "20261224"
 */
export function icalDate(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${String(year).padStart(4, "0")}${pad2(month)}${pad2(day)}`;
}

/**
 * A DATE-TIME value without zone (`YYYYMMDDTHHMMSS`) of local milliseconds; the caller adds
 * `TZID=` or reads it as local time of a VTIMEZONE.
 *
 * @example
 * icalLocalDateTime(20810 * 86_400_000 + 8 * 3_600_000) // => "20261223T080000"
 */
export function icalLocalDateTime(localMs: number): string {
  const dayNumber = Math.floor(localMs / MS_PER_DAY);
  const seconds = Math.floor((localMs - dayNumber * MS_PER_DAY) / 1000);
  const time = `${pad2(Math.floor(seconds / 3600))}${pad2(Math.floor(seconds / 60) % 60)}${pad2(seconds % 60)}`;
  return `${icalDate(dayNumber)}T${time}`;
}

/**
 * A UTC DATE-TIME value (`YYYYMMDDTHHMMSSZ`) of an instant.
 *
 * @example
 * icalUtcDateTime(Date.UTC(2026, 11, 23, 7)) // => "20261223T070000Z"
 */
export function icalUtcDateTime(epochMs: number): string {
  return `${icalLocalDateTime(epochMs)}Z`;
}

/**
 * A UTC-OFFSET value (`+HHMM`, `-HHMM`) of an offset in minutes.
 *
 * @example
 * icalUtcOffset(60) // => "+0100"
 * icalUtcOffset(-210) // => "-0330"
 */
export function icalUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
}

/** Octets of a string in UTF-8, without allocating. */
function utf8Length(text: string): number {
  let octets = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return octets;
}

/*
 * Contact lines in an hours block: "Växel: 0961 - 140 00", "kommun@arjeplog.se",
 * "Telefonnummer 054-540 50 54, 054-540 54 14." They are not hours; the reader collects
 * them apart from the schedule, so none is dropped.
 */

/** A contact the text gives: a phone number, an e-mail address or a web address. */
export interface ContactLine {
  /** 1-based line number in the text. */
  readonly line: number;
  /** The line as written. */
  readonly text: string;
  readonly kind: "phone" | "email" | "web";
  /** The number or address as written: "0961 - 140 00", "kommun@arjeplog.se". */
  readonly value: string;
  /** The words before it, without the colon: "Växel", "Tel"; null when none. */
  readonly label: string | null;
}

const EMAIL = /^[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u;
const WEB = /^(?:https?:\/\/|www\.)\S+$/i;
// A Swedish number: 0 or +46 first, then digits in groups with spaces or hyphens, 7–13 digits in all.
const PHONE = /^(?:\+46|0)[\d\s\-()]*\d$/;
const MAYBE_CONTACT = /@|https?:\/\/|www\.|\d[\d\s\-()]{5,}\d/i;
// "0800-1600" could be a phone number or the hours 08.00–16.00.
const CLOCK_PAIR = /^([01]\d|2[0-3])[0-5]\d\s*-\s*([01]\d|2[0-4])[0-5]\d$/;

/**
 * The contacts on a line that holds nothing but contacts (and a short label), or null.
 * A line that could be a phone number or hours ("0800-1600") gives `"ambiguous"`.
 *
 * @example
 * readContactLine("Växel: 0961 - 140 00", 20)
 * // => [{ line: 20, text: "Växel: 0961 - 140 00", kind: "phone", value: "0961 - 140 00", label: "Växel" }]
 * readContactLine("Måndag 08.00-12.00", 3) // => null
 */
export function readContactLine(text: string, line: number): ContactLine[] | "ambiguous" | null {
  // Most lines have no e-mail, web address or long run of digits: no contact to look for.
  if (!MAYBE_CONTACT.test(text)) return null;
  const trimmed = text.trim().replace(/[.;]$/, "");
  // The label: words before a colon, or words before the first contact ("Telefonnummer 054-…").
  const colon = /^([\p{L}][\p{L}\s/-]{0,40}):\s*(.+)$/u.exec(trimmed);
  let label = colon ? colon[1]!.trim() : null;
  let rest = colon ? colon[2]! : trimmed;
  if (!colon) {
    const firstContact = rest.search(/(?:\+46|\b0)\d|[\p{L}\d._%+-]+@|https?:\/\/|www\./u);
    if (firstContact > 0) {
      const before = rest.slice(0, firstContact).trim();
      if (!/^[\p{L}][\p{L}\s/-]{0,40}$/u.test(before)) return null;
      label = before;
      rest = rest.slice(firstContact);
    }
  }
  const parts = rest
    .split(/\s*(?:,|;|\beller\b|\boch\b)\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0) return null;
  if (parts.some((part) => CLOCK_PAIR.test(part))) return "ambiguous";
  const contacts: ContactLine[] = [];
  for (const part of parts) {
    const kind = EMAIL.test(part) ? "email" : WEB.test(part) ? "web" : isPhone(part) ? "phone" : null;
    if (!kind) return null;
    contacts.push({ line, text, kind, value: part, label });
  }
  return contacts;
}

function isPhone(text: string): boolean {
  if (!PHONE.test(text)) return false;
  const digits = text.replace(/\D/g, "").length;
  return digits >= 7 && digits <= 13;
}


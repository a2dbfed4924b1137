import type { ContactPoint } from "./createOrganization";

/**
 * A contact as a vCard 4.0 (RFC 6350), for "save to contacts" links.
 * A contact with a person is an individual card (FN = the person, TITLE, ORG); one
 * without is the organisation's card for that service (FN = "Växel, Arjeplogs kommun").
 * Lines end in CRLF and are folded at 75 octets, as the RFC asks.
 *
 * @example
 * toVCard(createOrganization(presets.arjeplogKommun).contact("kommunikator"))
 * // BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nFN:Martin Stråmo\r\nORG:Arjeplogs kommun\r\n
 * // TITLE:Kommunikatör\r\nTEL;VALUE=uri;TYPE=work,cell:tel:+46702065298\r\nEND:VCARD\r\n
 */
export function toVCard(contact: ContactPoint): string {
  const lines = ["BEGIN:VCARD", "VERSION:4.0"];
  if (contact.person) {
    lines.push("KIND:individual", `FN:${escapeText(contact.person.name)}`, `ORG:${escapeComponent(contact.organization)}`);
    if (contact.person.title) lines.push(`TITLE:${escapeText(contact.person.title)}`);
  } else {
    lines.push("KIND:org", `FN:${escapeText(`${contact.name}, ${contact.organization}`)}`);
    lines.push(`ORG:${escapeComponent(contact.organization)};${escapeComponent(contact.name)}`);
  }
  if (contact.role) lines.push(`ROLE:${escapeText(contact.role)}`);
  for (const phone of contact.phones) lines.push(`TEL;VALUE=uri;TYPE=work,${phone.type}:${phone.uri}`);
  for (const email of contact.emails) lines.push(`EMAIL;TYPE=work:${escapeText(email.address)}`);
  if (contact.web) lines.push(`URL:${contact.web}`);
  lines.push("END:VCARD");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** Escapes a text value (RFC 6350 §3.3, §3.4): backslash, comma and newlines; a semicolon stays as it is. */
function escapeText(text: string): string {
  return text.replace(/[\\,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** Escapes one component of a structured value such as ORG, where a semicolon separates components. */
function escapeComponent(text: string): string {
  return escapeText(text).replace(/;/g, "\\;");
}

/** Folds a content line longer than 75 octets, never inside a UTF-8 character (RFC 6350 §3.2). */
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
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

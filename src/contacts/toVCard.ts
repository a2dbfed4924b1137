import { joinContentLines } from "../exports/icalText";
import type { ContactPoint } from "./contactPoint";

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
    lines.push("KIND:individual", `FN:${escapeVCardText(contact.person.name)}`, `ORG:${escapeComponent(contact.organization)}`);
    if (contact.person.title) lines.push(`TITLE:${escapeVCardText(contact.person.title)}`);
  } else {
    lines.push("KIND:org", `FN:${escapeVCardText(`${contact.name}, ${contact.organization}`)}`);
    lines.push(`ORG:${escapeComponent(contact.organization)};${escapeComponent(contact.name)}`);
  }
  if (contact.role) lines.push(`ROLE:${escapeVCardText(contact.role)}`);
  for (const phone of contact.phones) lines.push(`TEL;VALUE=uri;TYPE=work,${phone.type}:${phone.uri}`);
  for (const email of contact.emails) lines.push(`EMAIL;TYPE=work:${escapeVCardText(email.address)}`);
  if (contact.web) lines.push(`URL:${contact.web}`);
  lines.push("END:VCARD");
  return joinContentLines(lines);
}

/** Escapes a text value (RFC 6350 §3.3, §3.4): backslash, comma and newlines; a semicolon stays as it is. */
function escapeVCardText(text: string): string {
  return text.replace(/[\\,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** Escapes one component of a structured value such as ORG, where a semicolon separates components. */
function escapeComponent(text: string): string {
  return escapeVCardText(text).replace(/;/g, "\\;");
}

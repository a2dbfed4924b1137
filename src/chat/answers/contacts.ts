import type { ContactPoint } from "../../contacts/contactPoint";
import type { Place } from "../../contacts/place";
import type { Language } from "../../schedule/rules";
import { reachabilityText } from "../../texts/reachabilityText";
import { isoInZone, parseChatInstant } from "../../zone/isoInstant";
import { contactCard, type ContactCard } from "../contactCard";
import type { ChatToolArgs } from "../tools";

/* The `contacts` tool: a place's contacts and whether each can be reached. */

/**
 * One contact and whether it can be reached.
 *
 * @example
 * callTool(kommun, "contacts", { at: "2026-12-23T14:00" }).contacts[0].text
 * // => "Medborgarservice (0961-144 44, kommun@arjeplog.se): nås nu, till 16.00"
 */
export interface ContactResult extends ContactCard {
  readonly reachable: boolean;
  /** `at` itself when reachable then, else when it is reachable next; null beyond a year. */
  readonly nextReachable: string | null;
  /** `Medborgarservice (0961-144 44, kommun@arjeplog.se): nås nu, till 16.00` */
  readonly text: string;
}

/**
 * `contacts`: every contact of the organisation at a moment.
 *
 * @example
 * callTool(kommun, "contacts", { at: "2026-12-23T14:00" }).contacts.filter((c) => c.reachable).map((c) => c.id)
 * // => ["medborgarservice"]
 */
export interface ContactsResult {
  readonly at: string;
  readonly timeZone: string;
  readonly organization: string;
  readonly contacts: readonly ContactResult[];
  /** One line a contact. */
  readonly text: string;
}

/**
 * Answers `contacts` for a place: each contact at `at` (default: now), reachable or not, and when next.
 *
 * @example
 * contacts(kommun, kommun.name, { at: "2026-12-23T14:00", language: "sv" }, () => new Date()).contacts[0].reachable // => true
 */
export function contacts(place: Place, organizationName: string, args: ChatToolArgs["contacts"], now: () => Date): ContactsResult {
  const { language } = args;
  const timeZone = place.timeZone;
  const at = args.at === undefined ? now() : parseChatInstant(args.at, timeZone, "at", now().getTime());
  const list = place.contacts.map((contact) => contactResult(contact, at, language));
  return {
    at: isoInZone(at, timeZone)!,
    timeZone,
    organization: organizationName,
    contacts: list,
    text: list.map((contact) => contact.text).join("\n"),
  };
}

function contactResult(contact: ContactPoint, at: Date, language: Language): ContactResult {
  const zone = contact.hours.timeZone;
  const reachable = contact.isReachable(at);
  const next = contact.nextReachable(at);
  const reach = reachabilityText(contact, at, language);
  const who = contact.person ? `${contact.name}, ${contact.person.name}` : contact.name;
  const ways = [...contact.phones.map((phone) => phone.display), ...contact.emails.map((email) => email.address)];
  return {
    ...contactCard(contact),
    reachable,
    nextReachable: isoInZone(next, zone),
    text: `${who}${ways.length > 0 ? ` (${ways.join(", ")})` : ""}: ${reach}`,
  };
}

import { createOrganization } from "../contacts/createOrganization";
import { parsePhone, type Phone, type PhoneType } from "../contacts/phone";
import type { OrganizationConfig } from "../contacts/schema";
import { toVCard } from "../contacts/toVCard";
import { createSchedule, type Schedule } from "../schedule/createSchedule";
import type { Language } from "../schedule/rules";
import { reachabilityText } from "../texts/reachabilityText";
import type { ScheduleConfig } from "../schedule/schema";
import { isPlainObject } from "../validation/checkConfigShape";
import { ConfigError } from "../validation/configError";
import type { LoadedSource } from "./loadSource";
import { loadPhoneSupport } from "./phoneSupport";

/** A contact as the elements show it. */
export interface PlaceContact {
  readonly id: string;
  /** The name a person reads: the person's name, else the contact point's ("Medborgarservice"). */
  readonly title: string;
  /** The person's title or the role, when it says more than the name. */
  readonly role: string | null;
  readonly phones: readonly Pick<Phone, "display" | "uri" | "type">[];
  readonly emails: readonly { readonly address: string; readonly uri: string }[];
  /** The contact as a vCard, for "Spara kontakt". */
  readonly vCard: string | null;
  /** Whether it answers at an instant; null when not known (the service's last answer is out of date). */
  reachableAt(now: number): boolean | null;
  /** "nås nu, till 16.00", "nås måndag 28 december kl. 08.00"; null when not known. */
  reachText(now: number, language: Language): string | null;
  /** When it answers next (now when it answers now); null when never or not known. */
  nextReachable(now: number): number | null;
  /** The next instant its answer changes; null when none is known. */
  nextChange(now: number): number | null;
  /** Whether the answer came from the service and is out of date (read it again). */
  stale(now: number): boolean;
}

/** What the elements show: one place's hours, and its contacts when asked for. */
export interface Place {
  readonly name: string | null;
  readonly hours: Schedule;
  readonly contacts: readonly PlaceContact[];
}

/** The keys of an organisation config that a unit may also have. */
const PLACE_KEYS = ["name", "timeZone", "calendar", "hours", "web", "visitingAddress", "postalAddress", "contacts"] as const;


/**
 * Builds the place an element shows from the JSON it read: a schedule config (hours
 * only), an organisation config (`name` and `hours`, optional `contacts`, optional
 * `units`), or a unit's config from the service. `unit` picks one of an organisation's
 * `units` by id. Contacts (and, in the one-file build, the phone metadata) are built only
 * `withContacts`. Throws `ConfigError` (every problem with its path) or `RangeError`.
 *
 * @example
 * const place = await buildPlace({ config: presets.arjeplogKommun, contacts: null, savedAt: null }, { withContacts: true });
 * place.contacts[0].title // => "Medborgarservice"
 */
export async function buildPlace(source: LoadedSource, options: { unit?: string | null; withContacts: boolean }): Promise<Place> {
  const config = pickUnit(source.config, options.unit ?? null);
  if (!isPlainObject(config) || !("name" in config) || !("hours" in config)) {
    // A schedule config: validated (and its problems listed) by createSchedule.
    const hours = createSchedule(config as ScheduleConfig);
    return { name: null, hours, contacts: options.withContacts && source.contacts !== null ? await serviceContacts(source.contacts, hours, null) : [] };
  }
  const placeConfig = Object.fromEntries(PLACE_KEYS.filter((key) => key in config).map((key) => [key, config[key]])) as unknown as OrganizationConfig;
  if (!options.withContacts || source.contacts !== null) {
    // The hours alone (the organisation's zone and calendar passed down); the service's contacts come formatted.
    const { hours: hoursConfig, timeZone, calendar } = placeConfig;
    // `hours` is a key of the config here (checked above); createSchedule reports a bad value.
    const inherited = isPlainObject(hoursConfig)
      ? { ...(hoursConfig.timeZone === undefined && timeZone !== undefined && { timeZone }), ...(hoursConfig.calendar === undefined && calendar !== undefined && { calendar }) }
      : {};
    const hours = createSchedule(Object.keys(inherited).length > 0 ? { ...hoursConfig!, ...inherited } : hoursConfig!);
    const contacts = options.withContacts ? await serviceContacts(source.contacts, hours, placeConfig.name) : [];
    return { name: typeof placeConfig.name === "string" ? placeConfig.name : null, hours, contacts };
  }
  await loadPhoneSupport();
  const organization = createOrganization(placeConfig);
  return {
    name: organization.name,
    hours: organization.hours,
    contacts: organization.contacts.map((contact) => ({
      id: contact.id,
      title: contact.person?.name ?? contact.name,
      role: contact.person?.title ?? (contact.role !== null && contact.role !== contact.name ? contact.role : null),
      phones: contact.phones,
      emails: contact.emails,
      vCard: toVCard(contact),
      ...reachFromHours(contact.hours),
    })),
  };
}

/**
 * An organisation's unit by id, the organisation's timeZone and calendar passed down. Without `unit`:
 * the organisation itself, or its first unit when it has no hours of its own.
 */
function pickUnit(config: unknown, unit: string | null): unknown {
  if (!isPlainObject(config) || !Array.isArray(config.units)) {
    if (unit !== null && isPlainObject(config) && config.id !== undefined && config.id !== unit) throw new RangeError(`the config is for unit ${JSON.stringify(config.id)}, not ${JSON.stringify(unit)}`);
    return config;
  }
  const units = config.units.filter(isPlainObject);
  if (unit === null && config.hours !== undefined) return config;
  const found = unit === null ? units[0] : units.find((candidate) => candidate.id === unit);
  if (!found) {
    const ids = units.map((candidate) => String(candidate.id)).join(", ") || "none";
    throw new RangeError(`no unit with id ${JSON.stringify(unit)} in the config (units: ${ids})`);
  }
  return { timeZone: config.timeZone, calendar: config.calendar, ...found };
}

/**
 * Contacts as the service gives them (`GET /v1/units/:id/contacts`): phones already
 * formatted (`{ display, uri, type }`) need no phone metadata; plain strings are parsed.
 * A contact's own `hours` (a schedule config) are computed locally, and so is `hours: null`
 * (it follows the unit's hours), as `oppettider serve` gives them. Without the field (another
 * service), its reachability is the service's answer (`reachable`, `until`, `nextReachable`),
 * good until the next change it names; then the element asks again, and while the service
 * is down it says nothing rather than guess.
 */
async function serviceContacts(answer: unknown, unitHours: Schedule, organization: string | null): Promise<PlaceContact[]> {
  const list = Array.isArray(answer) ? answer : isPlainObject(answer) && Array.isArray(answer.contacts) ? answer.contacts : null;
  if (list === null) throw new ConfigError("contacts", [{ path: "", message: "the service's contacts answer has no contacts list" }]);
  const timeZone = isPlainObject(answer) && typeof answer.timeZone === "string" ? answer.timeZone : unitHours.timeZone;
  const unitName = isPlainObject(answer) && isPlainObject(answer.unit) && typeof answer.unit.name === "string" ? answer.unit.name : organization;
  const needsParsing = list.some((contact) => isPlainObject(contact) && Array.isArray(contact.phones) && contact.phones.some((phone) => !isPlainObject(phone) || typeof phone.uri !== "string"));
  if (needsParsing) await loadPhoneSupport();
  return list.filter(isPlainObject).map((contact, i) => {
    const person = isPlainObject(contact.person) ? contact.person : null;
    const name = String(contact.name ?? contact.id ?? `contact ${i + 1}`);
    const phones = (Array.isArray(contact.phones) ? contact.phones : []).map((phone, j) => servicePhone(phone, `contacts[${i}].phones[${j}]`));
    const emails = (Array.isArray(contact.emails) ? contact.emails : []).map((email) =>
      isPlainObject(email) ? { address: String(email.address), uri: String(email.uri ?? `mailto:${String(email.address)}`) } : { address: String(email), uri: `mailto:${String(email)}` },
    );
    const role = typeof contact.role === "string" && contact.role !== name ? contact.role : null;
    const personName = person && typeof person.name === "string" ? person.name : null;
    // The service gives a contact's own hours, or null when it follows the unit's: computed
    // here from those. Without either (another service), its answer holds until the change it names.
    const reach = isPlainObject(contact.hours)
      ? reachFromHours(createSchedule({ timeZone, ...(contact.hours as ScheduleConfig) }))
      : contact.hours === null || typeof contact.reachable !== "boolean"
        ? reachFromHours(unitHours)
        : reachFromAnswer(contact.reachable, isoMs(contact.until), isoMs(contact.nextReachable), timeZone);
    return {
      id: String(contact.id ?? i),
      title: personName ?? name,
      role: person && typeof person.title === "string" ? person.title : role,
      phones,
      emails,
      vCard:
        unitName === null
          ? null
          : toVCard({
              id: String(contact.id ?? i),
              name,
              role: typeof contact.role === "string" ? contact.role : null,
              person: personName === null ? null : { name: personName, ...(typeof person!.title === "string" && { title: person!.title }) },
              phones: phones.map((phone) => ({ ...phone, e164: phone.uri.replace(/^tel:/, ""), international: phone.display })),
              emails,
              web: typeof contact.web === "string" ? contact.web : null,
              hours: unitHours,
              ownHours: false,
              organization: unitName,
              isReachable: () => false,
              nextReachable: () => null,
            }),
      ...reach,
    };
  });
}

type Reach = Pick<PlaceContact, "reachableAt" | "reachText" | "nextReachable" | "nextChange" | "stale">;

/** Reachability computed from hours. */
function reachFromHours(hours: Schedule): Reach {
  const contact = {
    hours,
    isReachable: (at: number | Date) => hours.isOpen(at),
    nextReachable: (at: number | Date) => (hours.isOpen(at) ? new Date(at) : hours.nextOpening(at)),
  };
  return {
    reachableAt: (now) => hours.isOpen(now),
    reachText: (now, language) => reachabilityText(contact, new Date(now), language),
    nextReachable: (now) => contact.nextReachable(now)?.getTime() ?? null,
    nextChange: (now) => hours.status(now).until?.getTime() ?? null,
    stale: () => false,
  };
}

/** Reachability as the service answered it, valid until the change it names. */
function reachFromAnswer(reachable: boolean, until: number | null, next: number | null, timeZone: string): Reach {
  const validUntil = (reachable ? until : next) ?? Infinity;
  const known = (now: number) => now < validUntil;
  // The answer as a contact for reachabilityText: only what it reads in this state.
  const contact = {
    hours: { timeZone, nextClosing: () => (until === null ? null : new Date(until)) } as unknown as Schedule,
    isReachable: () => reachable,
    nextReachable: () => (next === null ? null : new Date(next)),
  };
  return {
    reachableAt: (now) => (known(now) ? reachable : null),
    reachText: (now, language) => (known(now) ? reachabilityText(contact, new Date(now), language) : null),
    nextReachable: (now) => (!known(now) ? null : reachable ? now : next),
    nextChange: (now) => (known(now) && validUntil !== Infinity ? validUntil : null),
    stale: (now) => !known(now),
  };
}

function isoMs(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

function servicePhone(phone: unknown, path: string): Pick<Phone, "display" | "uri" | "type"> {
  if (isPlainObject(phone) && typeof phone.uri === "string" && typeof phone.display === "string") {
    return { display: phone.display, uri: phone.uri, type: (typeof phone.type === "string" ? phone.type : "voice") as PhoneType };
  }
  const text = isPlainObject(phone) ? phone.number : phone;
  const parsed = parsePhone(String(text), isPlainObject(phone) && typeof phone.type === "string" ? (phone.type as PhoneType) : "voice");
  if (typeof parsed === "string") throw new ConfigError("contacts", [{ path, message: parsed }]);
  return parsed;
}

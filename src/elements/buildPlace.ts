import { createOrganization } from "../contacts/createOrganization";
import { parsePhone, type Phone, type PhoneType } from "../contacts/phone";
import type { OrganizationConfig } from "../contacts/schema";
import { toVCard } from "../contacts/toVCard";
import { createSchedule, type Schedule } from "../schedule/createSchedule";
import type { ScheduleConfig } from "../schedule/schema";
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
  /** When it can be reached: its own hours or the place's. */
  readonly hours: Schedule;
  /** The contact as a vCard, for "Spara kontakt". */
  readonly vCard: string | null;
}

/** What the elements show: one place's hours, and its contacts when asked for. */
export interface Place {
  readonly name: string | null;
  readonly hours: Schedule;
  readonly contacts: readonly PlaceContact[];
}

/** The keys of an organisation config that a unit may also have. */
const PLACE_KEYS = ["name", "timeZone", "hours", "web", "visitingAddress", "postalAddress", "contacts"] as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

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
  if (!isObject(config) || !("name" in config) || !("hours" in config)) {
    // A schedule config: validated (and its problems listed) by createSchedule.
    const hours = createSchedule(config as ScheduleConfig);
    return { name: null, hours, contacts: options.withContacts && source.contacts !== null ? await serviceContacts(source.contacts, hours, null) : [] };
  }
  const placeConfig = Object.fromEntries(PLACE_KEYS.filter((key) => key in config).map((key) => [key, config[key]])) as unknown as OrganizationConfig;
  if (!options.withContacts || source.contacts !== null) {
    // The hours alone (the organisation's zone passed down); the service's contacts come formatted.
    const { hours: hoursConfig, timeZone } = placeConfig;
    const hours = createSchedule(isObject(hoursConfig) && hoursConfig.timeZone === undefined && timeZone !== undefined ? { ...hoursConfig, timeZone } : hoursConfig);
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
      hours: contact.hours,
      vCard: toVCard(contact),
    })),
  };
}

/**
 * An organisation's unit by id, the organisation's timeZone passed down. Without `unit`:
 * the organisation itself, or its first unit when it has no hours of its own.
 */
function pickUnit(config: unknown, unit: string | null): unknown {
  if (!isObject(config) || !Array.isArray(config.units)) {
    if (unit !== null && isObject(config) && config.id !== undefined && config.id !== unit) throw new RangeError(`the config is for unit ${JSON.stringify(config.id)}, not ${JSON.stringify(unit)}`);
    return config;
  }
  const units = config.units.filter(isObject);
  if (unit === null && config.hours !== undefined) return config;
  const found = unit === null ? units[0] : units.find((candidate) => candidate.id === unit);
  if (!found) {
    const ids = units.map((candidate) => String(candidate.id)).join(", ") || "none";
    throw new RangeError(`no unit with id ${JSON.stringify(unit)} in the config (units: ${ids})`);
  }
  return { timeZone: config.timeZone, ...found };
}

/**
 * Contacts as the service gives them (`GET /v1/units/:id/contacts`): phones already
 * formatted (`{ display, uri, type }`) need no phone metadata; plain strings are parsed.
 * A contact's own `hours` (a schedule config) are used, else the unit's.
 */
async function serviceContacts(answer: unknown, unitHours: Schedule, organization: string | null): Promise<PlaceContact[]> {
  const list = Array.isArray(answer) ? answer : isObject(answer) && Array.isArray(answer.contacts) ? answer.contacts : null;
  if (list === null) throw new ConfigError("contacts", [{ path: "", message: "the service's contacts answer has no contacts list" }]);
  const needsParsing = list.some((contact) => isObject(contact) && Array.isArray(contact.phones) && contact.phones.some((phone) => !isObject(phone) || typeof phone.uri !== "string"));
  if (needsParsing) await loadPhoneSupport();
  return list.filter(isObject).map((contact, i) => {
    const person = isObject(contact.person) ? contact.person : null;
    const name = String(contact.name ?? contact.id ?? `contact ${i + 1}`);
    const phones = (Array.isArray(contact.phones) ? contact.phones : []).map((phone, j) => servicePhone(phone, `contacts[${i}].phones[${j}]`));
    const emails = (Array.isArray(contact.emails) ? contact.emails : []).map((email) =>
      isObject(email) ? { address: String(email.address), uri: String(email.uri ?? `mailto:${String(email.address)}`) } : { address: String(email), uri: `mailto:${String(email)}` },
    );
    const role = typeof contact.role === "string" && contact.role !== name ? contact.role : null;
    return {
      id: String(contact.id ?? i),
      title: person && typeof person.name === "string" ? person.name : name,
      role: person && typeof person.title === "string" ? person.title : role,
      phones,
      emails,
      hours: isObject(contact.hours) ? createSchedule({ timeZone: unitHours.timeZone, ...(contact.hours as ScheduleConfig) }) : unitHours,
      vCard:
        organization === null
          ? null
          : toVCard({
              id: String(contact.id ?? i),
              name,
              role: typeof contact.role === "string" ? contact.role : null,
              person: person && typeof person.name === "string" ? { name: person.name, ...(typeof person.title === "string" && { title: person.title }) } : null,
              phones: phones.map((phone) => ({ ...phone, e164: phone.uri.replace(/^tel:/, ""), international: phone.display })),
              emails,
              web: typeof contact.web === "string" ? contact.web : null,
              hours: unitHours,
              ownHours: false,
              organization,
              isReachable: () => false,
              nextReachable: () => null,
            }),
    };
  });
}

function servicePhone(phone: unknown, path: string): Pick<Phone, "display" | "uri" | "type"> {
  if (isObject(phone) && typeof phone.uri === "string" && typeof phone.display === "string") {
    return { display: phone.display, uri: phone.uri, type: (typeof phone.type === "string" ? phone.type : "voice") as PhoneType };
  }
  const text = isObject(phone) ? phone.number : phone;
  const parsed = parsePhone(String(text), isObject(phone) && typeof phone.type === "string" ? (phone.type as PhoneType) : "voice");
  if (typeof parsed === "string") throw new ConfigError("contacts", [{ path, message: parsed }]);
  return parsed;
}

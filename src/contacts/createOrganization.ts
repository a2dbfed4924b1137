import { createSchedule, type Schedule, type ScheduleOptions, type SearchOptions } from "../schedule/createSchedule";
import { toEpochMs, type Instant } from "../schedule/instant";
import type { ScheduleConfig } from "../schedule/schema";
import { parseWith } from "../validation/configError";
import type { DeepReadonly } from "../validation/deepReadonly";
import { inheritCalendar } from "./inheritCalendar";
import { parsePhone, type Phone } from "./phone";
import { OrganizationConfigSchema, type Address, type ContactPointConfig, type OrganizationConfig, type Person } from "./schema";

/** An e-mail address with its `mailto:` URI. */
export interface Email {
  readonly address: string;
  readonly uri: string;
}

/** A way to reach the organisation, with its hours. */
export interface ContactPoint {
  readonly id: string;
  readonly name: string;
  readonly role: string | null;
  readonly person: Readonly<Person> | null;
  readonly phones: readonly Phone[];
  readonly emails: readonly Email[];
  readonly web: string | null;
  /**
   * The contact's hours: its own (with the organisation's `dayKinds` and `namedDays` where it
   * sets none), or the organisation's visiting hours.
   */
  readonly hours: Schedule;
  /** Whether the contact has hours of its own. */
  readonly ownHours: boolean;
  /** The organisation's name. */
  readonly organization: string;
  /** Whether the contact can be reached at an instant. */
  isReachable(at: Instant): boolean;
  /** `at` itself when reachable then, else the next time it opens; null beyond the horizon. */
  nextReachable(at: Instant, options?: SearchOptions): Date | null;
}

/** An organisation: visiting hours and contact points. */
export interface Organization {
  readonly name: string;
  readonly timeZone: string;
  readonly web: string | null;
  readonly visitingAddress: Readonly<Address> | null;
  readonly postalAddress: Readonly<Address> | null;
  /** Visiting hours. */
  readonly hours: Schedule;
  readonly contacts: readonly ContactPoint[];
  /** The contact with an id; throws `RangeError` for an unknown id. */
  contact(id: string): ContactPoint;
  /** The contacts reachable at an instant, in config order. */
  reachable(at: Instant): ContactPoint[];
  /** The validated configuration. */
  readonly config: Readonly<OrganizationConfig>;
}

/**
 * Validates an organisation config and builds it. Throws `ConfigError` listing every
 * problem with its path (e.g. `contacts[1].phones[0]: "12345" is not a valid phone number`).
 *
 * @example
 * const kommun = createOrganization(presets.arjeplogKommun);
 * kommun.contact("medborgarservice").phones[0].display // => "0961-144 44"
 * kommun.reachable(new Date("2026-12-23T14:00:00+01:00")).map((c) => c.id) // => ["medborgarservice"]
 */
export function createOrganization(config: DeepReadonly<OrganizationConfig>, options: ScheduleOptions = {}): Organization {
  const valid = parseWith(OrganizationConfigSchema, config, "organization config");
  const inZone = (hours: ScheduleConfig): ScheduleConfig =>
    hours.timeZone !== undefined || valid.timeZone === undefined ? hours : { ...hours, timeZone: valid.timeZone };
  const hours = createSchedule(inZone(valid.hours), options);
  const contacts = (valid.contacts ?? []).map((contact) =>
    buildContact(contact, valid.name, contact.hours ? createSchedule(inZone(inheritCalendar(contact.hours, valid.hours)), options) : hours),
  );
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));

  return Object.freeze({
    name: valid.name,
    timeZone: hours.timeZone,
    web: valid.web ?? null,
    visitingAddress: valid.visitingAddress ?? null,
    postalAddress: valid.postalAddress ?? null,
    hours,
    contacts: Object.freeze(contacts),
    contact(id: string) {
      const contact = byId.get(id);
      if (!contact) throw new RangeError(`no contact with id ${JSON.stringify(id)} (ids: ${[...byId.keys()].join(", ") || "none"})`);
      return contact;
    },
    reachable(at: Instant) {
      const ms = toEpochMs(at);
      return contacts.filter((contact) => contact.hours.isOpen(ms));
    },
    config: valid,
  });
}

function buildContact(config: ContactPointConfig, organization: string, hours: Schedule): ContactPoint {
  // Every number passed the schema's check, so parsing gives a Phone here.
  const phones = (config.phones ?? []).map(
    (phone) => (typeof phone === "string" ? parsePhone(phone) : parsePhone(phone.number, phone.type)) as Phone,
  );
  return Object.freeze({
    id: config.id,
    name: config.name,
    role: config.role ?? null,
    person: config.person ?? null,
    phones: Object.freeze(phones),
    emails: Object.freeze((config.emails ?? []).map((address) => Object.freeze({ address, uri: `mailto:${address}` }))),
    web: config.web ?? null,
    hours,
    ownHours: config.hours !== undefined,
    organization,
    isReachable: (at: Instant) => hours.isOpen(at),
    nextReachable(at: Instant, options?: SearchOptions) {
      const ms = toEpochMs(at);
      return hours.isOpen(ms) ? new Date(ms) : hours.nextOpening(ms, options);
    },
  });
}

import type { Schedule, SearchOptions } from "../schedule/createSchedule";
import { toEpochMs, type Instant } from "../schedule/instant";
import { parsePhone, type Phone } from "./phone";
import type { ContactPointConfig, Person } from "./schema";

/*
 * A contact point of an organisation or a unit: its phones, e-mails and the hours it can be
 * reached. On its own so that places (./place.ts) and createOrganization, which builds both,
 * need not import each other.
 */

/**
 * An e-mail address with its `mailto:` URI.
 *
 * @example
 * kommun.contact("medborgarservice").emails[0] // => { address: "kommun@arjeplog.se", uri: "mailto:kommun@arjeplog.se" }
 */
export interface Email {
  readonly address: string;
  readonly uri: string;
}

/**
 * A way to reach the organisation, with its hours.
 *
 * @example
 * const desk: ContactPoint = kommun.contact("medborgarservice");
 * desk.isReachable(new Date("2026-12-23T14:00:00+01:00")) // => true
 */
export interface ContactPoint {
  readonly id: string;
  readonly name: string;
  readonly role: string | null;
  readonly person: Readonly<Person> | null;
  readonly phones: readonly Phone[];
  readonly emails: readonly Email[];
  readonly web: string | null;
  /**
   * The contact's hours: its own (with its place's `dayKinds` and `namedDays` where it sets
   * none), or those of its place (the organisation's visiting hours, or its unit's).
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

/**
 * Builds a contact point from its validated config, the organisation's name and the hours
 * it follows (its own, or its place's).
 *
 * @example
 * const desk = buildContact({ id: "vaxel", name: "Växel", phones: ["0961-140 00"] }, "Exempla kommun", kommun.hours);
 * desk.phones[0].e164 // => "+4696114000"
 */
export function buildContact(config: ContactPointConfig, organization: string, hours: Schedule): ContactPoint {
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

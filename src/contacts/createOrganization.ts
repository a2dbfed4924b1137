import { createSchedule, type Schedule, type ScheduleOptions } from "../schedule/createSchedule";
import type { ScheduleConfig } from "../schedule/schema";
import { ConfigError, parseWith } from "../validation/configError";
import { organizationZoneIssues } from "../validation/organizationZones";
import { organizationCalendarIssues } from "../validation/organizationCalendars";
import { quote } from "../validation/quote";
import { describe } from "../calendar/plainDate";
import type { DeepReadonly } from "../validation/deepReadonly";
import { inheritCalendar } from "./inheritCalendar";
import { buildContact, type ContactPoint } from "./contactPoint";
import { findUnitIn, type UnitMatch } from "./findUnit";
import { placeMembers, type Place } from "./place";
import { OrganizationConfigSchema, type ContactPointConfig, type OrganizationConfig, type UnitConfig } from "./schema";
import { slugOf } from "./slug";

export type { ContactPoint, Email } from "./contactPoint";

/**
 * A unit of an organisation (SPEC §9) — a library, a swimming hall, a recycling centre — or
 * the organisation's own place when it has its own `hours`: the same queries and contacts as
 * an organisation.
 *
 * @example
 * const library: Unit = kommun.unit("biblioteket");
 * library.status(new Date()).open; library.aliases; // => ["Biblioteket", "Exempla bibliotek"]
 */
export interface Unit extends Place {
  /** Other names people use for it. */
  readonly aliases: readonly string[];
  /** The organisation's name. */
  readonly organization: string;
  /** Whether this is the organisation's own place (its own `hours`), not one of `units`. */
  readonly own: boolean;
  /** The validated configuration of the unit (for the own place: made from the organisation's). */
  readonly config: Readonly<UnitConfig>;
}

/** An organisation: its own place (visiting hours and contact points), and its units. */
export interface Organization extends Place {
  /** Its own visiting hours, or (without own `hours`) the first unit's. */
  readonly hours: Schedule;
  /** The organisation's own contact points. */
  readonly contacts: readonly ContactPoint[];
  /** Every place with hours: its own place first (when it has `hours`), then the config's units. */
  readonly units: readonly Unit[];
  /** The unit with an id; throws `RangeError` naming the ids for an unknown one. */
  unit(id: string): Unit;
  /**
   * The unit a person means by a text ("biblioteket", "Simhallen i Arjeplog", "återvinningen"):
   * the unit only when the text points to one, else the candidates.
   */
  findUnit(text: string): UnitMatch<Unit>;
  /** The validated configuration. */
  readonly config: Readonly<OrganizationConfig>;
}

/**
 * Validates an organisation config and builds it, with the phone parser that is registered
 * (./phoneParser.ts). The library's `createOrganization` is ./withPhones.ts, which registers
 * libphonenumber-js first; the elements call this one after loading it on demand.
 *
 * @example
 * await loadPhoneSupport(); // src/elements/phoneSupport.ts
 * createOrganization(presets.arjeplogKommun).contact("vaxel").phones[0].display // => "0961-140 00"
 */
export function createOrganization(config: DeepReadonly<OrganizationConfig>, options: ScheduleOptions = {}): Organization {
  const valid = parseWith(OrganizationConfigSchema, config, "organization config");
  const zoneIssues = [...organizationZoneIssues(valid), ...organizationCalendarIssues(valid)];
  if (zoneIssues.length > 0) throw new ConfigError("organization config", zoneIssues);
  // Hours without a zone or a calendar of their own take the organisation's.
  const inZone = (hours: ScheduleConfig): ScheduleConfig => {
    const zone = hours.timeZone === undefined && valid.timeZone !== undefined;
    const calendar = hours.calendar === undefined && valid.calendar !== undefined;
    return zone || calendar ? { ...hours, ...(zone && { timeZone: valid.timeZone }), ...(calendar && { calendar: valid.calendar }) } : hours;
  };
  const id = valid.id ?? slugOf(valid.name);
  /**
   * A place's contacts: their own hours, with the place's calendar (`dayKinds`, `namedDays`)
   * where they set none (SPEC §8), or the place's hours.
   */
  const contactsOf = (list: readonly ContactPointConfig[] | undefined, placeHours: Schedule | null) =>
    (list ?? []).map((contact) => {
      if (!contact.hours) return buildContact(contact, valid.name, placeHours!);
      const own = placeHours ? inheritCalendar(contact.hours, placeHours.config as ScheduleConfig) : contact.hours;
      return buildContact(contact, valid.name, createSchedule(inZone(own), options));
    });

  const ownHours = valid.hours ? createSchedule(inZone(valid.hours), options) : null;
  // Without own hours, every organisation-level contact has its own (the schema checks that).
  const contacts = contactsOf(valid.contacts, ownHours);
  const units: Unit[] = [];
  if (ownHours) {
    const own: UnitConfig = {
      id,
      name: valid.name,
      hours: valid.hours!,
      ...(valid.contacts && { contacts: valid.contacts }),
      ...(valid.web !== undefined && { web: valid.web }),
      ...(valid.visitingAddress && { visitingAddress: valid.visitingAddress }),
      ...(valid.postalAddress && { postalAddress: valid.postalAddress }),
    };
    units.push(buildUnit(own, valid.name, ownHours, contacts, true));
  }
  for (const unitConfig of valid.units ?? []) {
    const hours = createSchedule(inZone(unitConfig.hours), options);
    units.push(buildUnit(unitConfig, valid.name, hours, contactsOf(unitConfig.contacts, hours), false));
  }
  const byId = new Map(units.map((unit) => [unit.id, unit]));

  return Object.freeze({
    ...placeMembers({ ...valid, id, hours: ownHours ?? units[0]!.hours, contacts }),
    units: Object.freeze(units),
    unit(unitId: string) {
      const unit = byId.get(unitId);
      if (!unit) throw new RangeError(`no unit with id ${typeof unitId === "string" ? quote(unitId) : describe(unitId)} (ids: ${[...byId.keys()].join(", ")})`);
      return unit;
    },
    findUnit: (text: string) => findUnitIn(units, text),
    config: valid,
  });
}

function buildUnit(config: UnitConfig, organization: string, hours: Schedule, contacts: readonly ContactPoint[], own: boolean): Unit {
  return Object.freeze({
    ...placeMembers({ ...config, hours, contacts }),
    aliases: Object.freeze([...(config.aliases ?? [])]),
    organization,
    own,
    config,
  });
}

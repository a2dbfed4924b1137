import type { CalendarCode } from "../calendar/calendars";
import type { ScheduleConfig } from "../schedule/configTypes";
import type { PhoneType } from "./phone";

/*
 * The organisation config types, written out for users (the package's .d.ts must not need
 * zod). ./schema.ts is the source of what is valid; src/public/typeChecks.ts proves each
 * type here equals `z.infer` of its schema.
 */

/**
 * A phone number: `"0961-144 44"`, or `{ number, type }` where `type` is voice, cell, fax,
 * text or textphone.
 *
 * @example
 * const phones: PhoneConfig[] = ["0961-144 44", { number: "070-206 52 98", type: "cell" }];
 */
export type PhoneConfig = string | { number: string; type?: PhoneType | undefined };

/**
 * A postal or visiting address.
 *
 * @example
 * const address: Address = { streetAddress: "Torget 1", postalCode: "938 31", locality: "Arjeplog", country: "SE" };
 */
export interface Address {
  streetAddress?: string | undefined;
  postOfficeBox?: string | undefined;
  postalCode?: string | undefined;
  locality?: string | undefined;
  country?: string | undefined;
}

/**
 * A named person behind a contact point.
 *
 * @example
 * const person: Person = { name: "Martin Stråmo", title: "Kommunikatör" };
 */
export interface Person {
  name: string;
  title?: string | undefined;
}

/**
 * A way to reach the organisation: a service desk, a switchboard, a named officer.
 *
 * @example
 * const vaxel: ContactPointConfig = { id: "vaxel", name: "Växel", phones: ["0961-140 00"] };
 */
export interface ContactPointConfig {
  id: string;
  name: string;
  role?: string | undefined;
  person?: Person | undefined;
  phones?: PhoneConfig[] | undefined;
  emails?: string[] | undefined;
  web?: string | undefined;
  /** Own hours; without them the contact follows the organisation's visiting hours. */
  hours?: ScheduleConfig | undefined;
}

/**
 * A unit of the organisation (SPEC §9): a library, a swimming hall, a recycling centre, with
 * its own hours, contacts and address, in the organisation's time zone.
 *
 * @example
 * const library: UnitConfig = { id: "biblioteket", name: "Exempla bibliotek", aliases: ["Biblioteket"], hours: { weekly: { mon: ["10:00-19:00"] } } };
 */
export interface UnitConfig {
  id: string;
  name: string;
  /** Other names people use for it: "biblioteket", "stadsbiblioteket", "ÅVC". */
  aliases?: string[] | undefined;
  hours: ScheduleConfig;
  contacts?: ContactPointConfig[] | undefined;
  web?: string | undefined;
  visitingAddress?: Address | undefined;
  postalAddress?: Address | undefined;
}

/**
 * A whole organisation: name, zone, calendar, its own visiting hours (optional when it has
 * units), addresses, contact points and units.
 *
 * @example
 * const config: OrganizationConfig = { name: "Biblioteket", hours: { weekly: { mon: ["10:00-19:00"] } } };
 */
export interface OrganizationConfig {
  /** The id of the organisation's own place (default: a slug of the name, "arjeplogs-kommun"). */
  id?: string | undefined;
  name: string;
  timeZone?: string | undefined;
  /** Visiting hours of the organisation's own place; optional when it has `units`. */
  hours?: ScheduleConfig | undefined;
  web?: string | undefined;
  visitingAddress?: Address | undefined;
  postalAddress?: Address | undefined;
  contacts?: ContactPointConfig[] | undefined;
  units?: UnitConfig[] | undefined;
  /**
   * Whose red days all its hours follow: `"SE"` (Sweden, the default), `"FI"` (Finland) or
   * `"AX"` (Åland). Hours that name none take it; hours that name another are an error.
   */
  calendar?: CalendarCode | undefined;
}

/**
 * `oppettider/contacts`: organisations and their contact points (phones through
 * libphonenumber-js, e-mail, vCard). The same functions as the root `oppettider` exports;
 * importing them from here loads only this part of the library (and the schedule core it
 * needs), also without a bundler.
 *
 * @example
 * import { createOrganization } from "oppettider/contacts";
 * import { presets } from "oppettider";
 * createOrganization(presets.arjeplogKommun).contact("vaxel").phones[0].display; // => "0961-140 00"
 */
export { createOrganization } from "../contacts/withPhones";
export type { ContactPoint, Email, Organization, Unit } from "../contacts/createOrganization";
export type { Place } from "../contacts/place";
export { unitMatchMessage } from "../contacts/findUnit";
export type { UnitMatch, UnitMatchKind } from "../contacts/findUnit";
export { OrganizationConfigSchema, UnitConfigSchema } from "../public/organizationConfigSchema";
export type { Address, ContactPointConfig, OrganizationConfig, Person, PhoneConfig, UnitConfig } from "../contacts/schema";
export { PHONE_TYPES } from "../contacts/phone";
export { parsePhone } from "../contacts/withPhones";
export type { Phone, PhoneType } from "../contacts/phone";
export { toVCard } from "../contacts/toVCard";
export { reachabilityText } from "../texts/reachabilityText";

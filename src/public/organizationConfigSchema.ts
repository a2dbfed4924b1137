import type { OrganizationConfig, UnitConfig } from "../contacts/configTypes";
import * as contacts from "../contacts/schema";
import { withPhoneNumbers } from "../contacts/withPhones";
import type { Validator } from "./validator";

// Typed with our own `Validator`, not zod's types (see ./scheduleConfigSchema.ts). They check
// phone numbers, so they register libphonenumber-js (../contacts/withPhones.ts).

/**
 * The organisation config schema (what `createOrganization` validates with). Standard
 * Schema v1, with zod-style `parse`/`safeParse`.
 *
 * @example
 * OrganizationConfigSchema.safeParse(presets.arjeplogKommun).success // => true
 */
export const OrganizationConfigSchema: Validator<OrganizationConfig> = withPhoneNumbers(contacts.OrganizationConfigSchema);

/**
 * The schema of one unit of an organisation config.
 *
 * @example
 * UnitConfigSchema.safeParse({ id: "biblioteket", name: "Biblioteket", hours: {} }).success // => true
 */
export const UnitConfigSchema: Validator<UnitConfig> = withPhoneNumbers(contacts.UnitConfigSchema);

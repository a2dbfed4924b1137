import type { OrganizationConfig } from "../contacts/configTypes";
import * as contacts from "../contacts/schema";
import type { Validator } from "./validator";

// Typed with our own `Validator`, not zod's types (see ./scheduleConfigSchema.ts).

/**
 * The organisation config schema (what `createOrganization` validates with). Standard
 * Schema v1, with zod-style `parse`/`safeParse`.
 *
 * @example
 * OrganizationConfigSchema.safeParse(presets.arjeplogKommun).success // => true
 */
export const OrganizationConfigSchema: Validator<OrganizationConfig> = contacts.OrganizationConfigSchema;

import type { Organization } from "./createOrganization";

/**
 * Whether a value is an organisation made by `createOrganization` (not its config, and not a
 * schedule): what the chat tools, the MCP server and the service check before they answer.
 *
 * @example
 * isOrganization(createOrganization(presets.arjeplogKommun)) // => true
 * isOrganization(presets.arjeplogKommun) // => false (a config)
 * isOrganization(createSchedule(presets.arjeplog)) // => false
 */
export function isOrganization(input: unknown): input is Organization {
  return typeof input === "object" && input !== null && typeof (input as Organization).findUnit === "function" && Array.isArray((input as Organization).units);
}

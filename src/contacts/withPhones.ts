import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import type { ScheduleOptions } from "../schedule/createSchedule";
import type { DeepReadonly } from "../validation/deepReadonly";
import { createOrganization as buildOrganization, type Organization } from "./createOrganization";
import { parsePhone as readPhone, type Phone, type PhoneType } from "./phone";
import { registerPhoneParser } from "./phoneParser";
import type { OrganizationConfig } from "./schema";

/*
 * The contacts as the library's entries (`oppettider`, `oppettider/contacts`, the CLI, the
 * server) give them: synchronous, with libphonenumber-js imported statically. Each export
 * registers the parser itself, as part of what it computes, rather than this module doing
 * it once at its top level: with `"sideEffects": false` a bundler may skip a module's
 * top-level code that no export needs, and a skipped registration would make every phone
 * "not loaded". The elements import ./createOrganization.ts instead and load the parser on
 * demand (src/elements/phoneSupport.ts), so a page with them does not ship it up front.
 */

/**
 * Registers libphonenumber-js (./phoneParser.ts) and returns `value`: for a value (a schema)
 * that parses phones when used.
 *
 * @example
 * export const Schema = withPhoneNumbers(contacts.OrganizationConfigSchema);
 */
export function withPhoneNumbers<T>(value: T): T {
  registerLibphonenumber();
  return value;
}

/**
 * Registers libphonenumber-js's parser for the contacts. The elements call it after
 * importing this module on demand (src/elements/phoneSupport.ts).
 *
 * @example
 * (await import("./withPhones")).registerLibphonenumber();
 */
export function registerLibphonenumber(): void {
  registerPhoneParser(parsePhoneNumberFromString);
}

/**
 * Validates an organisation config and builds it. Throws `ConfigError` listing every
 * problem with its path (e.g. `contacts[1].phones[0]: "12345" is not a valid phone number`,
 * `units[2].id: duplicate unit id "biblioteket" (also units[1])`).
 *
 * @example
 * const kommun = createOrganization(presets.arjeplogKommun);
 * kommun.contact("medborgarservice").phones[0].display // => "0961-144 44"
 * kommun.reachable(new Date("2026-12-23T14:00:00+01:00")).map((c) => c.id) // => ["medborgarservice"]
 * kommun.units.map((u) => u.id) // => ["arjeplogs-kommun"]
 */
export function createOrganization(config: DeepReadonly<OrganizationConfig>, options: ScheduleOptions = {}): Organization {
  return withPhoneNumbers(buildOrganization)(config, options);
}

/**
 * Reads a phone number as written in Sweden (`"0961-144 44"`, `"0961 - 140 00"`) or
 * internationally (`"+46 961 144 44"`), through libphonenumber-js. Returns an error text
 * for a number that is not a valid one.
 *
 * @example
 * parsePhone("070-206 52 98", "cell")
 * // => { e164: "+46702065298", display: "070-206 52 98", international: "+46 70 206 52 98",
 * //      uri: "tel:+46702065298", type: "cell" }
 */
export function parsePhone(text: string, type: PhoneType = "voice"): Phone | string {
  return withPhoneNumbers(readPhone)(text, type);
}

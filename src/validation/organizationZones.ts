import { canonicalTimeZone } from "../zone/zone";
import type { ConfigIssue } from "./configIssue";

/** The parts of a validated organisation config that carry a time zone. */
interface ZonedOrganization {
  readonly timeZone?: string | undefined;
  readonly hours?: { readonly timeZone?: string | undefined } | undefined;
  readonly contacts?: readonly { readonly hours?: { readonly timeZone?: string | undefined } | undefined }[] | undefined;
  readonly units?: readonly { readonly hours?: { readonly timeZone?: string | undefined } | undefined }[] | undefined;
}

/**
 * The rule for an organisation's zones: when the organisation gives a `timeZone`, every
 * hours in it (its own, its contacts', its units') are in that zone; an hours config that
 * names another zone is a problem, not silently kept (an office's phone line is not in
 * another zone than the office). Hours without a zone take the organisation's. Zones are
 * compared in canonical spelling (the schema gives them so).
 *
 * @example
 * organizationZoneIssues({ timeZone: "Europe/Stockholm", hours: { timeZone: "Europe/Helsinki" } })
 * // => [{ path: "hours.timeZone", message: '"Europe/Helsinki" differs from the organisation\'s timeZone "Europe/Stockholm"; …' }]
 */
export function organizationZoneIssues(config: ZonedOrganization): ConfigIssue[] {
  const zone = config.timeZone;
  if (zone === undefined) return [];
  const canonical = canonicalTimeZone(zone);
  const issues: ConfigIssue[] = [];
  const check = (hours: { readonly timeZone?: string | undefined } | undefined, path: string) => {
    if (hours?.timeZone !== undefined && canonicalTimeZone(hours.timeZone) !== canonical) {
      issues.push({
        path: `${path}.timeZone`,
        message: `${JSON.stringify(hours.timeZone)} differs from the organisation's timeZone ${JSON.stringify(zone)}; all of an organisation's hours are in its zone (leave this timeZone out, or make the two the same)`,
      });
    }
  };
  check(config.hours, "hours");
  config.contacts?.forEach((contact, i) => check(contact.hours, `contacts[${i}].hours`));
  config.units?.forEach((unit, i) => check(unit.hours, `units[${i}].hours`));
  return issues;
}

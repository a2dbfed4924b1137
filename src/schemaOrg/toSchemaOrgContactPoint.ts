import type { ContactPoint as SchemaDtsContactPoint } from "schema-dts";
import { parsePlainDate } from "../calendar/plainDate";
import type { ContactPoint } from "../contacts/contactPoint";
import { regularOpeningHours } from "./regularOpeningHours";
import { weeklyOpeningHours } from "./weeklyOpeningHours";
import type { SchemaOrgContactPoint } from "./jsonLdTypes";

/** The dates a `ContactPoint`'s hours are written for. */
export interface ContactPointWindow {
  /** First date, `YYYY-MM-DD`. */
  readonly from: string;
  /** Number of days. */
  readonly days: number;
}

/**
 * A contact as a schema.org `ContactPoint` (for JSON-LD), with its numbers in international
 * form and its regular hours under `hoursAvailable`: the weekly hours, and with a `window`
 * also its periods (summer weeks) dated with `validFrom`/`validThrough` for the occurrences
 * in the window.
 *
 * @example
 * toSchemaOrgContactPoint(createOrganization(presets.arjeplogKommun).contact("medborgarservice"))
 * // => { "@type": "ContactPoint", name: "Medborgarservice", contactType: "Medborgarservice",
 * //      telephone: "+46 961 144 44", email: "kommun@arjeplog.se",
 * //      hoursAvailable: [{ "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", …], opens: "08:00", closes: "16:00" }] }
 */
export function toSchemaOrgContactPoint(contact: ContactPoint, window?: ContactPointWindow): SchemaOrgContactPoint {
  const phones = contact.phones.map((phone) => phone.international);
  const emails = contact.emails.map((email) => email.address);
  const point = {
    "@type": "ContactPoint",
    name: contact.person ? contact.person.name : contact.name,
    contactType: contact.role ?? contact.name,
    ...(phones.length > 0 && { telephone: phones.length === 1 ? phones[0]! : phones }),
    ...(emails.length > 0 && { email: emails.length === 1 ? emails[0]! : emails }),
    ...(contact.web && { url: contact.web }),
    hoursAvailable: window
      ? regularOpeningHours(contact.hours.config, parsePlainDate(window.from, "from"), parsePlainDate(window.from, "from") + window.days - 1)
      : weeklyOpeningHours(contact.hours.config.weekly ?? {}),
  } satisfies SchemaDtsContactPoint;
  return point;
}

import type { ContactPoint as SchemaOrgContactPoint } from "schema-dts";
import { weeklyOpeningHours } from "../schemaOrg/weeklyOpeningHours";
import type { ContactPoint } from "./createOrganization";

/**
 * A contact as a schema.org `ContactPoint` (for JSON-LD), with its regular weekly hours
 * under `hoursAvailable` and its numbers in international form.
 *
 * @example
 * toSchemaOrgContactPoint(createOrganization(presets.arjeplogKommun).contact("medborgarservice"))
 * // => { "@type": "ContactPoint", name: "Medborgarservice", contactType: "Medborgarservice",
 * //      telephone: "+46 961 144 44", email: "kommun@arjeplog.se",
 * //      hoursAvailable: [{ "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", …], opens: "08:00", closes: "16:00" }] }
 */
export function toSchemaOrgContactPoint(contact: ContactPoint): SchemaOrgContactPoint {
  const phones = contact.phones.map((phone) => phone.international);
  const emails = contact.emails.map((email) => email.address);
  const point: SchemaOrgContactPoint = {
    "@type": "ContactPoint",
    name: contact.person ? contact.person.name : contact.name,
    contactType: contact.role ?? contact.name,
    ...(phones.length > 0 && { telephone: phones.length === 1 ? phones[0]! : phones }),
    ...(emails.length > 0 && { email: emails.length === 1 ? emails[0]! : emails }),
    ...(contact.web && { url: contact.web }),
    hoursAvailable: weeklyOpeningHours(contact.hours.config.weekly ?? {}),
  };
  return point;
}

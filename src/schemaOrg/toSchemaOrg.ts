import type { LocalBusinessLeaf } from "schema-dts";
import { describe, formatPlainDate } from "../calendar/plainDate";
import type { Place } from "../contacts/place";
import { toSchemaOrgContactPoint } from "./toSchemaOrgContactPoint";
import { regularOpeningHours } from "./regularOpeningHours";
import { specialOpeningHours } from "./specialOpeningHours";
import { toSchemaOrgAddress } from "./toSchemaOrgAddress";
import { checkDayWindow, checkOptionKeys } from "../exports/checkArguments";
import type { SchemaOrgJsonLd } from "./jsonLdTypes";
import { SCHEMA_ORG_TYPES, type SchemaOrgType } from "./schemaOrgTypes";

export { SCHEMA_ORG_TYPES, type SchemaOrgType } from "./schemaOrgTypes";

// The JSON-LD `toSchemaOrg` returns, as a plain type of our own (assignable to schema-dts'
// `WithContext<…Leaf>` of each type: src/public/typeChecks.ts).
export type { SchemaOrgJsonLd } from "./jsonLdTypes";

/** Options of `toSchemaOrg`. */
export interface SchemaOrgOptions<T extends SchemaOrgType = "GovernmentOffice"> {
  /** First date whose special hours are written, `YYYY-MM-DD`. */
  from: string;
  /** How many dates from `from` on get special hours: a whole number 1–1096 (three years). */
  days: number;
  /** The schema.org type of the organisation (default `"GovernmentOffice"`). */
  type?: T;
}

/**
 * The longest window, in days: any three calendar years, a leap day included.
 *
 * @example
 * toSchemaOrg(organization, { from: "2026-01-01", days: MAX_SCHEMA_ORG_DAYS }) // 2026-01-01 … 2028-12-31
 */
export const MAX_SCHEMA_ORG_DAYS = 3 * 365 + 1;

const OPTION_KEYS = ["from", "days", "type"] as const;
/** The types that are organisations too (`LocalBusiness` and its kinds), so can have `contactPoint`. */
const ORGANIZATION_TYPES: readonly SchemaOrgType[] = ["GovernmentOffice", "LocalBusiness", "Library", "TouristInformationCenter"];

/**
 * An organisation as schema.org JSON-LD for a web page's `<script type="application/ld+json">`,
 * checked against schema-dts: its `name`, `url` (the `web` page), `address` (the visiting address,
 * else the postal one), the regular hours, the special hours of the window [`from`, `from` + `days`)
 * and, for the organisation types, a `contactPoint` per contact (as `toSchemaOrgContactPoint`).
 *
 * How the hours are written, and how Google reads them (its local-business documentation and
 * schema.org's definition of `specialOpeningHoursSpecification`):
 *
 * - `openingHoursSpecification`: the weekly hours, year-round (no `validFrom`/`validThrough`),
 *   and each period (summer weeks 25–32, `06-15..08-09`) as seasonal entries dated with every
 *   concrete occurrence that overlaps the window (its whole extent: weeks 25–32 of 2026 are
 *   `validFrom` "2026-06-15", `validThrough` "2026-08-09"). On a date of a season, the seasonal
 *   entries of its weekday replace the year-round ones of that weekday; a weekday the period
 *   does not name keeps its weekly hours.
 * - `specialOpeningHoursSpecification`: every date of the window whose hours differ from what
 *   the regular entries say for it — public holidays and work-free eves on days that are
 *   otherwise open, bridge days, days before eves and red days, exceptions — with
 *   `validFrom` = `validThrough` = the date and the rule's label as `name`. Special hours
 *   override the regular ones on their dates. A closed date is `opens` "00:00", `closes` "00:00"
 *   (Google's "closed all day"); a whole day open is "00:00"–"23:59"; hours past midnight close
 *   at the next day's time (`opens` "22:00", `closes` "02:00").
 *
 * So for every date of the window, a reader following these rules gets exactly
 * `organization.hours.day(date).intervals`; after the window, the regular entries still hold,
 * without that year's red days. Republish the JSON-LD before the window ends. Dates are plain
 * `YYYY-MM-DD` in the organisation's zone: the host's time zone never matters.
 *
 * The place-only types (`CivicStructure`, `GovernmentBuilding`, `CityHall`) get no `contactPoint`:
 * schema.org defines it for organisations only. Empty lists are left out.
 *
 * Throws `TypeError` for a missing or mistyped argument or an unknown option; `RangeError` for
 * an impossible date, a `days` that is not a whole number 1–1096, a window outside the years
 * 2005–2100, an unknown `type`, or hours with an interval longer than 24 hours.
 *
 * @example
 * toSchemaOrg(createOrganization(presets.arjeplogKommun), { from: "2026-12-20", days: 14 })
 * // => { "@context": "https://schema.org", "@type": "GovernmentOffice", name: "Arjeplogs kommun",
 * //      openingHoursSpecification: [
 * //        { "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", …, "Friday"], opens: "08:00", closes: "12:00" },
 * //        { "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", …, "Thursday"], opens: "13:00", closes: "16:00" },
 * //        { "@type": "OpeningHoursSpecification", dayOfWeek: ["Friday"], opens: "13:00", closes: "15:00" }],
 * //      specialOpeningHoursSpecification: [
 * //        { "@type": "OpeningHoursSpecification", name: "Dag före afton", opens: "08:00", closes: "12:00", validFrom: "2026-12-23", validThrough: "2026-12-23" },
 * //        { "@type": "OpeningHoursSpecification", name: "Julafton", opens: "00:00", closes: "00:00", validFrom: "2026-12-24", validThrough: "2026-12-24" }, …],
 * //      contactPoint: [{ "@type": "ContactPoint", name: "Medborgarservice", telephone: "+46 961 144 44", … }, …] }
 *
 * @example
 * // A page's <head>, republished at least once a year; "<" escaped so the JSON cannot end the script.
 * const jsonLd = toSchemaOrg(library, { from: today, days: 366, type: "Library" });
 * const tag = `<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, "\\u003c")}</script>`;
 */
export function toSchemaOrg<T extends SchemaOrgType = "GovernmentOffice">(organization: Place, options: SchemaOrgOptions<T>): SchemaOrgJsonLd<T> {
  checkOrganization(organization);
  const { first, last, type } = checkOptions(options);
  const regular = regularOpeningHours(organization.hours.config, first, last);
  const special = specialOpeningHours(organization.hours, regular, first, last);
  const address = organization.visitingAddress ?? organization.postalAddress;
  const contactPoints = ORGANIZATION_TYPES.includes(type) ? organization.contacts.map((contact) => toSchemaOrgContactPoint(contact, { from: formatPlainDate(first), days: last - first + 1 })) : [];
  // Checked as a LocalBusiness (a place and an organisation), so schema-dts checks every property.
  const body = {
    name: organization.name,
    ...(organization.web !== null && { url: organization.web }),
    ...(address !== null && { address: toSchemaOrgAddress(address) }),
    ...(regular.length > 0 && { openingHoursSpecification: regular }),
    ...(special.length > 0 && { specialOpeningHoursSpecification: special }),
    ...(contactPoints.length > 0 && { contactPoint: contactPoints }),
  } satisfies Omit<LocalBusinessLeaf, "@type">;
  return { "@context": "https://schema.org", "@type": type as T, ...body };
}

function checkOrganization(organization: unknown): asserts organization is Place {
  const o = organization as Partial<Place> | null;
  if (
    typeof o !== "object" ||
    o === null ||
    typeof o.name !== "string" ||
    !Array.isArray(o.contacts) ||
    typeof o.hours !== "object" ||
    o.hours === null ||
    typeof o.hours.day !== "function" ||
    typeof o.hours.config !== "object"
  ) {
    throw new TypeError(`toSchemaOrg: organization must be an Organization from createOrganization(config) or one of its units, got ${describe(organization)}`);
  }
}

function checkOptions(options: unknown): { first: number; last: number; type: SchemaOrgType } {
  checkOptionKeys(options, OPTION_KEYS, "toSchemaOrg", `{ from: "YYYY-MM-DD", days: 1–${MAX_SCHEMA_ORG_DAYS} }`);
  const { from, days, type = "GovernmentOffice" } = options as Partial<SchemaOrgOptions<SchemaOrgType>>;
  const { first, last } = checkDayWindow(from, days, MAX_SCHEMA_ORG_DAYS, "toSchemaOrg");
  if (typeof type !== "string") throw new TypeError(`toSchemaOrg: type must be a schema.org type name (${SCHEMA_ORG_TYPES.join(", ")}), got ${describe(type)}`);
  if (!(SCHEMA_ORG_TYPES as readonly string[]).includes(type)) {
    throw new RangeError(`toSchemaOrg: type ${JSON.stringify(type)} is not one of ${SCHEMA_ORG_TYPES.join(", ")}`);
  }
  return { first, last, type };
}

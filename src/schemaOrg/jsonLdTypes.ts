import type { SchemaOrgType } from "./schemaOrgTypes";

/*
 * The schema.org JSON-LD this library writes, as plain types of our own: the package's
 * .d.ts must not import schema-dts (a dev dependency). schema-dts still checks the output:
 * the builders in this folder type their values with it (`satisfies`), and
 * src/public/typeChecks.ts proves each type here assignable to its schema-dts counterpart,
 * so a user who types JSON-LD with schema-dts can assign our values to theirs.
 */

/** A schema.org `DayOfWeek`, as this library writes it. */
export type SchemaOrgDayOfWeek = "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";

/**
 * A schema.org `OpeningHoursSpecification`: `opens`–`closes` on the `dayOfWeek`s, or on the
 * dates `validFrom`–`validThrough`. `"00:00"`–`"00:00"` is closed; `closes` earlier than
 * `opens` is past midnight.
 *
 * @example
 * const spec: SchemaOrgOpeningHours = { "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday"], opens: "08:00", closes: "16:00" };
 */
export interface SchemaOrgOpeningHours {
  "@type": "OpeningHoursSpecification";
  /** What the hours are for, for people ("Julafton"). */
  name?: string;
  dayOfWeek?: SchemaOrgDayOfWeek[];
  opens: string;
  closes: string;
  /** First date, `YYYY-MM-DD` (inclusive). */
  validFrom?: string;
  /** Last date, `YYYY-MM-DD` (inclusive). */
  validThrough?: string;
}

/**
 * A schema.org `PostalAddress`.
 *
 * @example
 * const address: SchemaOrgPostalAddress = { "@type": "PostalAddress", addressLocality: "Arjeplog", addressCountry: "SE" };
 */
export interface SchemaOrgPostalAddress {
  "@type": "PostalAddress";
  streetAddress?: string;
  postOfficeBoxNumber?: string;
  postalCode?: string;
  addressLocality?: string;
  addressCountry?: string;
}

/**
 * A schema.org `ContactPoint`: who, how to reach them, and when (`hoursAvailable`).
 *
 * @example
 * const point: SchemaOrgContactPoint = { "@type": "ContactPoint", name: "Växel", contactType: "Växel", telephone: "+46 961 140 00", hoursAvailable: [] };
 */
export interface SchemaOrgContactPoint {
  "@type": "ContactPoint";
  name: string;
  contactType: string;
  /** International form, `"+46 961 144 44"`; a list when there are several. */
  telephone?: string | string[];
  email?: string | string[];
  url?: string;
  hoursAvailable: SchemaOrgOpeningHours[];
}

/**
 * The JSON-LD `toSchemaOrg` returns: an organisation or place of type `T` with its hours.
 * The place-only types (`CivicStructure`, `GovernmentBuilding`, `CityHall`) never get
 * `contactPoint`.
 *
 * @example
 * const jsonLd: SchemaOrgJsonLd<"Library"> = toSchemaOrg(library, { from: "2026-01-01", days: 366, type: "Library" });
 */
export interface SchemaOrgJsonLd<T extends SchemaOrgType = "GovernmentOffice"> {
  "@context": "https://schema.org";
  "@type": T;
  name: string;
  url?: string;
  address?: SchemaOrgPostalAddress;
  openingHoursSpecification?: SchemaOrgOpeningHours[];
  specialOpeningHoursSpecification?: SchemaOrgOpeningHours[];
  contactPoint?: SchemaOrgContactPoint[];
}

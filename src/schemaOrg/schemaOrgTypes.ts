/*
 * The schema.org types toSchemaOrg writes, on their own so that the JSON-LD types
 * (./jsonLdTypes.ts) and toSchemaOrg can both use them without importing each other.
 */

/**
 * The schema.org types `toSchemaOrg` writes. All are places (they have opening hours); the first
 * four are organisations too (`LocalBusiness` and its kinds) and so also carry `contactPoint`.
 *
 * @example
 * SCHEMA_ORG_TYPES.includes("Library") // => true
 */
export const SCHEMA_ORG_TYPES = [
  "GovernmentOffice",
  "LocalBusiness",
  "Library",
  "TouristInformationCenter",
  "CivicStructure",
  "GovernmentBuilding",
  "CityHall",
] as const;

/**
 * A type `toSchemaOrg` can write: `"GovernmentOffice"` (default), `"LocalBusiness"`, `"Library"`, …
 *
 * @example
 * const type: SchemaOrgType = "Library";
 */
export type SchemaOrgType = (typeof SCHEMA_ORG_TYPES)[number];

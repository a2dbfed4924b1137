/**
 * `oppettider/exports`: where the hours go — schema.org JSON-LD, Google Business Profile hours, the OpenStreetMap
 * `opening_hours` tag and iCalendar. The same functions as the root `oppettider` exports;
 * importing them from here loads only this part of the library.
 *
 * @example
 * import { toOpeningHoursTag } from "oppettider/exports";
 * import { createSchedule, presets } from "oppettider";
 * toOpeningHoursTag(createSchedule(presets.arjeplog), { from: "2026-12-01", to: "2026-12-31" });
 */
export { toSchemaOrg, SCHEMA_ORG_TYPES, MAX_SCHEMA_ORG_DAYS } from "../schemaOrg/toSchemaOrg";
export type { SchemaOrgJsonLd, SchemaOrgOptions, SchemaOrgType } from "../schemaOrg/toSchemaOrg";
export type { SchemaOrgContactPoint, SchemaOrgDayOfWeek, SchemaOrgOpeningHours, SchemaOrgPostalAddress } from "../schemaOrg/jsonLdTypes";
export { toSchemaOrgContactPoint } from "../schemaOrg/toSchemaOrgContactPoint";
export type { ContactPointWindow } from "../schemaOrg/toSchemaOrgContactPoint";
export { weeklyOpeningHours } from "../schemaOrg/weeklyOpeningHours";
export { toOpeningHoursTag, MAX_OPENING_HOURS_TAG_DAYS } from "../exports/toOpeningHoursTag";
export type { OpeningHoursTagOptions } from "../exports/toOpeningHoursTag";
export { toICalendar, MAX_ICALENDAR_DAYS } from "../exports/toICalendar";
export type { ICalendarOptions } from "../exports/toICalendar";
export { toGoogleBusinessHours, MAX_GOOGLE_BUSINESS_DAYS } from "../google/toGoogleBusinessHours";
export type { GoogleBusinessHoursOptions } from "../google/toGoogleBusinessHours";
export type { GoogleBusinessHours, GoogleDate, GoogleDayOfWeek, GoogleSpecialHourPeriod, GoogleTimeOfDay, GoogleTimePeriod } from "../google/googleBusinessTypes";

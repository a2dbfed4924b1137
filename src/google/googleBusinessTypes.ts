/*
 * The hours of a Google Business Profile location as the Business Information API v1 writes
 * them (`locations.patch` with `regularHours,specialHours`): plain JSON, no dependency on
 * Google's client libraries.
 */

/** `DayOfWeek` of the API. */
export type GoogleDayOfWeek = "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";

/** `TimeOfDay`: `hours` 0–24 (24 only as a close time: midnight at the end of the day), `minutes` 0–59. */
export interface GoogleTimeOfDay {
  readonly hours: number;
  readonly minutes: number;
}

/** `Date`: a calendar date in the location's zone. */
export interface GoogleDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** `TimePeriod`: one opening of the regular week, from `openDay` `openTime` to `closeDay` `closeTime`. */
export interface GoogleTimePeriod {
  readonly openDay: GoogleDayOfWeek;
  readonly openTime: GoogleTimeOfDay;
  readonly closeDay: GoogleDayOfWeek;
  readonly closeTime: GoogleTimeOfDay;
}

/** `SpecialHourPeriod`: an opening of one date (closing at most the next day), or the date closed. */
export type GoogleSpecialHourPeriod =
  | { readonly startDate: GoogleDate; readonly openTime: GoogleTimeOfDay; readonly endDate: GoogleDate; readonly closeTime: GoogleTimeOfDay }
  | { readonly startDate: GoogleDate; readonly endDate: GoogleDate; readonly closed: true };

/** What `toGoogleBusinessHours` returns: the `regularHours` and `specialHours` fields of a `Location`. */
export interface GoogleBusinessHours {
  readonly regularHours: { readonly periods: readonly GoogleTimePeriod[] };
  readonly specialHours: { readonly specialHourPeriods: readonly GoogleSpecialHourPeriod[] };
}

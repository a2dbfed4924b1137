import { formatPlainDate } from "../calendar/plainDate";
import { toGoogleBusinessHours } from "../google/toGoogleBusinessHours";
import { earliest } from "./caching";
import { firstDate, json, JSON_TYPE, route, type Route } from "./routeKit";

/*
 * Google Business Profile hours: one unit's (`/v1/units/{unit}/google-hours`), or every
 * unit's at once (`/v1/google-hours`), since a Business Profile account keeps one location
 * per place and an editor updates them together before Christmas.
 */

const UPDATE_MASK = "for `locations.patch` with `updateMask=regularHours,specialHours`";

/**
 * The two Google routes, as ROUTES lists them.
 *
 * @example
 * GOOGLE_ROUTES.map((r) => r.path) // => ["/v1/google-hours", "/v1/units/{unit}/google-hours"]
 */
export const GOOGLE_ROUTES: readonly Route[] = [
  route({
    name: "googleLocations",
    path: "/v1/google-hours",
    summary: "Google Business Profile hours of every unit",
    description:
      "For each unit (`locations`, in the order of `/v1/units`), its `regularHours` and `specialHours` as `/v1/units/{unit}/google-hours` gives them, " +
      `${UPDATE_MASK} on each location.`,
    produces: JSON_TYPE,
    answer: ({ organization, parameters, now }) => {
      let changesAt: number | null = null;
      const locations = organization.units.map((unit) => {
        const first = firstDate(parameters.from, unit, now);
        changesAt = earliest([changesAt, first.changesAt]);
        const hours = toGoogleBusinessHours(unit.hours, { from: formatPlainDate(first.first), days: parameters.days ?? 365 });
        return { unit: { id: unit.id, name: unit.name }, ...hours };
      });
      return json({ organization: { id: organization.id, name: organization.name }, locations }, changesAt);
    },
  }),
  route({
    name: "google",
    path: "/v1/units/{unit}/google-hours",
    summary: "Google Business Profile hours",
    description:
      "The unit's `regularHours` (the weekly hours) and `specialHours` (every date of `days` (default 365) days from `from` (default: today) with other hours) " +
      `as the Google Business Information API v1 writes them, ${UPDATE_MASK}.`,
    produces: JSON_TYPE,
    answer: ({ unit, parameters, now }) => {
      const { first, changesAt } = firstDate(parameters.from, unit, now);
      return json(toGoogleBusinessHours(unit.hours, { from: formatPlainDate(first), days: parameters.days ?? 365 }), changesAt);
    },
  }),
];

import { formatPlainDate, parsePlainDate } from "../calendar/plainDate";
import type { Organization, Unit } from "../contacts/createOrganization";
import { toICalendar } from "../exports/toICalendar";
import { toOpeningHoursTag } from "../exports/toOpeningHoursTag";
import { toGoogleBusinessHours } from "../google/toGoogleBusinessHours";
import type { Language } from "../schedule/rules";
import { toSchemaOrg } from "../schemaOrg/toSchemaOrg";
import { upcomingDeviations, daysTable } from "../texts/weekTable";
import { localDateInZone, parseChatInstant } from "../zone/isoInstant";
import { dayResult } from "../chat/dayResult";
import { contactJson, statusJson, unitJson } from "./answers";
import { nextDayStart } from "../zone/nextDayStart";
import { earliest } from "./caching";
import type { RouteName, RouteParameters } from "./parameters";
import type { Loaded, ServiceState } from "./state";

/*
 * The routes of the service, one entry each: its path, what it answers (for the OpenAPI
 * document) and how. The parameters of each are in parameters.ts under the same name.
 */

/** What a route answers: a body, its media type, and when it can change (null: only with the config). */
export interface Answer {
  readonly body: string;
  readonly contentType: string;
  readonly changesAt: number | null;
  /** `no-store`: never cached (health). */
  readonly noStore?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a route's answer is made from. */
export interface RouteContext<N extends RouteName> {
  readonly loaded: Loaded;
  readonly organization: Organization;
  /** The unit of a `/v1/units/{unit}/…` route. */
  readonly unit: Unit;
  readonly parameters: RouteParameters<N>;
  /** The request's instant, epoch ms. */
  readonly now: number;
  readonly state: ServiceState;
}

/** One route. */
export interface Route<N extends RouteName = RouteName> {
  readonly name: N;
  /** The path as OpenAPI writes it: `/v1/units/{unit}/status`. */
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  /** The media type of a 200 answer. */
  readonly produces: string;
  answer(context: RouteContext<N>): Answer;
}

const JSON_TYPE = "application/json; charset=utf-8";

function json(body: unknown, changesAt: number | null): Answer {
  return { body: JSON.stringify(body), contentType: JSON_TYPE, changesAt };
}

const language = (lang: Language | undefined): Language => lang ?? "sv";

/** `from` as given, or today in the unit's zone (then the answer changes at midnight). */
function firstDate(from: string | undefined, unit: Unit, now: number): { first: number; changesAt: number | null } {
  if (from !== undefined) return { first: parsePlainDate(from), changesAt: null };
  return { first: parsePlainDate(localDateInZone(new Date(now), unit.timeZone)), changesAt: nextDayStart(now, unit.timeZone) };
}

/** The instant asked about, and whether it was given. */
function instant(at: string | undefined, unit: Unit, now: number): { ms: number; given: boolean } {
  return at === undefined ? { ms: now, given: false } : { ms: parseChatInstant(at, unit.timeZone).getTime(), given: true };
}

function route<N extends RouteName>(definition: Route<N>): Route<N> {
  return Object.freeze(definition);
}

/**
 * The routes, in the order the OpenAPI document lists them.
 *
 * @example
 * ROUTES.map((r) => r.path) // => ["/v1", "/v1/health", "/v1/openapi.json", "/v1/units", …]
 */
export const ROUTES: readonly Route[] = [
  route({
    name: "index",
    path: "/v1",
    summary: "The organisation and the service's links",
    description: "The organisation's id and name, and the URLs of the units list, the OpenAPI document and the health check.",
    produces: JSON_TYPE,
    answer: ({ organization }) =>
      json(
        {
          organization: { id: organization.id, name: organization.name, timeZone: organization.timeZone, calendar: organization.calendar },
          links: { units: "/v1/units", openapi: "/v1/openapi.json", health: "/v1/health" },
        },
        null,
      ),
  }),
  route({
    name: "health",
    path: "/v1/health",
    summary: "Health, and the problems of a config edit that was not loaded",
    description:
      '`status` is "ok", or "stale" when the last edit of the config file was not valid: the service then keeps answering from the last good config, ' +
      "and `config.problems` lists every problem of the edit with its path. Never cached.",
    produces: JSON_TYPE,
    answer: ({ loaded, organization, state }) => {
      const rejected = state.rejected();
      return {
        ...json(
          {
            status: rejected ? "stale" : "ok",
            organization: { id: organization.id, name: organization.name },
            units: organization.units.length,
            config: {
              source: state.source,
              version: loaded.version,
              loadedAt: new Date(loaded.loadedAt).toISOString(),
              rejectedAt: rejected ? new Date(rejected.at).toISOString() : null,
              problems: rejected ? rejected.issues.map((issue) => ({ path: issue.path, message: issue.message })) : [],
            },
          },
          null,
        ),
        noStore: true,
      };
    },
  }),
  // The OpenAPI document is answered by the app itself (it needs the route table); listed here for its parameters.
  route({
    name: "openapi",
    path: "/v1/openapi.json",
    summary: "This document",
    description: "The OpenAPI 3.1 description of the service, made from the same schemas that check the parameters.",
    produces: JSON_TYPE,
    answer: () => {
      throw new Error("answered by createApp");
    },
  }),
  route({
    name: "units",
    path: "/v1/units",
    summary: "Every unit, with its status",
    description:
      "Every place of the organisation with hours — its own place first when it has hours, then its units — each with its status at `at` (default: now) and its links. " +
      "Cached until the first unit changes state, or local midnight.",
    produces: JSON_TYPE,
    answer: ({ organization, parameters, now }) => {
      const lang = language(parameters.lang);
      let changesAt: number | null = null;
      const units = organization.units.map((unit) => {
        const { ms, given } = instant(parameters.at, unit, now);
        const status = statusJson(unit, ms, lang, given);
        changesAt = earliest([changesAt, status.changesAt]);
        const { unit: _self, timeZone: _zone, ...rest } = status.body;
        return { ...unitJson(unit), status: rest };
      });
      return json({ organization: { id: organization.id, name: organization.name, timeZone: organization.timeZone, calendar: organization.calendar }, units }, changesAt);
    },
  }),
  route({
    name: "unit",
    path: "/v1/units/{unit}",
    summary: "A unit: names, addresses, links",
    description: "The unit's id, name, aliases, time zone, web page and addresses, and the URLs of its answers.",
    produces: JSON_TYPE,
    answer: ({ unit }) => json(unitJson(unit), null),
  }),
  route({
    name: "status",
    path: "/v1/units/{unit}/status",
    summary: "Open or not, with the next opening and closing",
    description:
      "Whether the unit is open at `at` (default: now), since and until when, the next opening and closing (ISO-8601 with the zone's offset), the rule in force, " +
      'today\'s hours, a short text ("Stängt idag, julafton · öppnar måndag 28 december 08.00") and a sentence. ' +
      "Without `at`, cached until the next opening or closing, or local midnight, whichever comes first (at most the cap).",
    produces: JSON_TYPE,
    answer: ({ unit, parameters, now }) => {
      const { ms, given } = instant(parameters.at, unit, now);
      const status = statusJson(unit, ms, language(parameters.lang), given);
      return json(status.body, status.changesAt);
    },
  }),
  route({
    name: "days",
    path: "/v1/units/{unit}/days",
    summary: "The hours of every date in a range",
    description: `Each date from \`from\` to \`to\` (default: today and the six days after), with its intervals, hours as text and the rule behind them. At most 366 days; \`to\` must not be before \`from\`.`,
    produces: JSON_TYPE,
    answer: ({ unit, parameters, now }) => {
      const lang = language(parameters.lang);
      const { first, changesAt } = firstDate(parameters.from, unit, now);
      const from = formatPlainDate(first);
      const to = parameters.to ?? formatPlainDate(first + 6);
      const rows = daysTable(unit.hours, from, to, { language: lang });
      return json({ unit: { id: unit.id, name: unit.name }, from, to, days: rows.map((row) => dayResult(row.day, lang)) }, changesAt);
    },
  }),
  route({
    name: "deviations",
    path: "/v1/units/{unit}/deviations",
    summary: "Upcoming days with other hours than usual",
    description: "The dates among the next `days` (default 30) from `from` (default: today) whose hours differ from the regular weekly ones (avvikande öppettider), each with its reason.",
    produces: JSON_TYPE,
    answer: ({ unit, parameters, now }) => {
      const lang = language(parameters.lang);
      const { first, changesAt } = firstDate(parameters.from, unit, now);
      const days = parameters.days ?? 30;
      const from = formatPlainDate(first);
      const rows = upcomingDeviations(unit.hours, { from, days, language: lang });
      return json(
        { unit: { id: unit.id, name: unit.name }, from, to: formatPlainDate(first + days - 1), days, deviations: rows.map((row) => dayResult(row.day, lang)) },
        changesAt,
      );
    },
  }),
  route({
    name: "contacts",
    path: "/v1/units/{unit}/contacts",
    summary: "The unit's contacts, and who can be reached",
    description: "Phone numbers (display, E.164, tel: URI) and e-mail addresses of each contact, whether it can be reached at `at` (default: now), and until or from when.",
    produces: JSON_TYPE,
    answer: ({ unit, parameters, now }) => {
      const lang = language(parameters.lang);
      const { ms, given } = instant(parameters.at, unit, now);
      const contacts = unit.contacts.map((contact) => contactJson(contact, ms, lang));
      const changesAt = given ? null : earliest([nextDayStart(ms, unit.timeZone), ...contacts.map((c) => c.changesAt)]);
      return json({ unit: { id: unit.id, name: unit.name }, timeZone: unit.timeZone, contacts: contacts.map((c) => c.body) }, changesAt);
    },
  }),
  route({
    name: "calendar",
    path: "/v1/units/{unit}/calendar.ics",
    summary: "iCalendar feed to subscribe to",
    description:
      "RFC 5545: every date with other hours than usual as an all-day event, and with `intervals=true` every open interval as a timed event, " +
      "from `from` (default: today) to `to` (default: a year later), at most 1096 days.",
    produces: "text/calendar; charset=utf-8",
    answer: ({ unit, parameters, now, loaded }) => {
      const { first, changesAt } = firstDate(parameters.from, unit, now);
      const from = formatPlainDate(first);
      const to = parameters.to ?? formatPlainDate(first + 365);
      const ics = toICalendar(unit.hours, {
        from,
        to,
        includeOpenIntervals: parameters.intervals === "true",
        language: language(parameters.lang),
        timestamp: loaded.loadedAt, // the same config gives the same feed, and the same ETag
      });
      return { body: ics, contentType: "text/calendar; charset=utf-8", changesAt, headers: { "Content-Disposition": `inline; filename="${unit.id}.ics"` } };
    },
  }),
  route({
    name: "jsonld",
    path: "/v1/units/{unit}/jsonld",
    summary: "schema.org JSON-LD",
    description:
      "The unit as schema.org JSON-LD (GovernmentOffice by default, or `type`), with its regular hours and the special hours of `days` (default 90) days from `from` (default: today), for a page's <script type=\"application/ld+json\">.",
    produces: "application/ld+json; charset=utf-8",
    answer: ({ unit, parameters, now }) => {
      const { first, changesAt } = firstDate(parameters.from, unit, now);
      const jsonLd = toSchemaOrg(unit, { from: formatPlainDate(first), days: parameters.days ?? 90, ...(parameters.type && { type: parameters.type }) });
      return { body: JSON.stringify(jsonLd), contentType: "application/ld+json; charset=utf-8", changesAt };
    },
  }),
  route({
    name: "osm",
    path: "/v1/units/{unit}/osm",
    summary: "OpenStreetMap opening_hours tag",
    description: "An OpenStreetMap `opening_hours` value exact from `from` (default: today) to `to` (default: a year later), at most 1096 days.",
    produces: JSON_TYPE,
    answer: ({ unit, parameters, now }) => {
      const { first, changesAt } = firstDate(parameters.from, unit, now);
      const from = formatPlainDate(first);
      const to = parameters.to ?? formatPlainDate(first + 365);
      return json({ unit: { id: unit.id, name: unit.name }, from, to, opening_hours: toOpeningHoursTag(unit.hours, { from, to }) }, changesAt);
    },
  }),
  route({
    name: "google",
    path: "/v1/units/{unit}/google-hours",
    summary: "Google Business Profile hours",
    description:
      "The unit's `regularHours` (the weekly hours) and `specialHours` (every date of `days` (default 365) days from `from` (default: today) with other hours) " +
      "as the Google Business Information API v1 writes them, for `locations.patch` with `updateMask=regularHours,specialHours`.",
    produces: JSON_TYPE,
    answer: ({ unit, parameters, now }) => {
      const { first, changesAt } = firstDate(parameters.from, unit, now);
      return json(toGoogleBusinessHours(unit.hours, { from: formatPlainDate(first), days: parameters.days ?? 365 }), changesAt);
    },
  }),
  route({
    name: "config",
    path: "/v1/units/{unit}/config",
    summary: "The unit's schedule config, to compute locally",
    description:
      "The unit's hours as a schedule config (with its time zone), ready for `createSchedule(config)`: a kiosk or a page keeps it and answers by itself while the service is down.",
    produces: JSON_TYPE,
    answer: ({ unit }) => json({ ...unit.hours.config, timeZone: unit.timeZone }, null),
  }),
];

import * as z from "zod/mini";
import { describe, formatPlainDate, parsePlainDate } from "../calendar/plainDate";
import { SCHEMA_ORG_TYPES } from "../schemaOrg/toSchemaOrg";
import { instantArgument } from "../validation/instantArgument";
import { plainDateArgument } from "../validation/plainDateArgument";

/*
 * The query parameters of the service, one zod/mini schema per route: they validate the
 * requests, and the OpenAPI document is made from them (openapi.ts), so the two cannot
 * drift apart. Every check words its own message, naming the parameter.
 */

/** The most days a `days` or `deviations` answer covers. */
export const MAX_DAYS = 366;
/** The longest window of the calendar, JSON-LD and OSM answers: three years, as the exports allow. */
export const MAX_EXPORT_DAYS = 3 * 365 + 1;

function got(input: unknown): string {
  if (typeof input === "number") return String(input); // a query value, coerced from its text
  return typeof input === "string" ? JSON.stringify(input) : describe(input);
}

/** `YYYY-MM-DD`: a date that exists, within the supported years. */
function plainDate(name: string, description: string) {
  return plainDateArgument(name, description, got);
}

/** An ISO-8601 instant; without an offset, wall-clock time in the unit's zone. */
const at = instantArgument(
  "at",
  "The moment to ask about, ISO-8601: 2026-12-24T10:00 (wall-clock time in the unit's time zone) or with an offset, 2026-12-24T10:00+01:00. " +
    "Default: now (and then the answer is cached until it changes).",
);

const lang = z
  .enum(["sv", "en"], { error: (issue) => `lang must be "sv" or "en", got ${got(issue.input)}` })
  .check(z.describe('Language of the texts: "sv" (Swedish, the default) or "en" (English).'));

/** A whole number of days, from a query string. */
function dayCount(name: string, max: number, description: string) {
  const message = (issue: { input?: unknown }) => `${name} must be a whole number 1–${max}, got ${got(issue.input)}`;
  return z.coerce.number({ error: message }).check(z.int({ error: message }), z.minimum(1, { error: message }), z.maximum(max, { error: message }), z.describe(description));
}

/** A strict object: an unknown parameter (a typo such as `form=`) is an error naming the known ones. */
function parameters<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape).join(", ") || "none";
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown parameter${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")} (parameters: ${known})`
        : undefined,
  });
}

/** `to` must not come before `from`, and the window holds at most `max` days. */
function dateWindow(max: number) {
  return z.superRefine((value: { from?: string | undefined; to?: string | undefined }, ctx) => {
    if (value.from === undefined || value.to === undefined) return;
    const from = parsePlainDate(value.from);
    const to = parsePlainDate(value.to);
    if (to < from) ctx.issues.push({ code: "custom", message: `to (${value.to}) is before from (${value.from})`, path: ["to"], input: value.to });
    else if (to - from + 1 > max) {
      ctx.issues.push({ code: "custom", message: `from ${value.from} to ${value.to} is ${to - from + 1} days; at most ${max} (to ≤ ${formatPlainDate(from + max - 1)})`, path: ["to"], input: value.to });
    }
  });
}

/**
 * The query parameters of each route, by route name.
 *
 * @example
 * ROUTE_PARAMETERS.days.safeParse({ from: "2026-12-21", to: "2026-12-27" }).success // => true
 */
export const ROUTE_PARAMETERS = {
  index: parameters({}),
  health: parameters({}),
  openapi: parameters({}),
  units: parameters({ at: z.optional(at), lang: z.optional(lang) }),
  unit: parameters({}),
  status: parameters({ at: z.optional(at), lang: z.optional(lang) }),
  days: parameters({
    from: z.optional(plainDate("from", "The first date, YYYY-MM-DD. Default: today in the unit's time zone.")),
    to: z.optional(plainDate("to", `The last date, YYYY-MM-DD, at most ${MAX_DAYS} days from \`from\`. Default: six days after \`from\` (a week).`)),
    lang: z.optional(lang),
  }).check(dateWindow(MAX_DAYS)),
  deviations: parameters({
    from: z.optional(plainDate("from", "The first date to look at, YYYY-MM-DD. Default: today in the unit's time zone.")),
    days: z.optional(dayCount("days", MAX_DAYS, `How many days to look ahead, 1–${MAX_DAYS}. Default: 30.`)),
    lang: z.optional(lang),
  }),
  contacts: parameters({ at: z.optional(at), lang: z.optional(lang) }),
  calendar: parameters({
    from: z.optional(plainDate("from", "The first date of the calendar, YYYY-MM-DD. Default: today in the unit's time zone.")),
    to: z.optional(plainDate("to", `The last date, YYYY-MM-DD, at most ${MAX_EXPORT_DAYS} days from \`from\`. Default: a year after \`from\`.`)),
    intervals: z.optional(
      z
        .enum(["true", "false"], { error: (issue) => `intervals must be "true" or "false", got ${got(issue.input)}` })
        .check(z.describe('"true": also every open interval as a timed event. Default: "false" (the days with other hours than usual, as all-day events).')),
    ),
    lang: z.optional(lang),
  }).check(dateWindow(MAX_EXPORT_DAYS)),
  jsonld: parameters({
    from: z.optional(plainDate("from", "The first date whose special hours are written, YYYY-MM-DD. Default: today in the unit's time zone.")),
    days: z.optional(dayCount("days", MAX_EXPORT_DAYS, `How many days of special hours, 1–${MAX_EXPORT_DAYS}. Default: 90.`)),
    type: z.optional(
      z
        .enum(SCHEMA_ORG_TYPES, { error: (issue) => `type must be one of ${SCHEMA_ORG_TYPES.join(", ")}, got ${got(issue.input)}` })
        .check(z.describe("The schema.org type. Default: GovernmentOffice.")),
    ),
  }),
  osm: parameters({
    from: z.optional(plainDate("from", "The first date the tag is exact for, YYYY-MM-DD. Default: today in the unit's time zone.")),
    to: z.optional(plainDate("to", `The last date the tag is exact for, at most ${MAX_EXPORT_DAYS} days from \`from\`. Default: a year after \`from\`.`)),
  }).check(dateWindow(MAX_EXPORT_DAYS)),
  google: parameters({
    from: z.optional(plainDate("from", "The first date whose special hours are written, YYYY-MM-DD. Default: today in the unit's time zone.")),
    days: z.optional(dayCount("days", MAX_EXPORT_DAYS, `How many days of special hours, 1–${MAX_EXPORT_DAYS}. Default: 365.`)),
  }),
  config: parameters({}),
} as const;

/** A route's name. */
export type RouteName = keyof typeof ROUTE_PARAMETERS;

/** A route's parameters after validation. */
export type RouteParameters<N extends RouteName> = z.output<(typeof ROUTE_PARAMETERS)[N]>;

/** One problem with a parameter, as listed in a 400 answer. */
export interface ParameterProblem {
  readonly in: "query" | "path";
  readonly name: string;
  readonly detail: string;
}

/**
 * Reads a route's query parameters from a URL: every problem is listed — a parameter given
 * twice, an unknown one, a bad value — never only the first.
 *
 * @example
 * readParameters("days", new URL("http://x/v1/units/a/days?from=2026-02-30&form=x"))
 * // => { problems: [{ in: "query", name: "from", detail: "…2026-02 has 28 days" }, { in: "query", name: "form", detail: 'unknown parameter "form" (parameters: from, to, lang)' }] }
 */
export function readParameters<N extends RouteName>(route: N, url: URL): { value: RouteParameters<N> } | { problems: ParameterProblem[] } {
  const raw: Record<string, string> = {};
  const problems: ParameterProblem[] = [];
  const counts = new Map<string, number>();
  for (const [name, value] of url.searchParams) {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    raw[name] = value;
  }
  for (const [name, count] of counts) {
    if (count > 1) problems.push({ in: "query", name, detail: `${name} is given ${count} times; give it once` });
  }
  const result = ROUTE_PARAMETERS[route].safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) problems.push({ in: "query", name: key, detail: issue.message });
      } else {
        const name = String(issue.path[0] ?? "");
        problems.push({ in: "query", name, detail: issue.message && issue.message !== "Invalid input" ? issue.message : `${name} is not valid (${issue.code})` });
      }
    }
  }
  if (problems.length > 0) return { problems };
  return { value: (result as unknown as { data: RouteParameters<N> }).data };
}

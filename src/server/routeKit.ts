import { parsePlainDate } from "../calendar/plainDate";
import type { Organization, Unit } from "../contacts/createOrganization";
import type { Language } from "../schedule/rules";
import { localDateInZone, parseChatInstant } from "../zone/isoInstant";
import { nextDayStart } from "../zone/nextDayStart";
import type { RouteName, RouteParameters } from "./parameters";
import type { Loaded, ServiceState } from "./state";

/*
 * What every route is made of: its shape, and the small helpers the answers share (a JSON
 * answer, the default first date, the instant asked about). The routes are in routes.ts and,
 * for Google Business Profile, googleRoutes.ts.
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

export const JSON_TYPE = "application/json; charset=utf-8";

/**
 * A JSON answer that can change at `changesAt` (epoch ms; null: only with the config).
 *
 * @example
 * json({ ok: true }, null).contentType // => "application/json; charset=utf-8"
 */
export function json(body: unknown, changesAt: number | null): Answer {
  return { body: JSON.stringify(body), contentType: JSON_TYPE, changesAt };
}

/**
 * The answer's language: `sv` unless `lang` says otherwise.
 *
 * @example
 * language(undefined) // => "sv"
 */
export const language = (lang: Language | undefined): Language => lang ?? "sv";

/**
 * `from` as given, or today in the unit's zone (then the answer changes at midnight).
 *
 * @example
 * firstDate("2026-12-20", unit, Date.now()) // => { first: <2026-12-20>, changesAt: null }
 */
export function firstDate(from: string | undefined, unit: Unit, now: number): { first: number; changesAt: number | null } {
  if (from !== undefined) return { first: parsePlainDate(from), changesAt: null };
  return { first: parsePlainDate(localDateInZone(new Date(now), unit.timeZone)), changesAt: nextDayStart(now, unit.timeZone) };
}

/**
 * The instant asked about, and whether it was given.
 *
 * @example
 * instant(undefined, unit, now) // => { ms: now, given: false }
 */
export function instant(at: string | undefined, unit: Unit, now: number): { ms: number; given: boolean } {
  return at === undefined ? { ms: now, given: false } : { ms: parseChatInstant(at, unit.timeZone).getTime(), given: true };
}

/**
 * A route, frozen.
 *
 * @example
 * route({ name: "config", path: "/v1/units/{unit}/config", summary, description, produces: JSON_TYPE, answer })
 */
export function route<N extends RouteName>(definition: Route<N>): Route<N> {
  return Object.freeze(definition);
}


import { Hono } from "hono";
import type { Unit } from "../contacts/createOrganization";
import { DEFAULT_MAX_AGE_CAP, etagOf, ifNoneMatchMatches, maxAgeSeconds } from "./caching";
import { mountEditRoutes, type EditOptions } from "./editRoutes";
import { mountMcpRoutes, type McpHttpOptions } from "./mcpRoutes";
import { openApiDocument } from "./openapi";
import { readParameters, type RouteName } from "./parameters";
import { CORS_HEADERS, invalidParameters, plainProblem, problemResponse, PROBLEM_TYPES, type ProblemType } from "./problems";
import { createAnswerMemo, type MemoEntry } from "./answerMemo";
import { ROUTES, type Answer, type Route } from "./routes";
import { createServiceState, type Loaded, type OrganizationInput, type ServiceState } from "./state";

/** Options of `createApp`. */
export interface AppOptions {
  /** The clock, epoch ms (default `Date.now`): what "now" is for answers without `at`. */
  now?: () => number;
  /**
   * The longest `Cache-Control: max-age`, in seconds (default 300). Answers are fresh until
   * they can change, but a config edit changes them too: this is how long an edit may take
   * to reach a client behind a cache.
   */
  maxAgeCap?: number;
  /**
   * The edit API (`GET`/`PUT /v1/config`, `/v1/config/history`): a token and a store.
   * Without it those routes do not exist (404).
   */
  edit?: EditOptions;
  /**
   * `/mcp`, the chat tools over MCP (Streamable HTTP, stateless; needs the optional peer
   * @modelcontextprotocol/sdk, else 501): which web pages may call it (`origins`, default none).
   */
  mcp?: McpHttpOptions;
}

/** The service: a Hono app, whose `fetch(request)` answers a web-standard `Request`. */
export type App = Hono;

const METHODS = "GET, HEAD, OPTIONS";
/** A preflight's answer: any origin may GET, with If-None-Match; for a day. */
const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": METHODS,
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Max-Age": "86400",
};

/**
 * The service of SPEC §11 for one organisation and its units, as a Hono app: a standard
 * `fetch(Request) → Response` handler for Node (`oppettider serve`), serverless and edge
 * runtimes. It takes an organisation, its config (validated: `ConfigError` when bad), or a
 * service state whose config can be replaced while it serves (`createServiceState`).
 *
 * Routes (GET, HEAD; OPTIONS for CORS): `/v1`, `/v1/health`, `/v1/openapi.json`, `/v1/units`,
 * and per unit `/v1/units/{unit}` with `/status`, `/days`, `/deviations`, `/contacts`,
 * `/calendar.ics`, `/jsonld`, `/osm`, `/google-hours` and `/config`. Answers carry `Cache-Control: max-age`
 * until they can change (the next opening or closing, local midnight; at most `maxAgeCap`)
 * and an `ETag` (`304` for a matching `If-None-Match`); errors are RFC 9457 problem details.
 * With `options.edit`, also the edit API: `GET`/`PUT /v1/config` and its history (editRoutes.ts).
 * `POST /mcp` answers the chat tools over MCP, as `oppettider mcp` does over stdio (mcpRoutes.ts).
 *
 * @example
 * const app = createApp(presets.arjeplogKommun);
 * const response = await app.fetch(new Request("http://localhost/v1/units/arjeplogs-kommun/status?at=2026-12-24T10:00"));
 * (await response.json()).text // => "Stängt idag, julafton · öppnar måndag 28 december 08.00"
 *
 * @example
 * // Cloudflare Workers, Deno Deploy, Bun: the app's fetch is the handler.
 * export default { fetch: createApp(config).fetch };
 *
 * @example
 * // Saving edits: PUT /v1/config with Authorization: Bearer <token> and If-Match.
 * const app = createApp(state, { edit: { token: process.env.EDIT_TOKEN, store: createMemoryConfigStore(text) } });
 */
export function createApp(input: OrganizationInput | ServiceState, options: AppOptions = {}): App {
  const state = isServiceState(input) ? input : createServiceState(input);
  const now = options.now ?? Date.now;
  const cap = checkCap(options.maxAgeCap ?? DEFAULT_MAX_AGE_CAP);
  const openApiCache = new WeakMap<Loaded, string>();
  const answers = createAnswerMemo();

  const app = new Hono();
  mountEditRoutes(app, state, options.edit); // before the catch-alls below, which it answers for its own paths
  mountMcpRoutes(app, state, options.mcp); // the same
  // CORS by hand rather than with hono/cors: that middleware edits each response after the
  // handler, which makes @hono/node-server build a full web Response, at a third of the speed.
  app.options("*", () => new Response(null, { status: 204, headers: PREFLIGHT_HEADERS }));
  app.on(["POST", "PUT", "DELETE", "PATCH", "QUERY"], "*", (c) => {
    const url = new URL(c.req.url);
    return plainProblem(405, "Method Not Allowed", `${c.req.method} is not allowed: the service only answers ${METHODS}`, url.pathname + url.search, { Allow: METHODS });
  });

  for (const route of ROUTES) {
    const hasUnit = route.path.includes("{unit}");
    app.get(route.path.replace("{unit}", ":unit"), (c) => {
      const started = now();
      const loaded = state.current(); // one organisation for the whole request, whatever a reload does meanwhile
      const href = c.req.url;
      const query = href.indexOf("?");
      const search = query < 0 ? "" : href.slice(query); // the memo's key, without parsing the URL
      let unit: Unit | undefined;
      if (hasUnit) {
        const id = c.req.param("unit") ?? "";
        unit = loaded.organization.units.find((candidate) => candidate.id === id);
        if (!unit) return unknownUnit(loaded, id, instanceOf(href));
      }
      const key = `${route.name} ${unit?.id ?? ""} ${search}`;
      let entry = answers.get(key, loaded, started);
      if (!entry) {
        const url = new URL(href);
        const instance = url.pathname + url.search;
        const read = readParameters(route.name, url);
        if ("problems" in read) return invalidParameters(read.problems, instance);
        let answer: Answer;
        try {
          answer =
            route.name === "openapi"
              ? openApi(loaded)
              : (route as Route<RouteName>).answer({ loaded, organization: loaded.organization, unit: unit!, parameters: read.value as never, now: started, state });
        } catch (error) {
          // A question the calendar cannot answer (a date in 2101 through a default window).
          if (error instanceof RangeError) return problemResponse("outside-supported-years", error.message, instance);
          throw error;
        }
        entry = answers.set(key, loaded, answer);
      }
      return respond(entry, c.req.header("If-None-Match"), started, cap);
    });
  }

  app.get("/v1/problems/:type", (c) => {
    const name = c.req.param("type");
    const type = Object.prototype.hasOwnProperty.call(PROBLEM_TYPES, name) ? PROBLEM_TYPES[name as ProblemType] : undefined;
    const url = new URL(c.req.url);
    if (!type) return plainProblem(404, "Not Found", `no problem type ${JSON.stringify(name)} (types: ${Object.keys(PROBLEM_TYPES).join(", ")})`, url.pathname);
    return respond({ body: JSON.stringify({ type: url.pathname, ...type }), contentType: "application/json; charset=utf-8", changesAt: null }, c.req.header("If-None-Match"), now(), cap);
  });

  app.notFound((c) => {
    const url = new URL(c.req.url);
    return plainProblem(404, "Not Found", `no route ${url.pathname}; the service's routes are under /v1 (see /v1/openapi.json)`, url.pathname + url.search);
  });
  app.onError((error, c) => {
    console.error("oppettider service: internal error", error);
    const url = new URL(c.req.url);
    return plainProblem(500, "Internal Server Error", "the service failed to answer; the error is in its log", url.pathname + url.search);
  });

  function openApi(loaded: Loaded): Answer {
    let body = openApiCache.get(loaded);
    if (body === undefined) {
      body = JSON.stringify(openApiDocument(loaded.organization, ROUTES, { edit: options.edit !== undefined }));
      openApiCache.set(loaded, body);
    }
    return { body, contentType: "application/json; charset=utf-8", changesAt: null };
  }

  return app;
}

/** A 200 (or 304) with its caching headers. */
function respond(entry: Answer | MemoEntry, ifNoneMatch: string | undefined, now: number, cap: number): Response {
  const answer = "answer" in entry ? entry.answer : entry;
  if (answer.noStore) {
    return new Response(answer.body, { status: 200, headers: { ...CORS_HEADERS, "Content-Type": answer.contentType, "Cache-Control": "no-store", ...answer.headers } });
  }
  const etag = "etag" in entry ? entry.etag : etagOf(answer.body);
  const cacheControl = `public, max-age=${maxAgeSeconds(now, answer.changesAt, cap)}`;
  if (ifNoneMatchMatches(ifNoneMatch, etag)) return new Response(null, { status: 304, headers: { ...CORS_HEADERS, ETag: etag, "Cache-Control": cacheControl } });
  const headers: Record<string, string> = {
    "Access-Control-Allow-Origin": CORS_HEADERS["Access-Control-Allow-Origin"],
    "Access-Control-Expose-Headers": CORS_HEADERS["Access-Control-Expose-Headers"],
    ETag: etag,
    "Cache-Control": cacheControl,
    "Content-Type": answer.contentType,
  };
  if (answer.headers) Object.assign(headers, answer.headers);
  return new Response(answer.body, { status: 200, headers });
}

/** The path and query of a URL, for a problem's `instance`. */
function instanceOf(href: string): string {
  const url = new URL(href);
  return url.pathname + url.search;
}

function unknownUnit(loaded: Loaded, id: string, instance: string): Response {
  const found = loaded.organization.findUnit(id);
  const candidates = found.candidates.map((unit) => ({ id: unit.id, name: unit.name, href: `/v1/units/${encodeURIComponent(unit.id)}` }));
  const hint = found.unit ? `; did you mean ${found.unit.id} (${found.unit.name})?` : `; the units are ${loaded.organization.units.map((unit) => unit.id).join(", ")}`;
  return problemResponse("unknown-unit", `no unit has the id ${JSON.stringify(id)}${hint}`, instance, { candidates });
}

function isServiceState(input: unknown): input is ServiceState {
  return typeof input === "object" && input !== null && typeof (input as ServiceState).current === "function" && typeof (input as ServiceState).load === "function";
}

function checkCap(cap: unknown): number {
  if (typeof cap !== "number" || !Number.isInteger(cap) || cap < 0) throw new RangeError(`maxAgeCap must be a whole number of seconds ≥ 0, got ${String(cap)}`);
  return cap;
}

import type { Context, Hono } from "hono";
import type { Organization } from "../contacts/createOrganization";
import { createOrganization } from "../contacts/withPhones";
import type { OrganizationConfig } from "../contacts/schema";
import { ConfigError, type ConfigIssue } from "../validation/configError";
import { parseJsonText } from "../validation/parseJsonText";
import { ifNoneMatchMatches } from "./caching";
import type { ConfigStore } from "./configStore";
import { bytesEtag } from "./digest";
import { ifMatchMatches, isJsonContentType, readBody, utf8Text } from "./editRequest";
import { HistoryIdSchema } from "./editSchemas";
import { createTokenCheck, editTokenProblem } from "./editToken";
import { CORS_HEADERS, plainProblem, problemResponse } from "./problems";
import type { ServiceState } from "./state";

/*
 * The edit API (issue 19): read the config, save a new one, list and restore the previous
 * ones. A save is refused — and the stored config left byte for byte as it was — without
 * the token (401), without If-Match (428) or with a stale one (412), for a body that is not
 * JSON by its type (415), over 1 MB (413), or not a valid config (400, every problem with
 * its path). Saves run one at a time, so two with the same If-Match cannot both win; a save
 * puts the new config in service before it answers.
 */

/** The edit API's options (`createApp(state, { edit })`). */
export interface EditOptions {
  /** The shared secret a save must carry as `Authorization: Bearer <token>` (at least 16 characters). */
  readonly token: string;
  /** Where the config is kept: `createNodeConfigStore(file)` on Node, `createMemoryConfigStore(text)`, or your own. */
  readonly store: ConfigStore;
  /** Told after each save, once the new config is in service (the serve command logs it). */
  readonly onSaved?: (saved: SavedConfig) => void;
}

/** A save that went into service. */
export interface SavedConfig {
  readonly text: string;
  readonly etag: string;
  readonly savedAt: number;
  /** The history id of the version it replaced; null when the config sent was the one stored. */
  readonly previous: string | null;
  /** The service state's version now. */
  readonly version: number;
}

const JSON_TYPE = "application/json; charset=utf-8";
const PATHS = {
  config: { path: "/v1/config", methods: "GET, HEAD, PUT, OPTIONS" },
  history: { path: "/v1/config/history", methods: "GET, HEAD, OPTIONS" },
  version: { path: "/v1/config/history/:id", methods: "GET, HEAD, OPTIONS" },
  restore: { path: "/v1/config/history/:id/restore", methods: "POST, OPTIONS" },
} as const;

/**
 * Adds the edit routes to the app, before its catch-alls. Without `edit` they answer 404,
 * as a route that does not exist.
 *
 * @example
 * mountEditRoutes(app, state, { token, store: createNodeConfigStore("kommun.json") });
 */
export function mountEditRoutes(app: Hono, state: ServiceState, edit: EditOptions | undefined): void {
  if (edit === undefined) {
    for (const { path } of Object.values(PATHS)) app.all(path, (c) => c.notFound());
    return;
  }
  const problem = editTokenProblem(edit.token);
  if (problem) throw new RangeError(`createApp: ${problem}`);
  const store = edit.store;
  if (typeof store?.read !== "function" || typeof store.replace !== "function" || typeof store.history !== "function" || typeof store.version !== "function") {
    throw new TypeError("createApp: edit.store must be a ConfigStore (read, replace, history, version)");
  }
  const checkToken = createTokenCheck(edit.token);
  const oneAtATime = createQueue();
  const versionEtags = new Map<string, string>(); // a version's bytes never change

  for (const { path, methods } of Object.values(PATHS)) {
    app.options(path, () => new Response(null, { status: 204, headers: preflightHeaders(methods) }));
  }

  app.get(PATHS.config.path, async (c) => {
    const stored = await store.read();
    if (!stored) return plainProblem(404, "Not Found", "there is no config: its file is missing", pathOf(c));
    return bytesAnswer(stored.bytes, await bytesEtag(stored.bytes), c.req.header("If-None-Match"), { "Last-Modified": new Date(stored.savedAt).toUTCString() });
  });

  app.put(PATHS.config.path, async (c) => {
    const refused = (await refuseUnauthorized(c)) ?? refuseWithoutIfMatch(c);
    if (refused) return refused;
    if (!isJsonContentType(c.req.header("Content-Type"))) {
      return plainProblem(415, "Unsupported Media Type", `the config must be sent as Content-Type: application/json, got ${JSON.stringify(c.req.header("Content-Type") ?? "none")}`, pathOf(c));
    }
    const body = await readBody(c.req.raw);
    if ("tooLarge" in body) return plainProblem(413, "Content Too Large", "a config can be at most 1048576 bytes (1 MB)", pathOf(c));
    return oneAtATime(() => save(body.bytes, c.req.header("If-Match")!, pathOf(c)));
  });

  app.get(PATHS.history.path, async () => {
    const versions = await store.history();
    const listed = [];
    for (const version of versions) {
      const etag = await versionEtag(version.id);
      if (etag) listed.push({ id: version.id, savedAt: new Date(version.savedAt).toISOString(), etag, bytes: version.bytes });
    }
    return jsonAnswer({ versions: listed }, 200);
  });

  app.get(PATHS.version.path, async (c) => {
    const bytes = await versionBytes(c.req.param("id") ?? "");
    if (!bytes) return noVersion(c);
    return bytesAnswer(bytes, await bytesEtag(bytes), c.req.header("If-None-Match"));
  });

  app.post(PATHS.restore.path, async (c) => {
    const refused = (await refuseUnauthorized(c)) ?? refuseWithoutIfMatch(c);
    if (refused) return refused;
    const bytes = await versionBytes(c.req.param("id") ?? "");
    if (!bytes) return noVersion(c);
    return oneAtATime(() => save(bytes, c.req.header("If-Match")!, pathOf(c)));
  });

  for (const { path, methods } of Object.values(PATHS)) {
    app.all(path, (c) => plainProblem(405, "Method Not Allowed", `${c.req.method} is not allowed here: ${methods}`, pathOf(c), { Allow: methods }));
  }

  /** Saves `next` in place of the version `ifMatch` names; one call at a time. */
  async function save(next: Uint8Array, ifMatch: string, instance: string): Promise<Response> {
    const current = await store.read();
    const currentEtag = current ? await bytesEtag(current.bytes) : null;
    if (!current || !currentEtag || !ifMatchMatches(ifMatch, currentEtag)) {
      const detail = current
        ? `the config was saved by someone else since it was read (its ETag is now ${currentEtag}, not ${ifMatch}); nothing was saved`
        : "there is no config to replace: its file is missing; nothing was saved";
      const response = problemResponse("config-changed", detail, instance);
      if (currentEtag) response.headers.set("ETag", currentEtag);
      return response;
    }
    const read = readConfig(next);
    if ("issues" in read) {
      const first = read.issues[0]!;
      const detail = `${read.count === 1 ? "" : `${read.count} problems, the first: `}${first.path || "(config)"}: ${first.message}; nothing was saved`;
      return problemResponse("invalid-config", detail, instance, { errors: read.issues.map(({ path, message }) => ({ path, message })) });
    }
    // Everything that could take a turn of the event loop is done before the file is
    // replaced: from the replace to the new state, no file watcher can come in between.
    const etag = await bytesEtag(next);
    const unchanged = etag === currentEtag;
    const replaced = unchanged ? { savedAt: current.savedAt, previous: null } : await store.replace(next, current);
    state.load(read.organization);
    edit!.onSaved?.({ text: read.text, etag, savedAt: replaced.savedAt, previous: replaced.previous, version: state.current().version });
    return jsonAnswer({ etag, savedAt: new Date(replaced.savedAt).toISOString(), previous: replaced.previous }, 200, { ETag: etag });
  }

  async function refuseUnauthorized(c: Context): Promise<Response | null> {
    const check = await checkToken(c.req.header("Authorization"));
    if (check === "ok") return null;
    const detail =
      check === "missing" ? "saving needs the edit token: send Authorization: Bearer <token>; nothing was saved" : "the edit token is not right; nothing was saved";
    return plainProblem(401, "Unauthorized", detail, pathOf(c), { "WWW-Authenticate": check === "missing" ? 'Bearer realm="oppettider"' : 'Bearer realm="oppettider", error="invalid_token"' });
  }

  function refuseWithoutIfMatch(c: Context): Response | null {
    if (c.req.header("If-Match")?.trim()) return null;
    return problemResponse("if-match-required", "send If-Match with the ETag of GET /v1/config, so that a save cannot undo someone else's; nothing was saved", pathOf(c));
  }

  async function versionBytes(id: string): Promise<Uint8Array | null> {
    return HistoryIdSchema.safeParse(id).success ? store.version(id) : null;
  }

  async function versionEtag(id: string): Promise<string | null> {
    let etag = versionEtags.get(id);
    if (etag === undefined) {
      const bytes = await store.version(id);
      if (!bytes) return null; // removed meanwhile
      etag = await bytesEtag(bytes);
      versionEtags.set(id, etag);
    }
    return etag;
  }
}

/** A config's text read into an organisation, or every problem of it. */
function readConfig(bytes: Uint8Array): { text: string; organization: Organization } | { issues: readonly ConfigIssue[]; count: number } {
  const text = utf8Text(bytes);
  if (text === null) return { issues: [{ path: "", message: "the request body is not UTF-8 text" }], count: 1 };
  let json: unknown;
  try {
    json = parseJsonText(text, "the request body");
  } catch (error) {
    return { issues: [{ path: "", message: (error as Error).message }], count: 1 };
  }
  try {
    return { text, organization: createOrganization(json as OrganizationConfig) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { issues: error.issues, count: error.issueCount };
  }
}

/** Runs tasks one after another, in the order given. */
function createQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

function preflightHeaders(methods: string): Record<string, string> {
  return {
    ...CORS_HEADERS,
    "Access-Control-Allow-Methods": methods,
    "Access-Control-Allow-Headers": "Authorization, If-Match, If-None-Match, Content-Type",
    "Access-Control-Max-Age": "86400",
  };
}

function jsonAnswer(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...CORS_HEADERS, "Content-Type": JSON_TYPE, "Cache-Control": "no-store", ...headers } });
}

/** Stored bytes as they are, with their ETag (304 for a matching If-None-Match). */
function bytesAnswer(bytes: Uint8Array, etag: string, ifNoneMatch: string | undefined, headers: Record<string, string> = {}): Response {
  const common = { ...CORS_HEADERS, ETag: etag, "Cache-Control": "no-store", ...headers };
  if (ifNoneMatchMatches(ifNoneMatch, etag)) return new Response(null, { status: 304, headers: common });
  return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers: { ...common, "Content-Type": JSON_TYPE } });
}

function noVersion(c: Context): Response {
  return plainProblem(404, "Not Found", `no previous version has the id ${JSON.stringify(c.req.param("id"))} (see GET /v1/config/history)`, pathOf(c));
}

function pathOf(c: Context): string {
  return new URL(c.req.url).pathname;
}

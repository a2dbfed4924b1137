/// <reference lib="dom" />
import type { Language } from "../schedule/rules";
import { UI_WORDS } from "./words";

/*
 * Where an element's hours come from, read as JSON: an inline <script type="application/json">
 * child, a `config` URL, or an `oppettider serve` service (`src`) and a `unit`. Several
 * elements on a page that name the same URL share one request.
 */

/** Why a source could not be read, told in the element's language by `describe`. */
export class SourceError extends Error {
  override name = "SourceError";
  /** A network error or a 5xx: the service may be back later, the last good answer serves meanwhile. */
  readonly retryable: boolean;
  /** The message in a language. */
  readonly describe: (language: Language) => string;

  constructor(describe: (language: Language) => string, retryable: boolean, cause?: unknown) {
    super(describe("en"), { cause });
    this.describe = describe;
    this.retryable = retryable;
  }
}

/** What an element was given. */
export type SourceSpec =
  | { readonly kind: "inline"; readonly text: string }
  | { readonly kind: "config"; readonly url: string }
  | { readonly kind: "service"; readonly url: string; readonly unit: string };

/** The JSON an element builds its place from. */
export interface LoadedSource {
  /** A schedule config, an organisation config, or a unit config. */
  readonly config: unknown;
  /** The service's contacts answer (service mode only), else null. */
  readonly contacts: unknown;
  /** Set when the service could not be reached and the last good answer is used. */
  readonly savedAt: string | null;
}

/** The page's requests by URL, with when they were made. */
const requests = new Map<string, { readonly promise: Promise<unknown>; readonly at: number }>();

/**
 * Reads the JSON of a source. Throws `SourceError` (a message for the page) or
 * `SyntaxError` (inline JSON).
 *
 * @example
 * const { config } = await loadSource({ kind: "config", url: "/kommun.json" });
 */
export async function loadSource(spec: SourceSpec, maxAgeMs = Infinity): Promise<LoadedSource> {
  switch (spec.kind) {
    case "inline":
      return { config: JSON.parse(spec.text), contacts: null, savedAt: null };
    case "config":
      return { config: await fetchJson(spec.url, maxAgeMs), contacts: null, savedAt: null };
    case "service":
      return loadFromService(spec.url, spec.unit, maxAgeMs);
  }
}

/** A service's address of a unit's resource: `src` may be the service's root or its `/v1`. */
export function serviceUrl(src: string, unit: string, resource: "config" | "contacts"): string {
  const base = new URL(src, document.baseURI);
  base.pathname = base.pathname.replace(/\/?(v1\/?)?$/, "/");
  return new URL(`v1/units/${encodeURIComponent(unit)}/${resource}`, base).href;
}

/**
 * The unit's schedule config and contacts from the service, remembered in localStorage.
 * When the service cannot be reached (network error, 5xx), the last good answer is used:
 * the element computes the hours locally, so it stays right while the service is down.
 */
async function loadFromService(src: string, unit: string, maxAgeMs: number): Promise<LoadedSource> {
  const key = `oppettider:${serviceUrl(src, unit, "config")}`;
  try {
    const [config, contacts] = await Promise.all([
      fetchJson(serviceUrl(src, unit, "config"), maxAgeMs),
      fetchJson(serviceUrl(src, unit, "contacts"), maxAgeMs).catch((error: unknown) => {
        // The hours are what matters; contacts are shown when they come.
        console.warn("oppettider:", error);
        return null;
      }),
    ]);
    const answer = { config, contacts, savedAt: new Date().toISOString() };
    try {
      localStorage.setItem(key, JSON.stringify(answer));
    } catch {
      // Storage full or blocked (private mode): the element still works, without a fallback.
    }
    return { ...answer, savedAt: null };
  } catch (error) {
    if (!(error instanceof SourceError) || !error.retryable) throw error;
    const saved = readSaved(key);
    if (!saved) throw error;
    console.warn(`oppettider: ${error.message} Using the last good answer, from ${saved.savedAt}.`);
    return saved;
  }
}

function readSaved(key: string): LoadedSource | null {
  try {
    const text = localStorage.getItem(key);
    if (text === null) return null;
    const saved = JSON.parse(text) as LoadedSource;
    return saved && typeof saved === "object" && "config" in saved ? saved : null;
  } catch {
    return null;
  }
}

/** GETs JSON; elements asking for the same URL share one request not older than `maxAgeMs`. */
function fetchJson(url: string, maxAgeMs: number): Promise<unknown> {
  const href = new URL(url, document.baseURI).href;
  const now = Date.now();
  const known = requests.get(href);
  if (known && now - known.at <= maxAgeMs) return known.promise;
  const promise = fetchJsonOnce(href, url);
  requests.set(href, { promise, at: now });
  // A failed request is asked again by the next element that needs it.
  promise.catch(() => {
    if (requests.get(href)?.promise === promise) requests.delete(href);
  });
  return promise;
}

async function fetchJsonOnce(href: string, shown: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(href, { headers: { accept: "application/json" } });
  } catch (cause) {
    throw new SourceError((language) => UI_WORDS[language].fetchError(shown), true, cause);
  }
  const status = response.status;
  if (!response.ok) throw new SourceError((language) => UI_WORDS[language].httpError(shown, status), status >= 500);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new SourceError((language) => `${UI_WORDS[language].notJson(shown)} ${(cause as Error).message}`, false, cause);
  }
}

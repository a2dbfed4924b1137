/*
 * Which web pages may talk to `/mcp` (the MCP spec's DNS-rebinding guard): a request with
 * an Origin header not in the allow-list is refused (403); one without Origin (a desktop
 * client, curl, another server) is not a browser page and passes. The list is empty by
 * default; `"*"` lets every page in, only when given explicitly.
 */

/** The answer of an origin check: refused, or allowed with the CORS headers to add (none without Origin). */
export type OriginCheck = { allowed: false } | { allowed: true; cors: Record<string, string> };

/** What a page may read of an MCP answer. */
const EXPOSED = "Mcp-Session-Id, Mcp-Protocol-Version";

/**
 * Checks an allow-list once, when the app is made: each entry is `"*"` or an origin, a
 * scheme, host and port with no path (`https://chat.example.org`). Throws RangeError.
 *
 * @example
 * checkMcpOrigins(["https://chat.example.org"]) // => ["https://chat.example.org"]
 * checkMcpOrigins(["chat.example.org"]) // throws RangeError: … must be an origin like https://chat.example.org …
 */
export function checkMcpOrigins(origins: unknown): readonly string[] {
  if (origins === undefined) return [];
  if (!Array.isArray(origins)) throw new RangeError(`mcp.origins must be a list of origins, got ${typeof origins}`);
  for (const origin of origins) {
    if (origin === "*") continue;
    let parsed: URL | null = null;
    try {
      parsed = typeof origin === "string" ? new URL(origin) : null;
    } catch {
      parsed = null;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new RangeError(`an MCP origin must be an origin like https://chat.example.org (http or https, host and port, no path or trailing slash) or "*", got ${JSON.stringify(origin)}`);
    }
  }
  return Object.freeze([...origins]);
}

/**
 * Checks a request's Origin header against the allow-list.
 *
 * @example
 * checkOrigin("https://evil.example", ["https://chat.example.org"]) // => { allowed: false }
 * checkOrigin(undefined, []) // => { allowed: true, cors: {} }
 */
export function checkOrigin(origin: string | undefined, allowed: readonly string[]): OriginCheck {
  if (origin === undefined) return { allowed: true, cors: {} };
  if (allowed.includes("*")) return { allowed: true, cors: { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": EXPOSED } };
  if (!allowed.includes(origin)) return { allowed: false };
  return { allowed: true, cors: { "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": EXPOSED, Vary: "Origin" } };
}

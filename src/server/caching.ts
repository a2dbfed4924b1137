
/*
 * HTTP caching of the answers (RFC 9111, RFC 9110 §13): an answer is fresh until it can
 * change — the next opening or closing, or local midnight where its words ("idag",
 * "imorgon", a weekday) or a default date ("today") move on — and never longer than a cap,
 * because an edit of the config also changes answers. The ETag is a hash of the body, so
 * an answer that did not change keeps its tag across config reloads and clocks.
 */

/**
 * The longest `max-age`, in seconds, unless `createApp` is given another: a config edit
 * reaches every client and CDN within five minutes.
 */
export const DEFAULT_MAX_AGE_CAP = 300;

/**
 * Seconds from `now` until `changesAt` (rounded down, so a cache never holds an answer past
 * its change), at most `cap`; `cap` when the answer only changes with the config (null).
 *
 * @example
 * maxAgeSeconds(Date.parse("2026-12-23T11:00:00+01:00"), Date.parse("2026-12-23T12:00:00+01:00"), 86_400) // => 3600
 * maxAgeSeconds(0, null, 300) // => 300
 */
export function maxAgeSeconds(now: number, changesAt: number | null, cap: number): number {
  if (changesAt === null) return cap;
  return Math.max(0, Math.min(cap, Math.floor((changesAt - now) / 1000)));
}

/**
 * The earliest of some instants, skipping nulls; null when there are none.
 *
 * @example
 * earliest([null, 5, 3]) // => 3
 */
export function earliest(instants: Iterable<number | null | undefined>): number | null {
  let first: number | null = null;
  for (const instant of instants) if (instant !== null && instant !== undefined && (first === null || instant < first)) first = instant;
  return first;
}

/**
 * A strong ETag of a body: two 32-bit FNV-1a hashes (different offsets) and the length.
 * Not a security measure: it tells one answer from another.
 *
 * @example
 * etagOf('{"open":true}') // => '"d-…"' (the same text always gives the same tag)
 */
export function etagOf(body: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return `"${body.length.toString(36)}-${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}"`;
}

/**
 * Whether an `If-None-Match` header matches an ETag (weak comparison, RFC 9110 §13.1.2):
 * `*`, or one of a comma-separated list of tags, `W/` or not.
 *
 * @example
 * ifNoneMatchMatches('W/"a", "b"', '"b"') // => true
 */
export function ifNoneMatchMatches(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === opaque);
}

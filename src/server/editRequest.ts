import { MAX_CONFIG_BYTES } from "../validation/limits";

/*
 * The parts of an edit request the API checks before it touches the store: the media
 * type, the body (read up to the limit and not a byte further) and If-Match.
 */

/**
 * Whether a Content-Type is JSON the API reads: `application/json`, with no charset or
 * UTF-8 (RFC 8259 JSON is UTF-8).
 *
 * @example
 * isJsonContentType("application/json; charset=UTF-8") // => true
 * isJsonContentType("text/plain") // => false
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...parameters] = header.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json") return false;
  return parameters.every((parameter) => !parameter.startsWith("charset=") || /^charset="?utf-8"?$/.test(parameter));
}

/** A body: its bytes, or that it is over the limit. */
export type ReadBody = { bytes: Uint8Array } | { tooLarge: true };

/**
 * Reads a request's body, at most `max` bytes (1 MB): a larger Content-Length is refused
 * before reading, and a body without one stops being read one byte past the limit.
 *
 * @example
 * await readBody(new Request("http://x/", { method: "PUT", body: "{}" })) // => { bytes: Uint8Array [123, 125] }
 */
export async function readBody(request: Request, max = MAX_CONFIG_BYTES): Promise<ReadBody> {
  const length = Number(request.headers.get("Content-Length") ?? "");
  if (Number.isFinite(length) && length > max) return { tooLarge: true };
  if (!request.body) return { bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes };
}

/**
 * Whether an `If-Match` header holds an ETag, by strong comparison (RFC 9110 §13.1.1): `*`
 * matches any current config, a weak tag (`W/"…"`) never matches.
 *
 * @example
 * ifMatchMatches('"a", "b"', '"b"') // => true
 * ifMatchMatches('W/"b"', '"b"') // => false
 */
export function ifMatchMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim() === etag);
}

/**
 * Decodes UTF-8 bytes; null when they are not UTF-8.
 *
 * @example
 * utf8Text(new Uint8Array([0xff])) // => null
 */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/*
 * SHA-256 through Web Crypto (`crypto.subtle`), which Node 20, Deno, Bun and the edge
 * runtimes all have: the edit API's ETags and its token check, without node:crypto.
 */

/**
 * The SHA-256 digest of bytes (or of a text's UTF-8).
 *
 * @example
 * (await sha256("abc")).length // => 32
 */
export async function sha256(data: Uint8Array | string): Promise<Uint8Array> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
}

/**
 * Whether two byte arrays are equal, in a time that depends on their length only: every
 * byte is looked at whatever the first difference (as node:crypto's timingSafeEqual, which
 * web runtimes lack). Arrays of different lengths are unequal at once, so compare digests.
 *
 * @example
 * constantTimeEqual(await sha256(given), await sha256(token)) // => true for the right token
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

/**
 * A strong ETag of stored bytes: their SHA-256 in base64url, quoted. Two files have the
 * same tag only when they are the same bytes.
 *
 * @example
 * await bytesEtag(new TextEncoder().encode("{}")) // => '"RBNvo1WzZ4oRRq0W9-hknpT7T8If536DEMBg9hyq_4o"'
 */
export async function bytesEtag(bytes: Uint8Array): Promise<string> {
  const digest = await sha256(bytes);
  let binary = "";
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `"${btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}"`;
}

import { constantTimeEqual, sha256 } from "./digest";

/*
 * The edit token: a shared secret that PUT and restore must carry as
 * `Authorization: Bearer <token>`. It is compared as SHA-256 digests in constant time, so
 * neither its length nor how much of it a guess got right shows in the time of an answer.
 */

/** The shortest edit token: 16 characters (about 95 bits when random). */
export const MIN_EDIT_TOKEN_LENGTH = 16;
/** The longest: far more than any generated token, short enough for an HTTP header. */
export const MAX_EDIT_TOKEN_LENGTH = 1024;
/** A bearer token's characters (RFC 6750 `b64token`). */
const TOKEN_CHARACTERS = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * Why a token cannot be an edit token, or null when it can.
 *
 * @example
 * editTokenProblem("hemligt") // => "the edit token must be at least 16 characters, got 7"
 */
export function editTokenProblem(token: unknown): string | null {
  if (typeof token !== "string") return `the edit token must be a text, got ${token === null ? "null" : typeof token}`;
  if (token.length < MIN_EDIT_TOKEN_LENGTH) return `the edit token must be at least ${MIN_EDIT_TOKEN_LENGTH} characters, got ${token.length}`;
  if (token.length > MAX_EDIT_TOKEN_LENGTH) return `the edit token must be at most ${MAX_EDIT_TOKEN_LENGTH} characters, got ${token.length}`;
  if (!TOKEN_CHARACTERS.test(token)) return "the edit token may hold only letters A–Z and a–z, digits and - . _ ~ + / (and = at its end), no spaces";
  return null;
}

/** The outcome of an Authorization header: the right token, none, or another. */
export type TokenCheck = "ok" | "missing" | "wrong";

/**
 * A checker of `Authorization` headers against a token.
 *
 * @example
 * const check = createTokenCheck("s3cret-token-of-16+");
 * await check("Bearer s3cret-token-of-16+") // => "ok"
 * await check(undefined) // => "missing"
 */
export function createTokenCheck(token: string): (authorization: string | undefined) => Promise<TokenCheck> {
  const expected = sha256(token);
  return async (authorization) => {
    const match = /^Bearer +(\S+) *$/i.exec(authorization ?? "");
    if (!match) return "missing";
    // Both sides are 32-byte digests: a guess of any length takes the same comparison.
    return constantTimeEqual(await sha256(match[1]!), await expected) ? "ok" : "wrong";
  };
}

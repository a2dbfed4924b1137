import * as z from "zod/mini";
import { HISTORY_ID_PATTERN } from "./configStore";

/*
 * The edit API's own shapes as zod/mini schemas: the history id checks the path of a
 * request, and the OpenAPI document is made from all of them (editOpenApi.ts), as the
 * query parameters' schemas make the rest of it. The tests hold the answers to them.
 */

/** A history version's id, as the history lists it. */
export const HistoryIdSchema = z
  .string()
  .check(z.regex(HISTORY_ID_PATTERN), z.describe("A version's id from GET /v1/config/history: when it was replaced, 2026-12-06T12.00.00.000Z."));

const etag = z.string().check(z.describe('A strong ETag of the bytes: "<SHA-256, base64url>" with its quotes.'));
const instant = z.string().check(z.describe("ISO-8601, UTC: 2026-12-06T12:00:00.000Z."));

/** The answer to a save (PUT /v1/config, or a restore). */
export const SavedSchema = z.strictObject({
  etag: etag,
  savedAt: z.string().check(z.describe("When the config was saved, ISO-8601 UTC.")),
  previous: z.nullable(z.string().check(z.describe("The history id of the version it replaced; null when the config sent was the one stored (nothing was written)."))),
});

/** One previous version. */
export const VersionSchema = z.strictObject({
  id: HistoryIdSchema,
  savedAt: instant,
  etag: etag,
  bytes: z.int().check(z.minimum(0), z.describe("Its size in bytes.")),
});

/** The answer of GET /v1/config/history. */
export const HistorySchema = z.strictObject({
  versions: z.array(VersionSchema).check(z.describe("The previous versions, newest first; the last 50 are kept.")),
});

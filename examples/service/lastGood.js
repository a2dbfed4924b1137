// The kiosk's lifeline when the service is down: a unit's schedule config, fetched from
// `oppettider serve` (GET /v1/units/{unit}/config), kept with its ETag in storage, and
// used from storage whenever the service cannot be reached. With the config the kiosk
// computes every answer itself (createSchedule), so it keeps showing correct hours — the
// day's, the summer weeks', julafton's — for as long as the service is away.
//
// No DOM here: `fetch` and `storage` (localStorage, or a Map-like object) are passed in,
// so the logic runs in a browser and in tests alike.

/** The storage key of a unit's config. */
export const storageKey = (api, unit) => `oppettider:${api}:${unit}:config`;

/**
 * The last good schedule config of a unit: from the service when it answers (200: new;
 * 304: the stored one is still right), else the stored one. Resolves with
 * `{ config, source: "service" | "stored", error }`; rejects only when the service cannot
 * be reached and nothing is stored yet.
 *
 * @param {{ api: string, unit: string, fetch: typeof fetch, storage: { getItem(k: string): string | null, setItem(k: string, v: string): void } }} options
 */
export async function lastGoodConfig({ api, unit, fetch, storage }) {
  const key = storageKey(api, unit);
  const stored = readStored(storage.getItem(key));
  try {
    const response = await fetch(`${api}/units/${encodeURIComponent(unit)}/config`, {
      headers: stored ? { "If-None-Match": stored.etag } : {},
    });
    if (response.status === 304 && stored) return { config: stored.config, source: "service", error: null };
    if (!response.ok) throw new Error(`${response.status} ${(await response.json().catch(() => ({}))).detail ?? response.statusText}`);
    const config = await response.json();
    storage.setItem(key, JSON.stringify({ etag: response.headers.get("ETag") ?? "", config, fetchedAt: new Date().toISOString() }));
    return { config, source: "service", error: null };
  } catch (error) {
    if (!stored) throw error;
    return { config: stored.config, source: "stored", error };
  }
}

function readStored(text) {
  if (text === null) return null;
  try {
    const value = JSON.parse(text);
    return value && typeof value === "object" && value.config ? value : null;
  } catch {
    return null;
  }
}

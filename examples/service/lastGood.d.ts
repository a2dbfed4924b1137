/** The storage key of a unit's config. */
export function storageKey(api: string, unit: string): string;
/** The last good schedule config of a unit: from the service, or from storage when it is down. */
export function lastGoodConfig(options: {
  api: string;
  unit: string;
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  storage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}): Promise<{ config: unknown; source: "service" | "stored"; error: Error | null }>;

/*
 * Caches that live while parseHoursText reads one text: several readers of a line ask for
 * the same work on the same sentence, and each is done once per text. parseHoursText
 * empties them before and after each text, so nothing is kept between texts (a second read
 * of the same page does all its work again) and nothing stays in memory after. A cache
 * used outside parseHoursText (a reader called on its own) is emptied past `limit` entries.
 */

const caches: Map<string, unknown>[] = [];

/** One cache: `get(key, make)` gives the kept value, or makes and keeps it. Its users never change a value. */
export interface PerTextCache<V> {
  get(key: string, make: () => V): V;
}

/**
 * A cache emptied around each text parseHoursText reads.
 *
 * @example
 * const lengths = perTextCache<number>();
 * lengths.get("måndag", () => "måndag".length) // => 6 (made once, then kept)
 */
export function perTextCache<V>(limit = 1000): PerTextCache<V> {
  const values = new Map<string, V>();
  caches.push(values);
  return {
    get(key, make) {
      if (values.has(key)) return values.get(key)!;
      if (values.size >= limit) values.clear();
      const value = make();
      values.set(key, value);
      return value;
    },
  };
}

/**
 * Empties every per-text cache.
 *
 * @example
 * forgetPerTextCaches(); // before and after reading a text
 */
export function forgetPerTextCaches(): void {
  for (const values of caches) values.clear();
}

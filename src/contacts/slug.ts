/**
 * An id made from a name: lower case, å/ä/ö as a/a/o, other runs of non-letters as one
 * hyphen. Used for the organisation's own place when the config gives no `id`.
 *
 * @example
 * slugOf("Arjeplogs kommun") // => "arjeplogs-kommun"
 * slugOf("Återvinningscentralen Ö-vik") // => "atervinningscentralen-o-vik"
 */
export function slugOf(name: string): string {
  const slug = foldText(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "organization" : slug;
}

/**
 * Lower case without diacritics, so that people may write å, ä and ö as a, a and o
 * (and é as e).
 *
 * @example
 * foldText("Återvinningscentralen") // => "atervinningscentralen"
 */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/*
 * Hours as an editor types them in one field, and back: "08:00-12:00, 13:00-16:00", empty or
 * "stängt"/"closed" for closed. A clip or anything else not a list of ranges stays JSON.
 */

/**
 * The field text of a config's hours value.
 *
 * @example
 * hoursToText(["08:00-12:00", "13:00-16:00"]) // => "08:00-12:00, 13:00-16:00"
 * hoursToText([]) // => "stängt"
 */
export function hoursToText(hours: unknown): string {
  if (hours === undefined) return "";
  if (Array.isArray(hours) && hours.every((h) => typeof h === "string")) return hours.length === 0 ? "stängt" : hours.join(", ");
  return JSON.stringify(hours);
}

/**
 * The config's hours value of a field text; a text it cannot split is kept as it is, for the
 * config check to name its problem.
 *
 * @example
 * textToHours("08:00-12:00, 13:00-16:00") // => ["08:00-12:00", "13:00-16:00"]
 * textToHours("stängt") // => []
 */
export function textToHours(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === "" || /^(stängt|closed)$/i.test(trimmed)) return [];
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return trimmed;
    }
  }
  return trimmed.split(/\s*[,;]\s*|\s+och\s+/).filter(Boolean);
}

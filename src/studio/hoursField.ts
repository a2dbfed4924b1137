/*
 * Hours as an editor types them in one field, and back: "08:00-12:00, 13:00-16:00", empty or
 * "stängt"/"closed" for closed, and a clip of the usual hours in words: "stänger 12:00",
 * "öppnar 10:00", "öppnar 10:00, stänger 14:00" (English "closes 12:00", "opens 10:00").
 * Anything else that is not a list of ranges stays JSON.
 */

const CLIP_PART = /^(stänger|closes|öppnar|opens)(?:\s+kl\.?)?\s+(\d{1,2})[:.](\d{2})$/i;

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
  const clip = clipToText(hours);
  return clip ?? JSON.stringify(hours);
}

/**
 * The config's hours value of a field text; a text it cannot split is kept as it is, for the
 * config check to name its problem.
 *
 * @example
 * textToHours("08:00-12:00, 13:00-16:00") // => ["08:00-12:00", "13:00-16:00"]
 * textToHours("stängt") // => []
 * textToHours("stänger 12:00") // => { closesAt: "12:00" }
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
  const parts = trimmed.split(/\s*[,;]\s*|\s+och\s+/).filter(Boolean);
  return textToClip(parts) ?? parts;
}

/** `{ closesAt }` / `{ opensAt }` in words, or null when it is not a clip of that shape. */
function clipToText(hours: unknown): string | null {
  if (typeof hours !== "object" || hours === null || Array.isArray(hours)) return null;
  const { opensAt, closesAt, ...rest } = hours as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || (opensAt === undefined && closesAt === undefined)) return null;
  if ((opensAt !== undefined && typeof opensAt !== "string") || (closesAt !== undefined && typeof closesAt !== "string")) return null;
  return [opensAt !== undefined ? `öppnar ${opensAt}` : "", closesAt !== undefined ? `stänger ${closesAt}` : ""].filter(Boolean).join(", ");
}

/** The clip a field's parts say ("öppnar 10:00", "stänger 14:00"), or null when they are not all clip words. */
function textToClip(parts: readonly string[]): Record<string, string> | null {
  const clip: Record<string, string> = {};
  for (const part of parts) {
    const match = CLIP_PART.exec(part);
    if (!match) return null;
    const key = /^(stänger|closes)$/i.test(match[1]!) ? "closesAt" : "opensAt";
    if (clip[key] !== undefined) return null; // "stänger 12:00, stänger 13:00": let the check refuse the text
    clip[key] = `${match[2]!.padStart(2, "0")}:${match[3]}`;
  }
  return Object.keys(clip).length > 0 ? clip : null;
}

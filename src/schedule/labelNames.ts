import type { Names } from "../calendar/holidayNames";
import type { Label } from "./schema";

/**
 * A config label in both languages: a plain text serves both; a missing English text
 * falls back to the Swedish one.
 *
 * @example
 * labelNames({ sv: "Klämdag" }) // => { sv: "Klämdag", en: "Klämdag" }
 */
export function labelNames(label: Label | undefined): Names | undefined {
  if (label === undefined) return undefined;
  if (typeof label === "string") return { sv: label, en: label };
  return { sv: label.sv, en: label.en ?? label.sv };
}

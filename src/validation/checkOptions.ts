import { describe } from "../calendar/plainDate";
import { quote } from "./quote";

/**
 * Checks an options argument: undefined (no options) or a plain object with no key but
 * the known ones. Throws `TypeError` naming the function, the unknown keys and the known ones.
 *
 * @example
 * checkOptions({ langauge: "en" }, ["language", "horizonDays"], "createSchedule")
 * // TypeError: createSchedule: unknown option "langauge" (options: language, horizonDays)
 * checkOptions(undefined, ["language"], "createSchedule") // => {}
 */
export function checkOptions(options: unknown, keys: readonly string[], what: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`${what}: options must be an object { ${keys.map((key) => `${key}?`).join(", ")} }, got ${describe(options)}`);
  }
  const unknown = Object.keys(options).filter((key) => !keys.includes(key));
  if (unknown.length > 0) {
    throw new TypeError(`${what}: unknown option${unknown.length > 1 ? "s" : ""} ${unknown.slice(0, 5).map((key) => quote(key)).join(", ")} (options: ${keys.join(", ")})`);
  }
  return options as Record<string, unknown>;
}

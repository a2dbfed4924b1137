/**
 * The default export of a CommonJS module imported from ESM. Node hands over
 * `module.exports` itself (`{ __esModule: true, default: … }`), while bundlers honour
 * `__esModule` and hand over `.default`; this accepts both so the library behaves the
 * same in Node, in bundlers and in the CJS build.
 *
 * @example
 * cjsDefault(require("swedish-holidays/dist/dates/easter-sunday.js")) // => the EasterSunday class
 */
export function cjsDefault<T>(imported: T): T {
  const candidate = imported as { __esModule?: boolean; default?: T };
  return candidate && candidate.__esModule && candidate.default !== undefined ? candidate.default : imported;
}

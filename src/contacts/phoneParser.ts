import type { parsePhoneNumberFromString as ParsePhoneNumber } from "libphonenumber-js/min";

/*
 * Where the contacts find libphonenumber-js's parser. This module does not import
 * libphonenumber-js (its metadata is about 31 KB gzipped), so the elements can build
 * contacts without shipping it up front: they load it on demand (src/elements/phoneSupport.ts)
 * and register it here. The library's entries register it synchronously (./withPhones.ts).
 */

/** libphonenumber-js's `parsePhoneNumberFromString`. */
export type PhoneNumberParser = typeof ParsePhoneNumber;

let registered: PhoneNumberParser | null = null;

/**
 * Makes a parser the one the contacts use. Registering again (the same parser) is harmless.
 *
 * @example
 * import { parsePhoneNumberFromString } from "libphonenumber-js/min";
 * registerPhoneParser(parsePhoneNumberFromString);
 */
export function registerPhoneParser(parser: PhoneNumberParser): void {
  registered = parser;
}

/**
 * The registered parser. Throws an `Error` saying what to do when none is registered yet.
 *
 * @example
 * phoneParser()("0961-144 44", "SE")?.number // => "+4696114444"
 */
export function phoneParser(): PhoneNumberParser {
  if (registered === null) throw new Error("oppettider: phone numbers are not loaded yet (in oppettider/elements, await loadPhoneSupport() first)");
  return registered;
}

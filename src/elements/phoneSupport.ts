import { registerPhoneParser } from "../contacts/phoneParser";

/**
 * Makes phone-number parsing ready before an organisation's contacts are built: loads
 * libphonenumber-js (its metadata is about 31 KB gzipped) on the first call and registers it
 * (src/contacts/phoneParser.ts). Through the package (`import "oppettider/elements"`) this is
 * a dynamic import, so a bundler puts the phone code in a chunk of its own that a page
 * fetches only when it builds contacts with phone numbers. The one-file browser build swaps
 * this module for `browser/lazyPhone.ts`, which loads the file beside the elements file.
 *
 * @example
 * await loadPhoneSupport();
 * createOrganization(config); // phones can be parsed now
 */
export async function loadPhoneSupport(): Promise<void> {
  const { parsePhoneNumberFromString } = await import("libphonenumber-js/min");
  registerPhoneParser(parsePhoneNumberFromString);
}

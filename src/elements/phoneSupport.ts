/**
 * Makes phone-number parsing ready before an organisation's contacts are built: loads
 * libphonenumber-js (its metadata is about 31 KB gzipped) on the first call and registers it
 * (src/contacts/phoneParser.ts). Through the package (`import "oppettider/elements"`) this is
 * a dynamic import, so a bundler puts the phone code in a chunk of its own that a page
 * fetches only when it builds contacts with phone numbers. It imports our module that
 * imports `parsePhoneNumberFromString`, not libphonenumber-js itself: `import()` of a
 * package keeps all of its exports (AsYouType, findNumbers, …), about 12 KB more gzipped. The one-file browser build swaps
 * this module for `browser/lazyPhone.ts`, which loads the file beside the elements file.
 *
 * @example
 * await loadPhoneSupport();
 * createOrganization(config); // phones can be parsed now
 */
export async function loadPhoneSupport(): Promise<void> {
  (await import("../contacts/withPhones")).registerLibphonenumber();
}

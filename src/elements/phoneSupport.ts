/**
 * Makes phone-number parsing ready before an organisation's contacts are built. With the
 * package (`import "oppettider/elements"`), libphonenumber-js is an ordinary dependency
 * and there is nothing to wait for. The one-file browser build swaps this module for
 * `browser/lazyPhone.ts`, which loads the phone metadata (about 31 KB gzipped) only on a
 * page that shows contacts.
 *
 * @example
 * await loadPhoneSupport();
 * createOrganization(config); // phones can be parsed now
 */
export async function loadPhoneSupport(): Promise<void> {}

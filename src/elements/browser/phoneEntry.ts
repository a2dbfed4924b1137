// The lazily loaded part of the one-file browser build: libphonenumber-js with its
// smallest metadata, as the library uses it (src/contacts/phone.ts). Built to
// dist/browser/oppettider-elements-phone.js by scripts/build-elements.mjs.
export { parsePhoneNumberFromString } from "libphonenumber-js/min";

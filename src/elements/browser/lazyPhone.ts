import type { parsePhoneNumberFromString as ParsePhone } from "libphonenumber-js/min";
import { registerPhoneParser } from "../../contacts/phoneParser";

/*
 * The one-file browser build (scripts/build-elements.mjs) resolves the elements'
 * `./phoneSupport` to this module: `loadPhoneSupport()` loads libphonenumber-js from the file
 * beside the elements file (oppettider-elements-phone.js) and registers it for the contacts
 * (src/contacts/phoneParser.ts). Pages without contacts never load it, and the elements file
 * stays within its size budget.
 */

/** The file with libphonenumber-js, next to the elements file. */
const PHONE_FILE = "./oppettider-elements-phone.js";

let loaded: Promise<void> | null = null;

/**
 * Loads libphonenumber-js from the file beside the elements file, once, and registers it.
 *
 * @example
 * await loadPhoneSupport();
 */
export function loadPhoneSupport(): Promise<void> {
  loaded ??= (async () => {
    const url = new URL(PHONE_FILE, import.meta.url).href;
    const module = (await import(/* @vite-ignore */ url)) as { parsePhoneNumberFromString: typeof ParsePhone };
    registerPhoneParser(module.parsePhoneNumberFromString);
  })();
  // A failed load (offline) is tried again by the next element that needs phones.
  loaded.catch(() => (loaded = null));
  return loaded;
}

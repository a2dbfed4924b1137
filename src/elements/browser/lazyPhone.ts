import type { parsePhoneNumberFromString as ParsePhone } from "libphonenumber-js/min";

/*
 * The one-file browser build (scripts/build-elements.mjs) resolves BOTH `libphonenumber-js/min`
 * and `../phoneSupport` to this module. The library's phone parsing then calls the real
 * libphonenumber-js once `loadPhoneSupport()` has loaded it from the file beside the
 * elements file (oppettider-elements-phone.js). Pages without contacts never load it, and
 * the elements file stays within its size budget.
 */

let parse: typeof ParsePhone | null = null;

/** The file with libphonenumber-js, next to the elements file. */
const PHONE_FILE = "./oppettider-elements-phone.js";

/**
 * libphonenumber-js's parser, once loaded. Throws before `loadPhoneSupport()` has finished.
 *
 * @example
 * await loadPhoneSupport();
 * parsePhoneNumberFromString("0961-144 44", "SE")?.number // => "+4696114444"
 */
export const parsePhoneNumberFromString: typeof ParsePhone = (...args: Parameters<typeof ParsePhone>) => {
  if (!parse) throw new Error("oppettider: phone numbers are not loaded yet (await loadPhoneSupport() first)");
  return parse(...args);
};

/**
 * Loads libphonenumber-js from the file beside the elements file, once.
 *
 * @example
 * await loadPhoneSupport();
 */
export async function loadPhoneSupport(): Promise<void> {
  if (parse) return;
  const url = new URL(PHONE_FILE, import.meta.url).href;
  const module = (await import(/* @vite-ignore */ url)) as { parsePhoneNumberFromString: typeof ParsePhone };
  parse = module.parsePhoneNumberFromString;
}

import { phoneParser } from "./phoneParser";

/** What kind of line a number is, as vCard's TEL types name them. */
export const PHONE_TYPES = ["voice", "cell", "fax", "text", "textphone"] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

/** A phone number in every form a page or a bot needs. */
export interface Phone {
  /** E.164, e.g. `"+4696114444"`. */
  readonly e164: string;
  /** Swedish national style, e.g. `"0961-144 44"`, `"070-206 52 98"`. */
  readonly display: string;
  /** International style, e.g. `"+46 961 144 44"`. */
  readonly international: string;
  /** RFC 3966 URI for links and buttons, e.g. `"tel:+4696114444"`. */
  readonly uri: string;
  /** The kind of line. */
  readonly type: PhoneType;
}

/**
 * Reads a phone number as written in Sweden (`"0961-144 44"`, `"0961 - 140 00"`) or
 * internationally (`"+46 961 144 44"`), through libphonenumber-js. Returns an error text
 * for a number that is not a valid one. Needs the parser registered (./phoneParser.ts): the
 * public `parsePhone` (./withPhones.ts) does that.
 *
 * @example
 * parsePhone("070-206 52 98", "cell")
 * // => { e164: "+46702065298", display: "070-206 52 98", international: "+46 70 206 52 98",
 * //      uri: "tel:+46702065298", type: "cell" }
 */
export function parsePhone(text: string, type: PhoneType = "voice"): Phone | string {
  const number = phoneParser()(text, "SE");
  if (!number || !number.isValid()) return `${JSON.stringify(text)} is not a valid phone number`;
  return Object.freeze({
    e164: number.number,
    // Swedish numbers in the national style Swedes write; others as dialled from abroad.
    display: number.country === "SE" ? number.formatNational() : number.formatInternational(),
    international: number.formatInternational(),
    uri: `tel:${number.number}`,
    type,
  });
}

/*
 * The limits on what the library takes in, in one place. Each is far above what a real
 * configuration or request needs (the largest municipal configs we know of have a few
 * hundred intervals), and low enough that a hostile or broken input is refused at once,
 * with a clear message, before it can cost seconds of CPU or gigabytes of memory.
 * The README lists them ("Limits"); tests/limits.test.ts holds each one.
 */

/** Bytes of a configuration file or JSON text (`--config`, the service's config file). */
export const MAX_CONFIG_BYTES = 1_048_576;

/** Values in one configuration, counting every text, number, true/false, null, list and object. */
export const MAX_CONFIG_VALUES = 50_000;

/** How deeply a configuration's lists and objects may nest (real ones need about 8 levels). */
export const MAX_CONFIG_DEPTH = 32;

/** Characters of any one text in a configuration (a label, a note, a name, an address). */
export const MAX_STRING_LENGTH = 1_000;

/** Characters of an object key in a configuration. */
export const MAX_KEY_LENGTH = 100;

/** Open intervals on one day (one rule's list of `"08:00-12:00"` ranges). */
export const MAX_INTERVALS_PER_DAY = 48;

/** Periods of one schedule. */
export const MAX_PERIODS = 1_000;

/** Exceptions of one schedule. */
export const MAX_EXCEPTIONS = 2_000;

/** Contact points of one organisation (or unit). */
export const MAX_CONTACTS = 200;

/** Units of one organisation. */
export const MAX_UNITS = 500;

/** E-mail addresses or aliases of one contact or unit. */
export const MAX_SMALL_LIST = 50;

/** Phone numbers of one contact. */
export const MAX_PHONES = 10;

/**
 * Phone numbers in one configuration, all contacts and units together: each number is
 * checked with libphonenumber-js, which takes about 0.1 ms.
 */
export const MAX_PHONES_IN_CONFIG = 500;

/** Any other list in a configuration. */
export const MAX_LIST_LENGTH = 10_000;

/** The cap of the lists under one key: entries per list, and optionally entries in all such lists together. */
export interface ListLimit {
  readonly max: number;
  readonly what: string;
  readonly totalMax?: number;
}

/**
 * The caps of lists by the key that holds them, checked before the schema runs (so a
 * config with a million exceptions is refused in a millisecond). The schemas check the
 * same limits again where a key alone does not tell (a named day's bare list of hours).
 */
export const LIST_LIMITS: Readonly<Record<string, ListLimit>> = Object.freeze({
  periods: { max: MAX_PERIODS, what: "periods in one schedule" },
  exceptions: { max: MAX_EXCEPTIONS, what: "exceptions in one schedule" },
  contacts: { max: MAX_CONTACTS, what: "contacts" },
  units: { max: MAX_UNITS, what: "units" },
  phones: { max: MAX_PHONES, what: "phone numbers", totalMax: MAX_PHONES_IN_CONFIG },
  emails: { max: MAX_SMALL_LIST, what: "e-mail addresses" },
  aliases: { max: MAX_SMALL_LIST, what: "aliases" },
  precedence: { max: 20, what: "rule kinds" },
  // A day's intervals: under a weekday key, or a rule's `hours` list.
  ...Object.fromEntries(["hours", "mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((key) => [key, { max: MAX_INTERVALS_PER_DAY, what: "intervals a day" }])),
});

/** Problems a `ConfigError` lists (`issues` and the message); it says how many more there are. */
export const MAX_LISTED_ISSUES = 100;

/** Characters of an error message: the listed problems stop before this, with a count of the rest. */
export const MAX_ERROR_MESSAGE_LENGTH = 8_000;

/** Characters of a quoted input inside an error message; longer ones are cut with "…". */
export const MAX_QUOTED_LENGTH = 60;

/** Characters of a chat tool's arguments given as JSON text. */
export const MAX_TOOL_ARGUMENTS_LENGTH = 10_000;

/** How deeply a chat tool's arguments may nest (they are flat: `{ at, language }`). */
export const MAX_TOOL_ARGUMENTS_DEPTH = 8;

/** Values in a chat tool's arguments. */
export const MAX_TOOL_ARGUMENTS_VALUES = 200;

/** Bytes of one line (one JSON-RPC message) the MCP server reads; a longer one is answered with an error and skipped. */
export const MAX_MCP_LINE_BYTES = 10 * 1024 * 1024;

/** Bytes of one POST to the service's `/mcp` (one JSON-RPC message); a larger one gets 413. */
export const MAX_MCP_REQUEST_BYTES = 1_048_576;

/** The most days `deviations` (CLI, chat tools, MCP) looks ahead: a year and a day. */
export const MAX_DEVIATION_DAYS = 366;

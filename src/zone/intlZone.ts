/*
 * A time zone's UTC offsets from the runtime's own tz database, through Intl.DateTimeFormat:
 * the part of luxon's IANAZone that zone.ts uses (isValidZone, create, offset), done the way
 * luxon does it (format the instant in the zone, read the wall clock back as if it were UTC).
 *
 * Why not luxon's own: a web page that only asks `isOpen` would ship all of luxon for it,
 * about 20 KB gzipped of a 40 KB budget (issue #9); luxon's class cannot be tree-shaken out of
 * the rest. luxon stays for what reads and writes ISO texts (texts, chat tools, the CLI).
 * tests/zone.intlZone.test.ts holds the two to the same answers.
 */

/** en-US, 24-hour, with the era: every part of the wall clock as a number (and AD/BC). */
const OPTIONS: Intl.DateTimeFormatOptions = {
  hourCycle: "h23",
  era: "short",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
};

/** One zone per name (zones are immutable), as luxon keeps them. */
const zones = new Map<string, IntlZone>();

/**
 * A named IANA time zone whose offsets come from `Intl`.
 *
 * @example
 * IntlZone.create("Europe/Stockholm").offset(Date.UTC(2026, 6, 1)) // => 120
 * IntlZone.isValidZone("Europe/Stokholm") // => false
 */
export class IntlZone {
  /**
   * Whether the runtime knows a zone by this name.
   *
   * @example
   * IntlZone.isValidZone("America/Los_Angeles") // => true
   */
  static isValidZone(name: string): boolean {
    if (!name) return false;
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: name }).format();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The zone of a name (throws `RangeError` from `Intl` for one the runtime does not know).
   *
   * @example
   * IntlZone.create("Pacific/Kiritimati").offset(0) // => -640 (UTC−10:40 in 1970)
   */
  static create(name: string): IntlZone {
    let zone = zones.get(name);
    if (!zone) {
      zone = new IntlZone(name);
      zones.set(name, zone);
    }
    return zone;
  }

  private readonly format: Intl.DateTimeFormat;

  private constructor(readonly name: string) {
    this.format = new Intl.DateTimeFormat("en-US", { ...OPTIONS, timeZone: name });
  }

  /**
   * The zone's offset from UTC at an instant, in minutes east (`+60` for CET); NaN for an
   * invalid instant.
   *
   * @example
   * IntlZone.create("America/Los_Angeles").offset(Date.UTC(2026, 0, 15)) // => -480
   */
  offset(epochMs: number): number {
    const date = new Date(epochMs);
    if (Number.isNaN(date.getTime())) return NaN;
    const wall = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    let beforeChrist = false;
    for (const { type, value } of this.format.formatToParts(date)) {
      if (type === "era") beforeChrist = value === "BC" || value === "B";
      else if (type in wall) wall[type as keyof typeof wall] = Number.parseInt(value, 10);
    }
    const year = beforeChrist ? 1 - wall.year : wall.year;
    // Some engines wrote midnight as 24 with a 24-hour clock; luxon reads it as 0 too.
    const asUtc = new Date(Date.UTC(2000, wall.month - 1, wall.day, wall.hour === 24 ? 0 : wall.hour, wall.minute, wall.second));
    asUtc.setUTCFullYear(year, wall.month - 1, wall.day); // Date.UTC reads years 0–99 as 1900–1999
    const wholeSeconds = epochMs - (((epochMs % 1000) + 1000) % 1000);
    return (asUtc.getTime() - wholeSeconds) / 60_000;
  }
}

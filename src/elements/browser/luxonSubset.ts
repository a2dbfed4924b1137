/*
 * The part of luxon the elements reach, on the browser's own Intl, for the one-file build
 * only (scripts/build-elements.mjs resolves `luxon` here). luxon's module graph cannot be
 * tree-shaken: asking it for IANAZone brings all of it, 22 KB gzipped, which alone would
 * take the elements file over its 45 KB budget. The library reaches luxon in two places on
 * the elements' path: zone offsets (src/zone/zone.ts: IANAZone) and the wall-clock time of
 * an instant (src/texts/describeWhen.ts: DateTime.fromMillis). Both are done here exactly
 * as luxon does them (the same Intl.DateTimeFormat parts); tests/elements.luxonSubset.test.ts
 * compares them with luxon over many instants and zones. Anything else of luxon is absent,
 * and the build checks that nothing else is imported.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat {
  let dtf = formats.get(zone);
  if (!dtf) {
    dtf = new Intl.DateTimeFormat("en-US", { hour12: false, timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", era: "short" });
    formats.set(zone, dtf);
  }
  return dtf;
}

/** Offset from UTC in minutes at an instant, as luxon's IANAZone#offset computes it. */
function offsetMinutes(zone: string, ts: number): number {
  const date = new Date(ts);
  if (Number.isNaN(date.getTime())) return NaN;
  const parts: Record<string, string> = {};
  for (const { type, value } of format(zone).formatToParts(date)) parts[type] = value;
  let year = parseInt(parts.year!, 10);
  if (parts.era === "BC") year = -Math.abs(year) + 1;
  const hour = parseInt(parts.hour!, 10);
  const asUtcDate = new Date(Date.UTC(year, parseInt(parts.month!, 10) - 1, parseInt(parts.day!, 10), hour === 24 ? 0 : hour, parseInt(parts.minute!, 10), parseInt(parts.second!, 10)));
  if (year < 100 && year >= 0) asUtcDate.setUTCFullYear(year, parseInt(parts.month!, 10) - 1, parseInt(parts.day!, 10));
  const over = ts % 1000;
  const whole = ts - (over >= 0 ? over : 1000 + over);
  return (asUtcDate.getTime() - whole) / 60_000;
}

/**
 * An IANA zone: `create`, `isValidZone` and `offset`, as luxon's.
 *
 * @example
 * IANAZone.create("Europe/Stockholm").offset(Date.UTC(2026, 6, 1)) // => 120
 */
export class IANAZone {
  readonly name: string;

  private constructor(name: string) {
    this.name = name;
  }

  static create(name: string): IANAZone {
    return new IANAZone(name);
  }

  static isValidZone(name: string): boolean {
    if (!name) return false;
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: name }).format();
      return true;
    } catch {
      return false;
    }
  }

  offset(ts: number): number {
    return offsetMinutes(this.name, ts);
  }
}

/** The wall-clock fields of an instant in a zone, and `toFormat("HH:mm")`. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  toFormat(pattern: "HH:mm"): string;
}

/**
 * `DateTime.fromMillis(ms, { zone })` with the fields describeWhen reads.
 *
 * @example
 * DateTime.fromMillis(Date.UTC(2026, 11, 23, 7), { zone: "Europe/Stockholm" }).toFormat("HH:mm") // => "08:00"
 */
export const DateTime = {
  fromMillis(ms: number, options: { zone: string }): WallClock {
    const local = new Date(ms + offsetMinutes(options.zone, ms) * 60_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      weekday: local.getUTCDay() === 0 ? 7 : local.getUTCDay(),
      toFormat(pattern: string) {
        if (pattern !== "HH:mm") throw new Error(`oppettider: the browser build formats "HH:mm" only, not ${JSON.stringify(pattern)}`);
        return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
      },
    };
  },
};

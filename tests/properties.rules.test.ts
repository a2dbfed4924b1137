/*
 * Property tests of rules as people write them (SPEC §7, §8) over random configs with named
 * days (in forgiving spellings), clips, hours per weekday, list hours and odd/even weeks.
 *
 * (a) A reference model written here from the meaning of the config decides every date: the
 *     first matching rule in precedence, a clip being the hours of the rest cut to its window.
 *     It takes only the calendar facts from `swedishDay` (cross-checked against date-holidays
 *     elsewhere) and ISO weeks and weekdays from luxon.
 * (b) A clip never adds open time: with a clip, a date's open minutes are a subset of those
 *     without the clip's rule.
 * (c) A rule with hours per weekday never changes a weekday it does not name.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { createSchedule, swedishDay, type ScheduleConfig } from "../src/index";

const WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
type WeekdayKey = (typeof WEEKDAY_KEYS)[number];
const DAY_KIND_KEYS = ["publicHoliday", "workFreeEve", "bridgeDay", "dayBeforeEve", "dayBeforeRedDay"] as const;
const DEFAULT_PRECEDENCE = ["exception", "namedDay", "publicHoliday", "workFreeEve", "bridgeDay", "dayBeforeEve", "dayBeforeRedDay", "period", "weekly"];
// SPEC §7, written out here.
const NAMES = [
  "trettondagsafton", "skärtorsdagen", "påskafton", "valborgsmässoafton", "pingstafton", "midsommarafton", "allhelgonaafton", "julafton", "nyårsafton",
  "nyårsdagen", "trettondedag jul", "långfredagen", "påskdagen", "annandag påsk", "första maj", "kristi himmelsfärdsdag", "pingstdagen",
  "sveriges nationaldag", "midsommardagen", "alla helgons dag", "juldagen", "annandag jul",
];

type Hours = string[];
type Clip = { opensAt?: string; closesAt?: string };
type WeekHours = Partial<Record<WeekdayKey, Hours>>;
type RuleHours = Hours | WeekHours | Clip;
type Config = Record<string, unknown>;

const pad2 = (n: number) => String(n).padStart(2, "0");
const hhmm = (minutes: number) => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
const minutes = (text: string) => {
  const [h, m] = text.split(/[:.]/).map(Number) as [number, number];
  return h * 60 + m;
};

// ---------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------

/** 0–3 sorted, disjoint intervals on a 30-minute grid, some past midnight (to 32:00). */
const dayHoursArb: fc.Arbitrary<Hours> = fc
  .uniqueArray(fc.integer({ min: 0, max: 64 }), { minLength: 0, maxLength: 6 })
  .map((raw) => {
    const points = [...raw].sort((a, b) => a - b).map((p) => p * 30);
    const hours: Hours = [];
    for (let i = 0; i + 1 < points.length; i += 2) if (points[i]! < 24 * 60) hours.push(`${hhmm(points[i]!)}-${hhmm(points[i + 1]!)}`);
    return hours;
  });

const weekHoursArb = (required: readonly WeekdayKey[] = []): fc.Arbitrary<WeekHours> =>
  fc.record(Object.fromEntries(WEEKDAY_KEYS.map((d) => [d, dayHoursArb])) as Record<WeekdayKey, fc.Arbitrary<Hours>>, { requiredKeys: [...required] });

const clipArb: fc.Arbitrary<Clip> = fc
  .tuple(fc.option(fc.integer({ min: 0, max: 47 })), fc.option(fc.integer({ min: 1, max: 96 })), fc.boolean())
  .filter(([opens, closes]) => (opens !== null || closes !== null) && (opens === null || closes === null || closes > opens))
  .map(([opens, closes, dot]) => {
    const write = (m: number) => (dot ? hhmm(m).replace(":", ".") : hhmm(m));
    return { ...(opens !== null && { opensAt: write(opens * 30) }), ...(closes !== null && { closesAt: write(closes * 30) }) };
  });

const ruleHoursArb: fc.Arbitrary<RuleHours> = fc.oneof(dayHoursArb, weekHoursArb(), clipArb);
const labelArb = fc.option(fc.constantFrom("Eget", { sv: "Särskilt", en: "Special" }), { freq: 3 });

/** A dayKinds/namedDays entry in any of its forms. */
const entryArb: fc.Arbitrary<unknown> = fc.oneof(
  dayHoursArb,
  fc.tuple(ruleHoursArb, labelArb).map(([hours, label]) => (label === null ? { hours } : { hours, label })),
  fc.tuple(clipArb, labelArb).map(([clip, label]) => (label === null ? clip : { ...clip, label })),
  fc.tuple(weekHoursArb(["mon"]), labelArb).map(([week, label]) => (label === null ? week : { ...week, label })),
);

/** A name as a person may write it: capitals, spaces, a definite -en added or taken away. */
const spellingArb = (name: string): fc.Arbitrary<string> =>
  fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()).map(([capital, spaces, definite]) => {
    let text = name;
    if (definite) text = text.endsWith("en") ? text.slice(0, -2) : `${text}en`;
    if (capital) text = text.charAt(0).toUpperCase() + text.slice(1);
    if (spaces) text = ` ${text.replace(/ /g, "  ")} `;
    return text;
  });

const namedDaysArb: fc.Arbitrary<Record<string, unknown>> = fc
  .uniqueArray(fc.constantFrom(...NAMES), { maxLength: 6 })
  .chain((names) => fc.tuple(...names.map((name) => fc.tuple(spellingArb(name), entryArb))))
  .map((entries) => Object.fromEntries(entries));

const weeksArb = fc.oneof(
  fc.record({ from: fc.integer({ min: 1, max: 53 }), to: fc.integer({ min: 1, max: 53 }) }),
  fc.record({ parity: fc.constantFrom("odd", "even") }),
  fc.record({ from: fc.integer({ min: 1, max: 53 }), to: fc.integer({ min: 1, max: 53 }), parity: fc.constantFrom("odd", "even") }),
);
const monthDayArb = fc.integer({ min: 0, max: 365 }).map((d) => DateTime.fromObject({ year: 2024 }, { zone: "utc" }).plus({ days: d }).toFormat("MM-dd"));
const periodArb = fc.tuple(fc.oneof(weeksArb.map((weeks) => ({ weeks })), fc.record({ from: monthDayArb, to: monthDayArb }).map((dates) => ({ dates }))), ruleHoursArb, labelArb).map(([range, hours, label]) => ({ ...range, hours, ...(label !== null && { label }) }));

const YEARS = { min: 2006, max: 2098 };
/** Red days, eves and their neighbours, and any date. */
const dateArb = fc.oneof(
  fc.tuple(fc.integer(YEARS), fc.constantFrom("01-01", "01-05", "01-06", "04-30", "05-01", "06-05", "06-06", "06-19", "06-20", "10-31", "11-02", "12-23", "12-24", "12-31"), fc.integer({ min: -3, max: 3 }))
    .map(([year, md, shift]) => DateTime.fromISO(`${year}-${md}`, { zone: "utc" }).plus({ days: shift }).toISODate()!),
  // Easter's named days move: Skärtorsdagen … Annandag påsk, Kristi himmelsfärd, Pingst.
  fc.tuple(fc.integer(YEARS), fc.integer({ min: 80, max: 170 })).map(([year, day]) => DateTime.fromObject({ year }, { zone: "utc" }).plus({ days: day }).toISODate()!),
);

const exceptionsArb = fc
  .tuple(fc.integer(YEARS), fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 4 }), fc.array(ruleHoursArb, { minLength: 2, maxLength: 2 }))
  .map(([year, days, hours]) => {
    const sorted = [...days].sort((a, b) => a - b).map((d) => DateTime.fromObject({ year }, { zone: "utc" }).plus({ days: d }).toISODate()!);
    const exceptions: Config[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) exceptions.push({ from: sorted[i], to: sorted[i + 1], hours: hours[i / 2] });
    return exceptions;
  });

const precedenceArb = fc
  .tuple(fc.shuffledSubarray(DEFAULT_PRECEDENCE, { minLength: DEFAULT_PRECEDENCE.length, maxLength: DEFAULT_PRECEDENCE.length }), fc.boolean())
  .map(([kinds, withoutNamedDay]) => (withoutNamedDay ? kinds.filter((k) => k !== "namedDay") : kinds));

const configArb: fc.Arbitrary<Config> = fc
  .record(
    {
      weekly: weekHoursArb(),
      periods: fc.array(periodArb, { maxLength: 3 }),
      dayKinds: fc.record(Object.fromEntries(DAY_KIND_KEYS.map((k) => [k, entryArb])), { requiredKeys: [] }),
      namedDays: namedDaysArb,
      exceptions: exceptionsArb,
      precedence: precedenceArb,
    },
    { requiredKeys: ["weekly"] },
  )
  .map((config) => ({ timeZone: "Europe/Stockholm", ...config }));

// ---------------------------------------------------------------------------------------
// The reference model
// ---------------------------------------------------------------------------------------

const comparable = (name: string) => {
  const plain = name.normalize("NFC").toLowerCase().trim().replace(/\s+/g, " ");
  return plain.endsWith("en") ? plain.slice(0, -2) : plain;
};
const isClip = (hours: unknown): hours is Clip => typeof hours === "object" && hours !== null && ("opensAt" in hours || "closesAt" in hours);

/** An entry's hours and label, however written. */
function entryParts(entry: unknown): { hours: RuleHours; label: unknown } {
  if (Array.isArray(entry)) return { hours: entry, label: undefined };
  const { hours, label, ...rest } = entry as Record<string, unknown>;
  return hours !== undefined ? { hours: hours as RuleHours, label } : { hours: rest as RuleHours, label };
}

type Candidate = { kind: string; hours: RuleHours };

/** The rules that match a date, in precedence order (a rule with hours per weekday is left to `decide`). */
function candidates(config: Config, date: string): Candidate[] {
  const calendar = swedishDay(date);
  const day = DateTime.fromISO(date, { zone: "utc" });
  const precedence = [...((config.precedence as string[] | undefined) ?? DEFAULT_PRECEDENCE)];
  if (!precedence.includes("namedDay")) precedence.splice(precedence.findIndex((k) => k === "publicHoliday" || k === "workFreeEve"), 0, "namedDay");
  const flags: Record<string, boolean> = {
    publicHoliday: calendar.publicHoliday !== null,
    workFreeEve: calendar.workFreeEve !== null,
    bridgeDay: calendar.bridgeDay,
    dayBeforeEve: calendar.dayBeforeEve,
    dayBeforeRedDay: calendar.dayBeforeRedDay,
  };
  const out: Candidate[] = [];
  for (const kind of precedence) {
    if (kind === "exception") {
      for (const e of (config.exceptions ?? []) as { from: string; to: string; hours: RuleHours }[]) if (e.from <= date && date <= e.to) out.push({ kind, hours: e.hours });
    } else if (kind === "namedDay") {
      const todays = calendar.namedDays.map(comparable);
      for (const [name, entry] of Object.entries((config.namedDays ?? {}) as Record<string, unknown>)) if (todays.includes(comparable(name))) out.push({ kind, hours: entryParts(entry).hours });
    } else if (kind === "period") {
      for (const p of (config.periods ?? []) as { weeks?: { from?: number; to?: number; parity?: string }; dates?: { from: string; to: string }; hours: RuleHours }[]) {
        let covers: boolean;
        if (p.weeks) {
          const w = day.weekNumber;
          const { from, to, parity } = p.weeks;
          covers = (parity === undefined || (w % 2 === 1) === (parity === "odd")) && (from === undefined || (from <= to! ? w >= from && w <= to! : w >= from || w <= to!));
        } else {
          const md = date.slice(5);
          const { from, to } = p.dates!;
          covers = from <= to ? md >= from && md <= to : md >= from || md <= to;
        }
        if (covers) out.push({ kind, hours: p.hours });
      }
    } else if (kind === "weekly") {
      out.push({ kind, hours: ((config.weekly ?? {}) as WeekHours)[WEEKDAY_KEYS[day.weekday - 1]!] ?? [] });
    } else {
      const entry = ((config.dayKinds ?? {}) as Record<string, unknown>)[kind];
      if (entry !== undefined && flags[kind]) out.push({ kind, hours: entryParts(entry).hours });
    }
  }
  return out;
}

/** A date's kind and open minutes `[from, to]` by the meaning of the rules. */
function expected(config: Config, date: string): { kind: string; ranges: [number, number][] } {
  const weekday = WEEKDAY_KEYS[DateTime.fromISO(date, { zone: "utc" }).weekday - 1]!;
  const rules = candidates(config, date);
  const decide = (start: number): { kind: string; ranges: [number, number][] } => {
    for (let i = start; i < rules.length; i++) {
      const { kind, hours } = rules[i]!;
      const toRanges = (list: Hours) => list.map((text) => text.split("-").map(minutes) as [number, number]);
      if (Array.isArray(hours)) return { kind, ranges: toRanges(hours) };
      if (isClip(hours)) {
        const open = hours.opensAt === undefined ? 0 : minutes(hours.opensAt);
        const close = hours.closesAt === undefined ? 48 * 60 : minutes(hours.closesAt);
        const below = decide(i + 1).ranges;
        return { kind, ranges: below.map(([a, b]) => [Math.max(a, open), Math.min(b, close)] as [number, number]).filter(([a, b]) => b > a) };
      }
      const own = (hours as WeekHours)[weekday];
      if (own) return { kind, ranges: toRanges(own) };
    }
    return { kind: "weekly", ranges: [] };
  };
  return decide(0);
}

const rangesOf = (day: { intervals: readonly { from: string; to: string }[] }): [number, number][] => day.intervals.map((i) => [minutes(i.from), minutes(i.to)]);

// ---------------------------------------------------------------------------------------

describe("rules as people write them, over random configs", () => {
  it("(a) day(date) is the reference model's: precedence, named days, clips, hours per weekday, parity", () => {
    fc.assert(
      fc.property(configArb, fc.array(dateArb, { minLength: 12, maxLength: 12 }), (config, dates) => {
        const schedule = createSchedule(config as ScheduleConfig);
        for (const date of dates) {
          const want = expected(config, date);
          const got = schedule.day(date);
          expect(got.rule.kind, date).toBe(want.kind);
          expect(rangesOf(got), date).toEqual(want.ranges);
        }
      }),
      { numRuns: 300 },
    );
  });

  /** Where a rule can go, and the config without it. */
  const placeArb = fc.constantFrom("dayKind", "namedDay", "period", "exception");
  function withRule(config: Config, place: string, hours: RuleHours, pick: number): { withIt: Config; without: Config } {
    const without = structuredClone(config);
    const withIt = structuredClone(config);
    if (place === "dayKind") {
      const kind = DAY_KIND_KEYS[pick % DAY_KIND_KEYS.length]!;
      delete (without.dayKinds as Record<string, unknown> | undefined)?.[kind];
      withIt.dayKinds = { ...(withIt.dayKinds as object), [kind]: { hours } };
    } else if (place === "namedDay") {
      const name = NAMES[pick % NAMES.length]!;
      const keep = Object.entries((config.namedDays ?? {}) as Record<string, unknown>).filter(([key]) => comparable(key) !== comparable(name));
      without.namedDays = Object.fromEntries(keep);
      withIt.namedDays = Object.fromEntries([[name, hours], ...keep]);
    } else if (place === "period") {
      withIt.periods = [{ weeks: { from: 1 + (pick % 53), to: 1 + ((pick * 7) % 53) }, hours }, ...((config.periods ?? []) as object[])];
    } else {
      const year = 2006 + (pick % 90);
      const exception = { from: `${year}-01-01`, to: `${year}-12-31`, hours };
      without.exceptions = [];
      withIt.exceptions = [exception];
    }
    return { withIt, without };
  }
  /** The same day of the year in the year an added exception covers. */
  const dateNear = (pick: number, date: string) => `${2006 + (pick % 90)}${date.slice(4)}`;

  it("(b) a clip never adds open time", () => {
    fc.assert(
      fc.property(configArb, placeArb, clipArb, fc.nat(), fc.array(dateArb, { minLength: 8, maxLength: 8 }), (config, place, clip, pick, dates) => {
        const { withIt, without } = withRule(config, place, clip, pick);
        const clipped = createSchedule(withIt as ScheduleConfig);
        const plain = createSchedule(without as ScheduleConfig);
        for (const date of [...dates, ...dates.map((d) => dateNear(pick, d))]) {
          const open = new Set<number>();
          for (const [a, b] of rangesOf(plain.day(date))) for (let m = a; m < b; m++) open.add(m);
          for (const [a, b] of rangesOf(clipped.day(date))) for (let m = a; m < b; m++) if (!open.has(m)) expect.fail(`${date}: ${hhmm(m)} open only with the clip ${JSON.stringify(clip)} (${place})`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("(c) a rule with hours per weekday never changes the weekdays it does not name", () => {
    fc.assert(
      fc.property(
        configArb,
        placeArb,
        fc.uniqueArray(fc.constantFrom(...WEEKDAY_KEYS), { minLength: 1, maxLength: 6 }).chain((named) => fc.tuple(fc.constant(named), weekHoursArb(named))),
        fc.nat(),
        fc.array(dateArb, { minLength: 8, maxLength: 8 }),
        (config, place, [named, week], pick, dates) => {
          const rule: WeekHours = Object.fromEntries(named.map((d) => [d, week[d]]));
          const { withIt, without } = withRule(config, place, rule, pick);
          const a = createSchedule(withIt as ScheduleConfig);
          const b = createSchedule(without as ScheduleConfig);
          for (const date of [...dates, ...dates.map((d) => dateNear(pick, d))]) {
            const weekday = WEEKDAY_KEYS[DateTime.fromISO(date, { zone: "utc" }).weekday - 1]!;
            if (named.includes(weekday)) continue;
            expect(a.day(date).intervals, date).toEqual(b.day(date).intervals);
            expect(a.day(date).rule, date).toEqual(b.day(date).rule);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

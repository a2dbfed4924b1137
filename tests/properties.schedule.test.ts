/*
 * Property tests of the schedule queries (SPEC §2, §3) over random valid configurations.
 *
 * The oracles are independent of the code under test: luxon converts wall-clock times of
 * the schedule's zone to instants, and the queries are checked against each other and
 * against the meaning of half-open, merged intervals. The precedence check (f) rebuilds a
 * date's hours from the config by hand, using only the calendar facts of `swedishDay`.
 */
import fc from "fast-check";
import { DateTime, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { createSchedule, DAY_KINDS, RULE_KINDS, swedishDay, WEEKDAYS, type ScheduleConfig } from "../src/index";

const ZONES = ["Europe/Stockholm", "UTC", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham"] as const;
const DEFAULT_ZONE = "Europe/Stockholm";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const HORIZON = 366 * DAY; // the default search horizon (SPEC §3)

/** Instants are drawn from 2006-01-03 to 2099-06-30: far enough from 2005 and 2100 that a horizon of 366 days stays supported. */
const FIRST_INSTANT = Date.UTC(2006, 0, 3);
const LAST_INSTANT = Date.UTC(2099, 5, 30);

const pad2 = (n: number) => String(n).padStart(2, "0");
const hhmm = (minutes: number) => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
const minutesOf = (text: string) => {
  const [h, m] = text.split(":").map(Number) as [number, number];
  return h * 60 + m;
};

type Config = ScheduleConfig & Record<string, unknown>;
type Hours = string[];
type WeekHours = Partial<Record<(typeof WEEKDAYS)[number], Hours>>;

// ---------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------

/**
 * One day's hours: 0–`maxCount` sorted, non-overlapping intervals on a 15- or 1-minute grid,
 * sometimes ending past midnight (up to "30:00"), sometimes touching, sometimes the whole day.
 */
function dayHoursArb(maxCount = 3): fc.Arbitrary<Hours> {
  const built = fc
    .record({
      step: fc.constantFrom(15, 15, 1),
      count: fc.integer({ min: 0, max: maxCount }),
      overnight: fc.boolean(),
      touch: fc.boolean(),
    })
    .chain(({ step, count, overnight, touch }) =>
      fc.array(fc.integer({ min: 0, max: (overnight ? 30 * 60 : 24 * 60) / step }), { minLength: 2 * count, maxLength: 2 * count }).map((raw) => {
        const points = raw.map((p) => p * step).sort((a, b) => a - b);
        if (touch && points.length >= 4) points[2] = points[1]!; // the second interval starts where the first ends
        const hours: Hours = [];
        for (let i = 0; i + 1 < points.length; i += 2) {
          const from = points[i]!;
          const to = points[i + 1]!;
          if (from > 23 * 60 + 59) break; // an interval starts on its own day
          if (to === from) continue;
          hours.push(`${hhmm(from)}-${hhmm(to)}`);
        }
        return hours;
      }),
    );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<Hours>(["00:00-24:00"]) },
    { weight: 1, arbitrary: fc.constantFrom<Hours[]>(["22:00-30:00"], ["00:00-06:00", "20:00-26:00"], ["02:00-03:00"], ["01:30-02:30", "02:30-03:30"]) },
    { weight: 10, arbitrary: built },
  );
}

const weekHoursArb = (maxCount = 3): fc.Arbitrary<WeekHours> =>
  fc.record(Object.fromEntries(WEEKDAYS.map((d) => [d, dayHoursArb(maxCount)])) as Record<(typeof WEEKDAYS)[number], fc.Arbitrary<Hours>>, {
    requiredKeys: [],
  });

const labelArb = fc.oneof(
  fc.constantFrom("Sommar", "Stängt för inventering", "Jul"),
  fc.record({ sv: fc.constantFrom("Sommartid", "Klämdag"), en: fc.constantFrom("Summer hours", "Bridge day") }, { requiredKeys: ["sv"] }),
);

const withOptional = <T extends object>(base: T, key: string, value: unknown): T => (value === null ? base : { ...base, [key]: value });

/** A day of 2024 (a leap year) as "MM-DD". */
const monthDayArb = fc.integer({ min: 0, max: 365 }).map((d) => DateTime.fromObject({ year: 2024, month: 1, day: 1 }, { zone: "utc" }).plus({ days: d }).toFormat("MM-dd"));

/** A plain date as days since 1970-01-01 → "YYYY-MM-DD" (computed with luxon). */
const isoOfDay = (dayNumber: number) => DateTime.fromMillis(dayNumber * DAY, { zone: "utc" }).toISODate()!;
const dayOfIso = (iso: string) => Math.round(DateTime.fromISO(iso, { zone: "utc" }).toMillis() / DAY);
const FIRST_DAY = dayOfIso("2006-01-03");
const LAST_DAY = dayOfIso("2099-06-30");

const periodRangeArb = fc.oneof(
  fc.record({ from: fc.integer({ min: 1, max: 53 }), to: fc.integer({ min: 1, max: 53 }) }).map((weeks) => ({ weeks })),
  fc.constantFrom({ weeks: { from: 52, to: 2 } }, { weeks: { from: 25, to: 32 } }, { weeks: { from: 53, to: 53 } }),
  fc.record({ from: monthDayArb, to: monthDayArb }).map((dates) => ({ dates })), // yearly, may wrap New Year
  fc
    .tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.integer({ min: 0, max: 400 }))
    .map(([first, length]) => ({ dates: { from: isoOfDay(first), to: isoOfDay(Math.min(first + length, LAST_DAY)) } })),
);

const periodArb = fc
  .tuple(periodRangeArb, weekHoursArb(2), fc.option(labelArb))
  .map(([range, hours, label]) => withOptional({ ...range, hours }, "label", label));

const dayKindsArb = fc.record(
  Object.fromEntries(
    DAY_KINDS.map((kind) => [kind, fc.tuple(dayHoursArb(2), fc.option(labelArb)).map(([hours, label]) => withOptional({ hours }, "label", label))]),
  ) as Record<(typeof DAY_KINDS)[number], fc.Arbitrary<{ hours: Hours }>>,
  { requiredKeys: [] },
);

/** 0–3 exceptions on distinct, non-overlapping dates, clustered around one year so that several fall near each other. */
const exceptionsArb = fc
  .tuple(
    fc.integer({ min: FIRST_DAY + 200, max: LAST_DAY - 200 }),
    fc.uniqueArray(fc.integer({ min: -200, max: 200 }), { minLength: 0, maxLength: 6 }),
    fc.array(fc.tuple(fc.boolean(), dayHoursArb(2), fc.option(labelArb)), { minLength: 3, maxLength: 3 }),
  )
  .map(([center, offsets, shapes]) => {
    const days = offsets.map((o) => center + o).sort((a, b) => a - b);
    const exceptions: Record<string, unknown>[] = [];
    for (let i = 0; i + 1 < days.length; i += 2) {
      const [single, hours, note] = shapes[i / 2]!;
      const base = single ? { date: isoOfDay(days[i]!), hours } : { from: isoOfDay(days[i]!), to: isoOfDay(days[i + 1]!), hours };
      exceptions.push(withOptional(base, "note", note));
    }
    return exceptions;
  });

/** A random valid schedule configuration (SPEC §2). */
const configArb: fc.Arbitrary<Config> = fc
  .record({
    timeZone: fc.option(fc.constantFrom(...ZONES)),
    weekly: fc.option(
      fc.oneof(
        { weight: 8, arbitrary: weekHoursArb(3) },
        { weight: 1, arbitrary: fc.constant(Object.fromEntries(WEEKDAYS.map((d) => [d, ["00:00-24:00"]])) as WeekHours) },
      ),
      { freq: 10 },
    ),
    weeklyLabel: fc.option(labelArb, { freq: 2 }),
    periods: fc.option(fc.array(periodArb, { maxLength: 2 }), { freq: 3 }),
    dayKinds: fc.option(dayKindsArb, { freq: 3 }),
    exceptions: fc.option(exceptionsArb, { freq: 3 }),
    precedence: fc.option(fc.shuffledSubarray([...RULE_KINDS], { minLength: RULE_KINDS.length, maxLength: RULE_KINDS.length }), { freq: 3 }),
  })
  .map((parts) => {
    let config: Config = {};
    for (const [key, value] of Object.entries(parts)) config = withOptional(config, key, value);
    return config;
  });

/** The dates an exception of the config names (`date`, `from`, `to`). */
const exceptionDates = (config: Config): string[] =>
  (config.exceptions ?? []).flatMap((e) => [e.date, e.from, e.to].filter((d): d is string => d !== undefined));

const zoneOf = (config: Config) => (config.timeZone as string | undefined) ?? DEFAULT_ZONE;

/** The UTC offset changes of a zone in a year, found with luxon (cached). */
const transitionCache = new Map<string, number[]>();
function transitions(zoneName: string, year: number): number[] {
  const key = `${zoneName}:${year}`;
  let found = transitionCache.get(key);
  if (found) return found;
  const zone = IANAZone.create(zoneName);
  found = [];
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  for (let t = start; t < end; t += DAY) {
    if (zone.offset(t) === zone.offset(t + DAY)) continue;
    let low = t; // offset of low = old, of high = new
    let high = t + DAY;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (zone.offset(middle) === zone.offset(t)) low = middle;
      else high = middle;
    }
    found.push(high);
  }
  transitionCache.set(key, found);
  return found;
}

const localArb = fc.record({
  year: fc.integer({ min: 2006, max: 2098 }),
  dayOfYear: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 364 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 364, 365) }), // with New Year
  minute: fc.integer({ min: 0, max: 24 * 4 - 1 }).map((q) => q * 15),
  nudge: fc.constantFrom(-1, 0, 0, 1, -MINUTE, MINUTE),
});

const clampInstant = (t: number) => Math.min(LAST_INSTANT, Math.max(FIRST_INSTANT, t));

/** Instants for a config: uniform, near local midnights and grid times, near DST transitions, near the config's own dates. */
function instantArb(config: Config): fc.Arbitrary<number> {
  const zone = zoneOf(config);
  const local = (year: number, dayOfYear: number, minute: number) =>
    DateTime.fromObject({ year, month: 1, day: 1 }, { zone }).plus({ days: dayOfYear }).set({ hour: Math.floor(minute / 60), minute: minute % 60 }).toMillis();
  const configDays: number[] = [];
  for (const date of exceptionDates(config)) configDays.push(dayOfIso(date));
  for (const p of (config.periods ?? []) as { dates?: { from: string; to: string } }[]) {
    if (p.dates && p.dates.from.length === 10) configDays.push(dayOfIso(p.dates.from), dayOfIso(p.dates.to));
  }
  const arbs: fc.Arbitrary<number>[] = [
    fc.integer({ min: FIRST_INSTANT, max: LAST_INSTANT }),
    localArb.map(({ year, dayOfYear, nudge }) => local(year, dayOfYear, 0) + nudge),
    localArb.map(({ year, dayOfYear, minute, nudge }) => local(year, dayOfYear, minute) + nudge),
    fc
      .record({ year: fc.integer({ min: 2006, max: 2098 }), which: fc.nat(), shift: fc.oneof(fc.constantFrom(-1, 0, 1), fc.integer({ min: -3 * HOUR, max: 3 * HOUR })) })
      .map(({ year, which, shift }) => {
        const list = transitions(zone, year);
        if (list.length === 0) return local(year, which % 365, 0) + shift;
        return list[which % list.length]! + shift;
      }),
  ];
  if (configDays.length > 0) {
    arbs.push(
      fc
        .record({ which: fc.nat(), dayShift: fc.integer({ min: -1, max: 1 }), minute: fc.integer({ min: 0, max: 95 }), nudge: fc.constantFrom(-1, 0, 1) })
        .map(({ which, dayShift, minute, nudge }) => {
          const iso = isoOfDay(configDays[which % configDays.length]! + dayShift);
          const date = DateTime.fromISO(iso, { zone });
          return date.set({ hour: Math.floor((minute * 15) / 60), minute: (minute * 15) % 60 }).toMillis() + nudge;
        }),
    );
  }
  return fc.oneof(...arbs).map(clampInstant);
}

/** A config with a few instants and sampling fractions for it. */
const scenarioArb = configArb.chain((config) =>
  fc.record({
    config: fc.constant(config),
    instants: fc.array(instantArb(config), { minLength: 3, maxLength: 3 }),
    fractions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    span: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 * DAY }), fc.integer({ min: 1, max: 14 * DAY })),
  }),
);

const RUNS = { numRuns: 60 };

const ms = (d: Date | null) => (d === null ? null : d.getTime());

/** Points strictly inside (a, b), drawn from the fractions, plus the two nearest the ends. */
function pointsInside(a: number, b: number, fractions: readonly number[]): number[] {
  if (b - a < 2) return [];
  return [a + 1, b - 1, ...fractions.map((f) => a + 1 + Math.floor(f * (b - a - 2)))];
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

describe("schedule queries over random configs (SPEC §3)", () => {
  it("the generated configs are valid", () => {
    fc.assert(
      fc.property(configArb, (config) => {
        expect(() => createSchedule(config)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it("(a) nextOpening(t) is an opening: open at it, closed just before, nothing open between a closed t and it", () => {
    fc.assert(
      fc.property(scenarioArb, ({ config, instants, fractions }) => {
        const s = createSchedule(config);
        for (const t of instants) {
          const openNow = s.isOpen(t);
          const o = ms(s.nextOpening(t));
          if (o === null) {
            // Nothing opens within the horizon: at most the current interval, running on from t.
            const found = s.openIntervals(t, t + HORIZON);
            if (!openNow) expect(found).toEqual([]);
            else {
              expect(found.length).toBeLessThanOrEqual(1);
              expect(found[0]!.start.getTime()).toBe(t);
            }
            continue;
          }
          expect(o).toBeGreaterThan(t);
          expect(o - t).toBeLessThanOrEqual(HORIZON);
          expect(s.isOpen(o)).toBe(true);
          expect(s.isOpen(o - 1)).toBe(false);
          const between = s.openIntervals(t, o);
          if (!openNow) {
            expect(between).toEqual([]);
            for (const x of pointsInside(t, o, fractions)) expect(s.isOpen(x), `open at ${new Date(x).toISOString()}`).toBe(false);
          } else {
            // Open now: the next opening is the one after the current interval closes.
            const c = ms(s.nextClosing(t));
            expect(c).not.toBeNull();
            expect(c!).toBeLessThan(o);
            expect(between.map((i) => [i.start.getTime(), i.end.getTime()])).toEqual([[t, c]]);
          }
        }
      }),
      RUNS,
    );
  });

  it("(b) nextClosing(t) is a closing: closed at it, open just before, nothing closed between an open t and it", () => {
    fc.assert(
      fc.property(scenarioArb, ({ config, instants, fractions }) => {
        const s = createSchedule(config);
        for (const t of instants) {
          const openNow = s.isOpen(t);
          const c = ms(s.nextClosing(t));
          if (c === null) {
            const found = s.openIntervals(t, t + HORIZON).map((i) => [i.start.getTime(), i.end.getTime()]);
            if (openNow) expect(found).toEqual([[t, t + HORIZON]]);
            else {
              // Closed now and never closing within the horizon: at most one opening, open from then on.
              expect(found.length).toBeLessThanOrEqual(1);
              if (found.length === 1) expect(found[0]![1]).toBe(t + HORIZON);
            }
            continue;
          }
          expect(c).toBeGreaterThan(t);
          expect(c - t).toBeLessThanOrEqual(HORIZON);
          expect(s.isOpen(c)).toBe(false);
          expect(s.isOpen(c - 1)).toBe(true);
          const between = s.openIntervals(t, c).map((i) => [i.start.getTime(), i.end.getTime()]);
          if (openNow) {
            expect(between).toEqual([[t, c]]);
            for (const x of pointsInside(t, c, fractions)) expect(s.isOpen(x), `closed at ${new Date(x).toISOString()}`).toBe(true);
          } else {
            const o = ms(s.nextOpening(t));
            expect(o).not.toBeNull();
            expect(between).toEqual([[o, c]]);
          }
        }
      }),
      RUNS,
    );
  });

  it("(c) openIntervals(a, b) are merged, clipped, sorted, and agree with isOpen and with nextOpening/nextClosing", () => {
    fc.assert(
      fc.property(scenarioArb, ({ config, instants, fractions, span }) => {
        const s = createSchedule(config);
        for (const a of instants) {
          const b = a + span;
          const found = s.openIntervals(a, b).map((i) => [i.start.getTime(), i.end.getTime()] as [number, number]);
          let previousEnd = -Infinity;
          for (const [start, end] of found) {
            expect(start).toBeLessThan(end);
            expect(start).toBeGreaterThanOrEqual(a);
            expect(end).toBeLessThanOrEqual(b);
            expect(start).toBeGreaterThan(previousEnd); // sorted, and touching intervals are merged
            previousEnd = end;
            expect(s.isOpen(start)).toBe(true);
            expect(s.isOpen(end - 1)).toBe(true);
            if (start > a) expect(s.isOpen(start - 1)).toBe(false);
            if (end < b) expect(s.isOpen(end)).toBe(false);
          }
          const inside = (x: number) => found.some(([start, end]) => x >= start && x < end);
          for (const x of [a, ...pointsInside(a - 1, b, fractions)]) {
            if (x >= b) continue;
            expect(s.isOpen(x), `at ${new Date(x).toISOString()}`).toBe(inside(x));
          }
          // The same intervals, walked with nextOpening / nextClosing.
          const walked: [number, number][] = [];
          let cursor = a;
          let open = s.isOpen(a);
          while (cursor < b) {
            const start = open ? cursor : ms(s.nextOpening(cursor));
            if (start === null || start >= b) break;
            const end = ms(s.nextClosing(start));
            walked.push([start, end === null ? b : Math.min(end, b)]);
            if (end === null) break;
            cursor = end;
            open = false;
          }
          expect(found).toEqual(walked);
        }
      }),
      RUNS,
    );
  });

  it("(d) status(t) agrees with isOpen, nextOpening, nextClosing; since is the last change", () => {
    fc.assert(
      fc.property(scenarioArb, ({ config, instants }) => {
        const s = createSchedule(config);
        const zone = zoneOf(config);
        for (const t of instants) {
          const st = s.status(t);
          expect(st.at.getTime()).toBe(t);
          expect(st.open).toBe(s.isOpen(t));
          expect(ms(st.nextOpening)).toBe(ms(s.nextOpening(t)));
          expect(ms(st.nextClosing)).toBe(ms(s.nextClosing(t)));
          expect(ms(st.until)).toBe(st.open ? ms(st.nextClosing) : ms(st.nextOpening));
          expect(st.date).toBe(DateTime.fromMillis(t, { zone }).toISODate());
          expect(st.today).toEqual(s.day(st.date));
          expect(RULE_KINDS).toContain(st.rule.kind);
          if (!st.open) expect(st.rule).toEqual(st.today.rule);
          else {
            // Open: the rule in force is the one of the day whose hours hold this wall-clock minute.
            const local = DateTime.fromMillis(t, { zone });
            const minute = local.hour * 60 + local.minute;
            const yesterday = s.day(local.minus({ days: 1 }).toISODate()!);
            const byToday = st.today.intervals.some(({ from, to }) => minute >= minutesOf(from) && minute < minutesOf(to));
            const byYesterday = yesterday.intervals.some(({ from, to }) => minute + 24 * 60 >= minutesOf(from) && minute + 24 * 60 < minutesOf(to));
            if (byToday && !byYesterday) expect(st.rule).toEqual(st.today.rule);
            if (byYesterday && !byToday) expect(st.rule).toEqual(yesterday.rule);
          }
          const since = ms(st.since);
          if (since !== null) {
            expect(since).toBeLessThanOrEqual(t);
            expect(s.isOpen(since)).toBe(st.open);
            expect(s.isOpen(since - 1)).toBe(!st.open);
            // No change in (since, t].
            const found = s.openIntervals(since, t + 1).map((i) => [i.start.getTime(), i.end.getTime()]);
            expect(found).toEqual(st.open ? [[since, t + 1]] : []);
          } else {
            // No change within the horizon back from t.
            const found = s.openIntervals(t - HORIZON, t + 1).map((i) => [i.start.getTime(), i.end.getTime()]);
            expect(found).toEqual(st.open ? [[t - HORIZON, t + 1]] : []);
          }
        }
      }),
      RUNS,
    );
  });

  it("(e) day(date).intervals agree with isOpen at those wall-clock times on days without a DST change", () => {
    const dateArb = fc.integer({ min: FIRST_DAY + 1, max: LAST_DAY - 1 });
    const nearArb = (config: Config) => {
      const days = exceptionDates(config).map(dayOfIso);
      return days.length === 0 ? dateArb : fc.oneof(dateArb, fc.tuple(fc.constantFrom(...days), fc.integer({ min: -1, max: 1 })).map(([d, k]) => d + k));
    };
    fc.assert(
      fc.property(
        configArb.chain((config) => fc.record({ config: fc.constant(config), dates: fc.array(nearArb(config), { minLength: 4, maxLength: 4 }) })),
        ({ config, dates }) => {
          const s = createSchedule(config);
          const zone = zoneOf(config);
          for (const dayNumber of dates) {
            const date = isoOfDay(dayNumber);
            const { year, month, day } = DateTime.fromISO(date, { zone: "utc" });
            const midnight = DateTime.fromObject({ year, month, day }, { zone });
            const nextMidnight = midnight.plus({ days: 1 });
            const previousMidnight = midnight.minus({ days: 1 });
            // Ordinary days only: same offset all through the day and the day before.
            if (midnight.offset !== nextMidnight.offset || previousMidnight.offset !== midnight.offset) continue;
            if (transitions(zone, year).some((x) => x >= previousMidnight.toMillis() && x <= nextMidnight.toMillis())) continue;

            const today = s.day(date);
            const yesterday = s.day(isoOfDay(dayNumber - 1));
            expect(today.date).toBe(date);
            expect(today.weekday).toBe(midnight.weekday);
            // The open minutes of this local date: its own intervals and yesterday's hours past midnight.
            const openMinute = new Uint8Array(24 * 60);
            for (const { from, to } of today.intervals) for (let m = minutesOf(from); m < Math.min(minutesOf(to), 24 * 60); m++) openMinute[m] = 1;
            for (const { from, to } of yesterday.intervals) for (let m = Math.max(minutesOf(from), 24 * 60); m < minutesOf(to); m++) openMinute[m - 24 * 60] = 1;
            // Every minute of the day, from local midnight (no offset change today).
            const base = midnight.toMillis();
            for (let m = 0; m < 24 * 60; m++) {
              const t = base + m * MINUTE;
              if (s.isOpen(t) !== (openMinute[m] === 1)) {
                expect.fail(`${date} ${hhmm(m)} in ${zone}: isOpen ${s.isOpen(t)}, day() says ${openMinute[m] === 1} (${JSON.stringify(today.intervals)})`);
              }
            }
            // The interval ends, converted wall-clock → instant by luxon.
            for (const { from, to } of today.intervals) {
              const f = minutesOf(from);
              const atFrom = DateTime.fromObject({ year, month, day, hour: Math.floor(f / 60), minute: f % 60 }, { zone }).toMillis();
              expect(s.isOpen(atFrom), `${date} ${from} in ${zone}`).toBe(true);
              const e = minutesOf(to);
              if (e <= 24 * 60) {
                const atEnd = midnight.plus({ minutes: e }).toMillis();
                expect(s.isOpen(atEnd - 1), `${date} just before ${to} in ${zone}`).toBe(true);
              }
            }
          }
        },
      ),
      RUNS,
    );
  });

  it("(e') on DST days, day(date).intervals agree with isOpen at every wall-clock minute that occurs exactly once", () => {
    const zonesWithDst = ZONES.filter((z) => transitions(z, 2026).length > 0);
    // Hours with ends around the small hours, where the clocks change (01:00–04:00).
    const smallHoursArb = fc.uniqueArray(fc.integer({ min: 4, max: 16 }), { maxLength: 4 }).map((raw) => {
      const points = raw.map((q) => q * 15).sort((a, b) => a - b);
      const hours: Hours = [];
      for (let i = 0; i + 1 < points.length; i += 2) hours.push(`${hhmm(points[i]!)}-${hhmm(points[i + 1]!)}`);
      return hours;
    });
    const scenario = fc
      .record({
        config: configArb,
        zone: fc.constantFrom(...zonesWithDst),
        years: fc.uniqueArray(fc.integer({ min: 2006, max: 2098 }), { minLength: 2, maxLength: 2 }),
        which: fc.nat(),
        dayShift: fc.constantFrom(0, 0, 0, 1),
        smallHours: fc.option(fc.array(smallHoursArb, { minLength: 2, maxLength: 2 }), { freq: 1 }),
      })
      .map(({ config, zone, years, which, dayShift, smallHours }) => {
        // The local date of a change (or the day after, whose early hours may hold yesterday's tail).
        const dates = years.map((year) => {
          const list = transitions(zone, year);
          return DateTime.fromMillis(list[which % list.length]!, { zone }).plus({ days: dayShift }).toISODate()!;
        });
        const withZone: Config = { ...config, timeZone: zone };
        // Half the time, the change days get hours of their own around the change.
        if (smallHours) {
          withZone.exceptions = dates.map((date, i) => ({ date, hours: smallHours[i]! }));
          delete withZone.precedence;
        }
        return { config: withZone, zone, dates };
      });
    fc.assert(
      fc.property(scenario, ({ config, zone, dates }) => {
        const s = createSchedule(config);
        const iana = IANAZone.create(zone);
        for (const date of dates) {
          const noon = DateTime.fromISO(date, { zone }).set({ hour: 12 }).toMillis();
          const { year: y, month, day } = DateTime.fromISO(date, { zone: "utc" });
          const localMidnight = Date.UTC(y, month - 1, day); // wall clock written as UTC
          const offsets = [...new Set([iana.offset(noon - 2 * DAY), iana.offset(noon), iana.offset(noon + DAY)])];
          const today = s.day(date);
          const yesterday = s.day(DateTime.fromISO(date, { zone: "utc" }).minus({ days: 1 }).toISODate()!);
          const openMinute = new Uint8Array(24 * 60);
          for (const { from, to } of today.intervals) for (let m = minutesOf(from); m < Math.min(minutesOf(to), 24 * 60); m++) openMinute[m] = 1;
          for (const { from, to } of yesterday.intervals) for (let m = Math.max(minutesOf(from), 24 * 60); m < minutesOf(to); m++) openMinute[m - 24 * 60] = 1;
          let checked = 0;
          for (let m = 0; m < 24 * 60; m++) {
            const wall = localMidnight + m * MINUTE;
            // The instants showing this wall time: none (skipped), one, or two (repeated).
            const instants = offsets.map((o) => wall - o * MINUTE).filter((t) => iana.offset(t) === (wall - t) / MINUTE);
            if (instants.length !== 1) continue;
            checked++;
            const t = instants[0]!;
            if (s.isOpen(t) !== (openMinute[m] === 1)) {
              expect.fail(`${date} ${hhmm(m)} in ${zone} (${new Date(t).toISOString()}): isOpen ${s.isOpen(t)}, day() says ${openMinute[m] === 1} (${JSON.stringify(today.intervals)}; yesterday ${JSON.stringify(yesterday.intervals)})`);
            }
          }
          expect(checked).toBeGreaterThan(20 * 60);
        }
      }),
      RUNS,
    );
  });

  it("(f) day(date) applies the precedence of SPEC §2 (first matching rule decides)", () => {
    type Period = { weeks?: { from: number; to: number }; dates?: { from: string; to: string }; hours: WeekHours };
    const covers = (p: Period, date: string, isoWeek: number) => {
      if (p.weeks) return p.weeks.from <= p.weeks.to ? isoWeek >= p.weeks.from && isoWeek <= p.weeks.to : isoWeek >= p.weeks.from || isoWeek <= p.weeks.to;
      const { from, to } = p.dates!;
      if (from.length === 10) return date >= from && date <= to;
      const md = date.slice(5);
      return from <= to ? md >= from && md <= to : md >= from || md <= to;
    };
    const expected = (config: Config, date: string): { kind: string; hours: Hours } => {
      const cal = swedishDay(date);
      const luxonDate = DateTime.fromISO(date, { zone: "utc" });
      const weekday = WEEKDAYS[luxonDate.weekday - 1]!;
      const dayKinds = (config.dayKinds ?? {}) as Record<string, { hours: Hours } | undefined>;
      const flag: Record<string, boolean> = {
        publicHoliday: cal.publicHoliday !== null,
        workFreeEve: cal.workFreeEve !== null,
        bridgeDay: cal.bridgeDay,
        dayBeforeEve: cal.dayBeforeEve,
        dayBeforeRedDay: cal.dayBeforeRedDay,
      };
      for (const kind of (config.precedence as string[] | undefined) ?? RULE_KINDS) {
        if (kind === "exception") {
          for (const e of (config.exceptions ?? []) as { date?: string; from?: string; to?: string; hours: Hours }[]) {
            if (e.date === date || (e.from !== undefined && e.from <= date && date <= e.to!)) return { kind, hours: e.hours };
          }
        } else if (kind === "period") {
          for (const p of (config.periods ?? []) as Period[]) {
            if (p.hours[weekday] && covers(p, date, luxonDate.weekNumber)) return { kind, hours: p.hours[weekday]! };
          }
        } else if (kind === "weekly") {
          return { kind, hours: (config.weekly as WeekHours | undefined)?.[weekday] ?? [] };
        } else if (dayKinds[kind] && flag[kind]) {
          return { kind, hours: dayKinds[kind]!.hours };
        }
      }
      return { kind: "weekly", hours: [] };
    };
    const interestingDates = fc.oneof(
      fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(isoOfDay),
      // Swedish red days, eves and their neighbours, and the turn of the year.
      fc
        .tuple(fc.integer({ min: 2006, max: 2098 }), fc.constantFrom("01-01", "01-05", "01-06", "04-30", "05-01", "06-05", "06-06", "06-19", "06-20", "06-24", "10-31", "11-02", "12-23", "12-24", "12-28", "12-31"), fc.integer({ min: -3, max: 3 }))
        .map(([y, md, k]) => isoOfDay(dayOfIso(`${y}-${md}`) + k)),
    );
    fc.assert(
      fc.property(
        configArb.chain((config) => {
          const own = exceptionDates(config);
          const dates = own.length === 0 ? interestingDates : fc.oneof(interestingDates, fc.constantFrom(...own));
          return fc.record({ config: fc.constant(config), dates: fc.array(dates, { minLength: 8, maxLength: 8 }) });
        }),
        ({ config, dates }) => {
          const s = createSchedule(config);
          for (const date of dates) {
            const { kind, hours } = expected(config, date);
            const got = s.day(date);
            expect(got.rule.kind, date).toBe(kind);
            expect(got.intervals.map((i) => `${i.from}-${i.to}`), date).toEqual(hours);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("fixed examples the properties rely on", () => {
  it("a place open 00:00–24:00 every day never closes and is never about to open", () => {
    const allDay = ["00:00-24:00"];
    const s = createSchedule({ timeZone: "Pacific/Chatham", weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay } });
    const t = Date.UTC(2026, 2, 29, 1, 30);
    expect(s.isOpen(t)).toBe(true);
    expect(s.nextClosing(t)).toBeNull();
    expect(s.nextOpening(t)).toBeNull();
    expect(s.openIntervals(t, t + 30 * DAY).map((i) => [i.start.getTime(), i.end.getTime()])).toEqual([[t, t + 30 * DAY]]);
  });

  it("status names yesterday's rule while open on yesterday's hours past midnight", () => {
    const s = createSchedule({
      timeZone: "UTC",
      weekly: { fri: ["08:00-16:00"], sat: ["10:00-14:00"] },
      exceptions: [{ date: "2026-05-08", hours: ["20:00-26:00"], note: "Vårfest" }],
    });
    const saturdayOneAm = Date.UTC(2026, 4, 9, 1);
    const st = s.status(saturdayOneAm);
    expect(st.open).toBe(true);
    expect(st.date).toBe("2026-05-09");
    expect(st.rule.kind).toBe("exception");
    expect(st.rule.label).toBe("Vårfest");
    expect(st.today.rule.kind).toBe("weekly");
    expect(ms(st.since)).toBe(Date.UTC(2026, 4, 8, 20));
    expect(ms(st.until)).toBe(Date.UTC(2026, 4, 9, 2));
  });

  it("status.since at the start of the supported years is the real start of the state or null, not a made-up change", () => {
    // Open every night 22:00–02:00 (Stockholm). At 00:30 on 1 January 2005 the doors opened at
    // 22:00 on 31 December 2004 (a Friday, weekly hours); local midnight of 1 January changed nothing.
    const night = ["22:00-26:00"];
    const s = createSchedule({ timeZone: "Europe/Stockholm", weekly: { mon: night, tue: night, wed: night, thu: night, fri: night, sat: night, sun: night } });
    const st = s.status(new Date("2005-01-01T00:30:00+01:00"));
    expect(st.open).toBe(true);
    expect([null, Date.parse("2004-12-31T22:00:00+01:00")]).toContain(ms(st.since));
  });

  it("an interval past midnight that meets the next morning's interval is one interval", () => {
    // Friday 22:00 – Saturday 06:00 (as "22:00-30:00"), Saturday 06:00–10:00: open Friday 22:00 to Saturday 10:00.
    const s = createSchedule({ timeZone: "UTC", weekly: { fri: ["22:00-30:00"], sat: ["06:00-10:00"] } });
    const friday = Date.UTC(2026, 4, 8); // 2026-05-08 is a Friday
    expect(ms(s.nextOpening(friday))).toBe(friday + 22 * HOUR);
    expect(ms(s.nextClosing(friday + 22 * HOUR))).toBe(friday + 34 * HOUR);
    expect(s.openIntervals(friday, friday + 2 * DAY).map((i) => [i.start.getTime(), i.end.getTime()])).toEqual([[friday + 22 * HOUR, friday + 34 * HOUR]]);
  });
});

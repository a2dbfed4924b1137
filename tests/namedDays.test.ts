/**
 * Named days (SPEC §7): the vocabulary, `swedishDay().namedDays`, and `namedDays` rules in a
 * schedule — which dates they decide, with what label, in which precedence.
 *
 * Expected dates come from `date-holidays` (SE), its `date` field (the same under every host
 * TZ), and weekdays from luxon; the canonical keys from swedish-holidays' own Swedish names.
 */
import Holidays from "date-holidays";
import { DateTime } from "luxon";
import svNamesModule from "swedish-holidays/dist/holiday-names.sv-se.js";
import { describe, expect, it } from "vitest";
import { createSchedule, swedishDay, type ScheduleConfig } from "../src/index";
import { NAMED_DAYS, namedDayKey } from "../src/calendar/namedDays";
import { EVE_NAMES, PUBLIC_HOLIDAY_NAMES } from "./helpers/dateHolidaysNames";

const SPEC_EVES = ["trettondagsafton", "skärtorsdagen", "påskafton", "valborgsmässoafton", "pingstafton", "midsommarafton", "allhelgonaafton", "julafton", "nyårsafton"];
const SPEC_HOLIDAYS = [
  "nyårsdagen",
  "trettondedag jul",
  "långfredagen",
  "påskdagen",
  "annandag påsk",
  "första maj",
  "kristi himmelsfärdsdag",
  "pingstdagen",
  "sveriges nationaldag",
  "midsommardagen",
  "alla helgons dag",
  "juldagen",
  "annandag jul",
];

/** date-holidays (SE): date → the canonical keys of its eves and public holidays, 2004–2101. */
const referenceNamedDays = new Map<string, string[]>();
{
  const hd = new Holidays("SE");
  for (let year = 2004; year <= 2101; year++) {
    for (const h of hd.getHolidays(year)) {
      const name = h.type === "public" ? PUBLIC_HOLIDAY_NAMES[h.name] : EVE_NAMES[h.name];
      if (!name) continue;
      const date = h.date.slice(0, 10);
      referenceNamedDays.set(date, [...(referenceNamedDays.get(date) ?? []), name.toLowerCase()]);
    }
  }
}
/** The dates of one named day in a year, from date-holidays. */
const dateOf = (key: string, year: number): string => {
  const found = [...referenceNamedDays].filter(([date, keys]) => date.startsWith(`${year}-`) && keys.includes(key)).map(([date]) => date);
  if (found.length !== 1) throw new Error(`date-holidays has ${found.length} dates for ${key} ${year}`);
  return found[0]!;
};

describe("the named days' keys", () => {
  it("are the 9 eves and 13 public holidays of SPEC §7", () => {
    expect([...NAMED_DAYS].sort()).toEqual([...SPEC_EVES, ...SPEC_HOLIDAYS].sort());
  });

  it("are swedish-holidays' Swedish names in lower case", () => {
    const names = Object.values((svNamesModule as unknown as { default?: Record<string, string> }).default ?? (svNamesModule as unknown as Record<string, string>));
    expect([...NAMED_DAYS].sort()).toEqual(names.map((name) => name.toLowerCase()).sort());
  });

  it("forgive case, spaces and a trailing definite -en either way", () => {
    const cases: [string, string][] = [
      ["Skärtorsdag", "skärtorsdagen"],
      ["skärtorsdagen", "skärtorsdagen"],
      ["Julaftonen", "julafton"],
      ["JULAFTON", "julafton"],
      ["Påskdag", "påskdagen"],
      ["  Midsommarafton ", "midsommarafton"],
      ["trettondedag   Jul", "trettondedag jul"],
      ["Kristi Himmelsfärdsdag", "kristi himmelsfärdsdag"],
      ["Nyårsdag", "nyårsdagen"],
      ["Alla helgons dag", "alla helgons dag"],
      ["Sveriges nationaldag", "sveriges nationaldag"],
      ["ska\u0308rtorsdag", "skärtorsdagen"], // "ä" written as a + combining diaeresis
    ];
    for (const [written, key] of cases) expect(namedDayKey(written), written).toBe(key);
  });

  it("do not guess unknown names", () => {
    for (const name of ["annandag pingst", "jul", "", "julaft", "midsommar", "nationaldagen", "lucia"]) expect(namedDayKey(name), name).toBeNull();
  });
});

describe("swedishDay().namedDays", () => {
  it("names the examples of the design", () => {
    expect(swedishDay("2026-12-24").namedDays).toEqual(["julafton"]);
    expect(swedishDay("2026-06-19").namedDays).toEqual(["midsommarafton"]);
    expect(swedishDay("2026-04-02").namedDays).toEqual(["skärtorsdagen"]);
    expect(swedishDay("2008-05-01").namedDays).toEqual(["första maj", "kristi himmelsfärdsdag"]);
    expect(swedishDay("2026-12-23").namedDays).toEqual([]);
  });

  it("agrees with date-holidays on every date 2005–2100", () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(2005, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const got = [...swedishDay(date).namedDays].sort().join(", ");
      const want = [...(referenceNamedDays.get(date) ?? [])].sort().join(", ");
      if (got !== want) wrong.push(`${date}: ${got || "none"}, date-holidays ${want || "none"}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// Named-day rules in a schedule
// ---------------------------------------------------------------------------------------

const weekdaysOpen = { mon: ["08:00-16:00"], tue: ["08:00-16:00"], wed: ["08:00-16:00"], thu: ["08:00-16:00"], fri: ["08:00-16:00"], sat: ["10:00-14:00"] };

/** "Julafton och nyårsafton 08.00–01.30", "Midsommarafton stängt", "Skärtorsdag 10–16", closed on red days. */
const library: ScheduleConfig = {
  weekly: weekdaysOpen,
  dayKinds: { publicHoliday: { hours: [] }, workFreeEve: { hours: [] }, dayBeforeRedDay: { hours: ["08:00-12:00"] } },
  namedDays: {
    Julafton: ["08:00-25:30"],
    nyårsafton: { hours: ["08:00-25:30"], label: { sv: "Nyårsafton, öppet länge", en: "New Year's Eve, open late" } },
    Midsommarafton: [],
    skärtorsdag: ["10:00-16:00"],
  },
};

const hoursOf = (day: { intervals: readonly { from: string; to: string }[] }) => day.intervals.map((i) => `${i.from}-${i.to}`);

describe("namedDays in a schedule", () => {
  const schedule = createSchedule(library);
  const english = createSchedule(library, { language: "en" });

  it("decide skärtorsdagen 2026 (2 April), midsommarafton 2026 (19 June) and julafton", () => {
    expect(dateOf("skärtorsdagen", 2026)).toBe("2026-04-02");
    expect(dateOf("midsommarafton", 2026)).toBe("2026-06-19");
    const skärtorsdagen = schedule.day("2026-04-02");
    expect(skärtorsdagen.rule).toEqual({ kind: "namedDay", label: "Skärtorsdagen", labels: { sv: "Skärtorsdagen", en: "Maundy Thursday" } });
    expect(hoursOf(skärtorsdagen)).toEqual(["10:00-16:00"]); // and not the day before a red day's 08–12
    expect(schedule.day("2026-06-19").rule.kind).toBe("namedDay");
    expect(hoursOf(schedule.day("2026-06-19"))).toEqual([]);
    expect(schedule.day("2026-12-24").rule).toEqual({ kind: "namedDay", label: "Julafton", labels: { sv: "Julafton", en: "Christmas Eve" } });
    expect(english.day("2026-12-24").rule.label).toBe("Christmas Eve");
  });

  it("decide julafton on every weekday, 2022–2030, open 08.00–01.30", () => {
    const weekdays = new Set<number>();
    for (let year = 2022; year <= 2030; year++) {
      const date = dateOf("julafton", year);
      expect(date).toBe(`${year}-12-24`);
      weekdays.add(DateTime.fromISO(date, { zone: "utc" }).weekday);
      const day = schedule.day(date);
      expect(day.rule.kind, date).toBe("namedDay");
      expect(hoursOf(day), date).toEqual(["08:00-25:30"]);
      // The night runs to 01.30 on juldagen, which is closed.
      const christmasDay = DateTime.fromISO(`${year}-12-25T01:29`, { zone: "Europe/Stockholm" });
      expect(schedule.isOpen(christmasDay.toMillis()), date).toBe(true);
      expect(schedule.isOpen(christmasDay.plus({ minutes: 1 }).toMillis()), date).toBe(false);
      expect(schedule.day(`${year}-12-25`).rule.kind).toBe("publicHoliday");
    }
    expect([...weekdays].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("decide exactly their dates, every date 2024–2031 (date-holidays' dates)", () => {
    const keys = new Map([
      ["julafton", ["08:00-25:30"]],
      ["nyårsafton", ["08:00-25:30"]],
      ["midsommarafton", []],
      ["skärtorsdagen", ["10:00-16:00"]],
    ]);
    const wrong: string[] = [];
    for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2031, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const named = (referenceNamedDays.get(date) ?? []).find((key) => keys.has(key));
      const day = schedule.day(date);
      if (named === undefined ? day.rule.kind === "namedDay" : day.rule.kind !== "namedDay" || hoursOf(day).join() !== keys.get(named)!.join()) {
        wrong.push(`${date}: ${day.rule.kind} ${hoursOf(day).join()}, expected ${named ?? "no named day"}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("are labelled with their own label when they have one, in both languages", () => {
    expect(schedule.day("2026-12-31").rule.labels).toEqual({ sv: "Nyårsafton, öppet länge", en: "New Year's Eve, open late" });
    expect(english.day("2026-12-31").rule.label).toBe("New Year's Eve, open late");
    const plain = createSchedule({ namedDays: { julafton: { closesAt: "12:00", label: "Julafton – halvdag" } } });
    expect(plain.day("2026-12-24").rule.labels).toEqual({ sv: "Julafton – halvdag", en: "Julafton – halvdag" });
  });

  it("keep the config's keys as written; swedishDay gives the canonical ones", () => {
    expect(Object.keys(schedule.config.namedDays!)).toEqual(["Julafton", "nyårsafton", "Midsommarafton", "skärtorsdag"]);
    expect(schedule.day("2026-04-02").calendar.namedDays).toEqual(["skärtorsdagen"]);
  });
});

describe("named days in the precedence (SPEC §7)", () => {
  it("an exception beats a named day; a named day beats public holiday, work-free eve, and the day kinds below", () => {
    const schedule = createSchedule({
      ...library,
      exceptions: [{ date: "2026-12-31", hours: [], note: "Stängt för inventering" }],
    });
    expect(schedule.day("2026-12-31").rule.kind).toBe("exception");
    expect(schedule.day("2027-12-31").rule.kind).toBe("namedDay");
    expect(schedule.day("2026-06-19").rule.kind).toBe("namedDay"); // a work-free eve
    expect(schedule.day("2026-04-02").rule.kind).toBe("namedDay"); // a day before a red day
  });

  it("a named day that is a public holiday beats the publicHoliday rule", () => {
    const schedule = createSchedule({ weekly: weekdaysOpen, dayKinds: { publicHoliday: { hours: [] } }, namedDays: { "annandag påsk": ["12:00-16:00"] } });
    expect(dateOf("annandag påsk", 2026)).toBe("2026-04-06");
    expect(schedule.day("2026-04-06").rule.kind).toBe("namedDay");
    expect(schedule.day("2026-04-06").rule.labels.en).toBe("Easter Monday");
    expect(hoursOf(schedule.day("2026-04-06"))).toEqual(["12:00-16:00"]);
    expect(schedule.day("2026-04-05").rule.kind).toBe("publicHoliday"); // påskdagen
  });

  it("a precedence list without namedDay puts it right before the first of publicHoliday and workFreeEve", () => {
    const schedule = createSchedule({
      ...library,
      exceptions: [{ date: "2026-12-24", hours: ["10:00-12:00"] }],
      // Written before named days existed: bridge days first, exceptions after the closures.
      precedence: ["bridgeDay", "workFreeEve", "exception", "publicHoliday", "dayBeforeEve", "dayBeforeRedDay", "period", "weekly"],
    });
    // namedDay goes before workFreeEve, so it beats both the closure and the exception.
    expect(schedule.day("2026-12-24").rule.kind).toBe("namedDay");
    // …but not the bridge day listed before it: 2026-01-05 (trettondagsafton) is a bridge day.
    const withTrettondagsafton = createSchedule({
      weekly: weekdaysOpen,
      dayKinds: { bridgeDay: { hours: ["10:00-12:00"] } },
      namedDays: { trettondagsafton: ["08:00-13:00"] },
      precedence: ["bridgeDay", "workFreeEve", "exception", "publicHoliday", "dayBeforeEve", "dayBeforeRedDay", "period", "weekly"],
    });
    expect(withTrettondagsafton.day("2026-01-05").rule.kind).toBe("bridgeDay");
    expect(createSchedule({ ...withTrettondagsafton.config, precedence: undefined }).day("2026-01-05").rule.kind).toBe("namedDay");
  });

  it("a precedence list may place namedDay anywhere, also after weekly (then it never decides)", () => {
    const late = createSchedule({
      ...library,
      precedence: ["exception", "publicHoliday", "workFreeEve", "bridgeDay", "dayBeforeEve", "dayBeforeRedDay", "period", "weekly", "namedDay"],
    });
    expect(late.day("2026-12-24").rule.kind).toBe("workFreeEve");
    expect(late.day("2026-04-02").rule.kind).toBe("dayBeforeRedDay");
  });

  it("where one date has two named-day rules, the one listed first decides", () => {
    expect(swedishDay("2008-05-01").namedDays).toEqual(["första maj", "kristi himmelsfärdsdag"]);
    const ascensionFirst = createSchedule({ namedDays: { "Kristi himmelsfärdsdag": ["10:00-14:00"], "första maj": ["11:00-13:00"] } });
    const mayDayFirst = createSchedule({ namedDays: { "första maj": ["11:00-13:00"], "Kristi himmelsfärdsdag": ["10:00-14:00"] } });
    expect(ascensionFirst.day("2008-05-01").rule.label).toBe("Kristi himmelsfärdsdag");
    expect(hoursOf(ascensionFirst.day("2008-05-01"))).toEqual(["10:00-14:00"]);
    expect(mayDayFirst.day("2008-05-01").rule.label).toBe("Första maj");
    expect(hoursOf(mayDayFirst.day("2008-05-01"))).toEqual(["11:00-13:00"]);
    // Other years the two are apart.
    expect(ascensionFirst.day("2026-05-01").rule.label).toBe("Första maj");
  });

  it("a named day with hours per weekday speaks only for those weekdays", () => {
    // "Julafton: vardagar 10–14" — on a Saturday julafton the work-free eve rule decides.
    const schedule = createSchedule({
      weekly: weekdaysOpen,
      dayKinds: { workFreeEve: { hours: [] } },
      namedDays: { julafton: { mon: ["10:00-14:00"], tue: ["10:00-14:00"], wed: ["10:00-14:00"], thu: ["10:00-14:00"], fri: ["10:00-14:00"] } },
    });
    expect(schedule.day("2026-12-24").rule.kind).toBe("namedDay"); // Thursday
    expect(hoursOf(schedule.day("2026-12-24"))).toEqual(["10:00-14:00"]);
    expect(schedule.day("2022-12-24").rule.kind).toBe("workFreeEve"); // Saturday
    expect(hoursOf(schedule.day("2022-12-24"))).toEqual([]);
  });
});

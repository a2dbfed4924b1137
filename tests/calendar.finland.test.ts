/**
 * The Finnish (FI) and Åland (AX) calendars (SPEC §14): `calendarDay`, a schedule's and an
 * organisation's `calendar`, their named days, time zones and bad inputs. Every date whole:
 * tests/calendar.finland.crosscheck.test.ts.
 *
 * The dates are the almanac's: 2027 has påskdagen 28 March (skärtorsdagen Thu 25, långfredagen
 * Fri 26, annandag påsk Mon 29), midsommarafton Fri 25 June, alla helgons dag Sat 6 November,
 * självständighetsdagen Mon 6 December, nyårsafton Fri 31 December (nyårsdagen 2028 a
 * Saturday). 9 June 2026 is a Tuesday; 6 June 2028 a Tuesday; 31 December 2029 a Monday.
 */
import { describe, expect, it } from "vitest";
import {
  calendarDay,
  CALENDARS,
  ConfigError,
  createOrganization,
  createSchedule,
  defaultTimeZoneOf,
  namedDayCalendars,
  namedDayKey,
  namedDaysOf,
  NAMED_DAYS,
  type ScheduleConfig,
} from "../src/index";

const weekdays = (hours: string[]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
const office = (extra: Partial<ScheduleConfig> = {}): ScheduleConfig => ({
  weekly: weekdays(["08:00-16:00"]),
  dayKinds: { publicHoliday: [], workFreeEve: [] },
  ...extra,
});

/** The ConfigError a call throws (fails the test when nothing is thrown). */
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError, but the call returned normally");
}
const issues = (fn: () => unknown) => configError(fn).issues.map((issue) => `${issue.path}: ${issue.message}`);

describe("calendarDay", () => {
  it("Finland's own days and names", () => {
    const day = calendarDay("2027-12-06", { calendar: "FI" });
    expect([day.weekday, day.publicHoliday, day.redDay, day.workFree, day.namedDays]).toEqual([1, "Självständighetsdagen", true, true, ["självständighetsdagen"]]);
    expect(day.names.publicHoliday).toEqual({ sv: "Självständighetsdagen", en: "Independence Day" });
    expect(calendarDay("2027-01-06", { calendar: "FI" }).names.publicHoliday).toEqual({ sv: "Trettondagen", en: "Epiphany" });
    expect(calendarDay("2027-01-06", { calendar: "FI" }).namedDays).toEqual(["trettondagen"]);
    expect(calendarDay("2027-01-06").publicHoliday).toBe("Trettondedag jul");
  });

  it("6 June is an ordinary day in Finland, a public holiday in Sweden", () => {
    const fi = calendarDay("2028-06-06", { calendar: "FI" });
    expect([fi.publicHoliday, fi.workFree, fi.redDay, fi.namedDays]).toEqual([null, false, false, []]);
    expect(calendarDay("2028-06-05", { calendar: "FI" }).dayBeforeRedDay).toBe(false);
    expect(calendarDay("2028-06-06").publicHoliday).toBe("Sveriges nationaldag");
  });

  it("midsommar and alla helgons dag fall on the Finnish Saturdays, with their eves", () => {
    expect(calendarDay("2027-06-25", { calendar: "FI" }).workFreeEve).toBe("Midsommarafton");
    expect(calendarDay("2027-06-24", { calendar: "FI" }).dayBeforeEve).toBe(true);
    expect(calendarDay("2027-06-26", { calendar: "FI" }).publicHoliday).toBe("Midsommardagen");
    expect(calendarDay("2027-11-06", { calendar: "FI" }).publicHoliday).toBe("Alla helgons dag");
    expect(calendarDay("2027-11-05", { calendar: "FI" }).eve).toBe("Allhelgonaafton");
    expect(calendarDay("2027-11-05", { calendar: "FI" }).dayBeforeRedDay).toBe(true);
  });

  it("nyårsafton is a working day in Finland: an eve, a day before a red day, and a bridge day on a Monday", () => {
    const eve = calendarDay("2027-12-31", { calendar: "FI" });
    expect([eve.eve, eve.workFreeEve, eve.workFree, eve.dayBeforeRedDay]).toEqual(["Nyårsafton", null, false, true]);
    expect(calendarDay("2027-12-30", { calendar: "FI" }).dayBeforeEve).toBe(false);
    expect(calendarDay("2027-12-30").dayBeforeEve).toBe(true);
    expect(calendarDay("2029-12-31", { calendar: "FI" }).bridgeDay).toBe(true);
    expect(calendarDay("2029-12-31").workFree).toBe(true);
  });

  it("Åland adds självstyrelsedagen, 9 June, with the day kinds around it", () => {
    const day = calendarDay("2026-06-09", { calendar: "AX" });
    expect([day.publicHoliday, day.redDay, day.names.publicHoliday?.en, day.namedDays]).toEqual(["Självstyrelsedagen", true, "Åland Autonomy Day", ["självstyrelsedagen"]]);
    const monday = calendarDay("2026-06-08", { calendar: "AX" });
    expect([monday.bridgeDay, monday.dayBeforeRedDay]).toEqual([true, true]);
    expect(calendarDay("2026-06-09", { calendar: "FI" }).publicHoliday).toBeNull();
    // 2030: pingstdagen is 9 June; both names are kept.
    expect(calendarDay("2030-06-09", { calendar: "AX" }).namedDays).toEqual(["pingstdagen", "självstyrelsedagen"]);
  });

  it("bad options are clear errors", () => {
    expect(() => calendarDay("2027-12-06", { calendar: "NO" } as never)).toThrow(RangeError);
    expect(() => calendarDay("2027-12-06", { calendar: "NO" } as never)).toThrow(/unknown calendar "NO" \(calendars: SE \(Sweden\), FI \(Finland\), AX \(Åland\)\)/);
    expect(() => calendarDay("2027-12-06", { calendar: "fi" } as never)).toThrow(/did you mean "FI"/);
    expect(() => calendarDay("2027-12-06", { calendar: 358 } as never)).toThrow(TypeError);
    expect(() => calendarDay("2027-12-06", { calendar: 358 } as never)).toThrow(/calendar must be a calendar code.*got number 358/);
    expect(() => calendarDay("2027-12-06", { calender: "FI" } as never)).toThrow(/unknown option "calender" \(options: calendar\)/);
    expect(() => calendarDay("2027-12-06", "FI" as never)).toThrow(/options must be an object/);
    expect(() => calendarDay("2101-01-01", { calendar: "FI" })).toThrow(RangeError);
    expect(() => calendarDay("2027-02-30", { calendar: "AX" })).toThrow(/does not exist/);
  });
});

describe("named days of the calendars", () => {
  it("each calendar has its own", () => {
    expect(CALENDARS).toEqual(["SE", "FI", "AX"]);
    expect(NAMED_DAYS).toEqual(namedDaysOf("SE"));
    expect(namedDaysOf("FI")).toContain("självständighetsdagen");
    expect(namedDaysOf("FI")).not.toContain("sveriges nationaldag");
    expect(namedDaysOf("FI")).not.toContain("självstyrelsedagen");
    expect(namedDaysOf("AX")).toEqual(expect.arrayContaining([...namedDaysOf("FI"), "självstyrelsedagen"]));
    expect(namedDaysOf("AX").length).toBe(namedDaysOf("FI").length + 1);
    expect(namedDayCalendars("Sveriges nationaldag")).toEqual(["SE"]);
    expect(namedDayCalendars("självständighetsdagen")).toEqual(["FI", "AX"]);
    expect(namedDayCalendars("Självstyrelsedagen")).toEqual(["AX"]);
  });

  it("6 January is understood by either name on every calendar", () => {
    expect(namedDayKey("Trettondagen", "FI")).toBe("trettondagen");
    expect(namedDayKey("trettondedag jul", "FI")).toBe("trettondagen");
    expect(namedDayKey("trettondagen")).toBe("trettondedag jul");
    expect(namedDayKey("Ålands självstyrelsedag", "AX")).toBe("självstyrelsedagen");
    expect(namedDayKey("Ålands självstyrelsedag", "FI")).toBeNull();
  });

  it("a schedule's namedDays are read on its calendar", () => {
    const schedule = createSchedule(office({ calendar: "FI", namedDays: { Självständighetsdagen: ["10:00-14:00"], "trettondedag jul": ["11:00-13:00"] } }));
    expect(schedule.day("2027-12-06").rule).toMatchObject({ kind: "namedDay", label: "Självständighetsdagen" });
    expect(schedule.day("2027-12-06").intervals).toEqual([{ from: "10:00", to: "14:00" }]);
    expect(schedule.day("2027-01-06").rule.label).toBe("Trettondagen");
  });

  it("a day of another calendar is a ConfigError that says whose day it is", () => {
    expect(issues(() => createSchedule(office({ calendar: "FI", namedDays: { "sveriges nationaldag": [] } })))).toEqual([
      'namedDays["sveriges nationaldag"]: "sveriges nationaldag" is a day of the Swedish calendar (SE), not of the Finnish calendar (FI) that this schedule follows (to follow the Swedish calendar (SE), set "calendar": "SE")',
    ]);
    expect(issues(() => createSchedule(office({ namedDays: { självständighetsdagen: [] } })))[0]).toContain(
      '"självständighetsdagen" is a day of the Finnish calendar (FI) and the Åland calendar (AX), not of the Swedish calendar (SE)',
    );
    expect(issues(() => createSchedule(office({ calendar: "FI", namedDays: { självstyrelsedagen: [] } })))[0]).toContain("is a day of the Åland calendar (AX), not of the Finnish calendar (FI)");
    // An unknown name lists the calendar's days; two names of one day are one day.
    expect(issues(() => createSchedule(office({ calendar: "FI", namedDays: { julaftn: [] } })))[0]).toMatch(/^namedDays\.julaftn: unknown named day "julaftn" \(named days on FI: nyårsdagen, .*självständighetsdagen.*nyårsafton\)$/);
    expect(issues(() => createSchedule(office({ calendar: "AX", namedDays: { trettondagen: [], "trettondedag jul": [] } })))).toEqual([
      'namedDays["trettondedag jul"]: names the same day as namedDays.trettondagen (trettondagen); give each day once',
    ]);
  });
});

describe("a schedule's calendar", () => {
  it("defaults to Sweden's, in Stockholm; FI and AX default to Helsinki unless timeZone says otherwise", () => {
    expect(createSchedule(office())).toMatchObject({ calendar: "SE", timeZone: "Europe/Stockholm" });
    expect(createSchedule(office({ calendar: "FI" }))).toMatchObject({ calendar: "FI", timeZone: "Europe/Helsinki" });
    expect(createSchedule(office({ calendar: "AX" }))).toMatchObject({ calendar: "AX", timeZone: "Europe/Helsinki" });
    expect(createSchedule(office({ calendar: "FI", timeZone: "Europe/Stockholm" })).timeZone).toBe("Europe/Stockholm");
    expect([defaultTimeZoneOf("SE"), defaultTimeZoneOf("FI"), defaultTimeZoneOf("AX")]).toEqual(["Europe/Stockholm", "Europe/Helsinki", "Europe/Helsinki"]);
  });

  it("decides the red days and the hours on Helsinki's clock", () => {
    const finnish = createSchedule(office({ calendar: "FI" }));
    const swedish = createSchedule(office({ timeZone: "Europe/Helsinki" }));
    // Självständighetsdagen, Monday 6 December 2027, 10.00 in Helsinki (08.00 UTC).
    expect(finnish.isOpen(new Date("2027-12-06T08:00:00Z"))).toBe(false);
    expect(swedish.isOpen(new Date("2027-12-06T08:00:00Z"))).toBe(true);
    expect(finnish.day("2027-12-06").rule).toMatchObject({ kind: "publicHoliday", label: "Självständighetsdagen" });
    expect(finnish.day("2027-12-06").calendar.publicHoliday).toBe("Självständighetsdagen");
    // Tuesday 6 June 2028: open in Finland, Sweden's national day closed.
    expect(finnish.isOpen(new Date("2028-06-06T07:00:00Z"))).toBe(true);
    expect(swedish.isOpen(new Date("2028-06-06T07:00:00Z"))).toBe(false);
    // 08.00 on Monday 7 December 2027 in Helsinki is 06.00 UTC.
    expect(finnish.nextOpening(new Date("2027-12-06T08:00:00Z"))).toEqual(new Date("2027-12-07T06:00:00Z"));
    // Nyårsafton is a working day: open, unless the schedule says otherwise.
    expect(finnish.day("2027-12-31").intervals).toEqual([{ from: "08:00", to: "16:00" }]);
    expect(swedish.day("2027-12-31").intervals).toEqual([]);
  });

  it("bad calendars are ConfigErrors with their path", () => {
    expect(issues(() => createSchedule({ calendar: "NO" } as never))).toEqual(['calendar: unknown calendar "NO" (calendars: SE (Sweden), FI (Finland), AX (Åland))']);
    expect(issues(() => createSchedule({ calendar: "ax" } as never))[0]).toContain('did you mean "AX"?');
    expect(issues(() => createSchedule({ calendar: ["FI"] } as never))).toEqual(["calendar: must be a calendar code, one of SE (Sweden), FI (Finland), AX (Åland); got an array"]);
    expect(issues(() => createSchedule({ calendar: null } as never))[0]).toContain("got null");
    // With an invalid calendar, a named day of any calendar is not a second problem.
    expect(issues(() => createSchedule({ calendar: "NO", namedDays: { självständighetsdagen: [] } } as never))).toHaveLength(1);
  });
});

describe("an organisation's calendar", () => {
  const library = { id: "biblioteket", name: "Biblioteket", hours: office({ namedDays: { självständighetsdagen: ["11:00-15:00"] } }) };
  const phoneLine = { id: "vaxel", name: "Växel", hours: { weekly: weekdays(["09:00-15:00"]) } };

  it("is inherited by its own hours, its units and its contacts, with Helsinki's zone", () => {
    const kommun = createOrganization({ name: "Sjöby kommun", calendar: "FI", hours: office(), contacts: [phoneLine], units: [library] });
    expect(kommun.units.map((unit) => [unit.id, unit.calendar, unit.timeZone])).toEqual([
      ["sjoby-kommun", "FI", "Europe/Helsinki"],
      ["biblioteket", "FI", "Europe/Helsinki"],
    ]);
    expect(kommun.contact("vaxel").hours.calendar).toBe("FI");
    expect(kommun.contact("vaxel").isReachable(new Date("2027-12-06T08:00:00Z"))).toBe(false);
    expect(kommun.unit("biblioteket").day("2027-12-06").intervals).toEqual([{ from: "11:00", to: "15:00" }]);
    expect(kommun.unit("biblioteket").hours.config.calendar).toBe("FI");
  });

  it("keeps Sweden's by default, and all of today unchanged", () => {
    const kommun = createOrganization({ name: "Exempla kommun", hours: office() });
    expect([kommun.calendar, kommun.hours.config.calendar]).toEqual(["SE", undefined]);
  });

  it("another calendar on a unit or a contact is a ConfigError, as a second time zone is", () => {
    expect(issues(() => createOrganization({ name: "Sjöby kommun", calendar: "FI", hours: office({ calendar: "AX" }), units: [{ ...library, hours: office({ calendar: "SE" }) }] }))).toEqual([
      'hours.calendar: "AX" differs from the organisation\'s calendar "FI"; all of an organisation\'s hours follow its calendar (leave this calendar out, or make the two the same)',
      'units[0].hours.calendar: "SE" differs from the organisation\'s calendar "FI"; all of an organisation\'s hours follow its calendar (leave this calendar out, or make the two the same)',
    ]);
    expect(issues(() => createOrganization({ name: "Exempla kommun", hours: office(), contacts: [{ ...phoneLine, hours: { ...phoneLine.hours, calendar: "FI" } }] }))).toEqual([
      'contacts[0].hours.calendar: "FI" differs from the organisation\'s calendar "SE" (the default; set "calendar": "FI" on the organisation to follow that one); all of an organisation\'s hours follow its calendar (leave this calendar out, or make the two the same)',
    ]);
  });

  it("checks the named days of inheriting hours on the organisation's calendar", () => {
    // Valid on FI (the organisation's), though the unit's hours name no calendar.
    expect(() => createOrganization({ name: "Sjöby kommun", calendar: "FI", units: [library] })).not.toThrow();
    expect(issues(() => createOrganization({ name: "Exempla kommun", units: [library] }))).toEqual([
      'units[0].hours.namedDays.självständighetsdagen: "självständighetsdagen" is a day of the Finnish calendar (FI) and the Åland calendar (AX), not of the Swedish calendar (SE) that the organisation follows (its "calendar")',
    ]);
    expect(issues(() => createOrganization({ name: "Sjöby kommun", calendar: "FI", hours: office({ namedDays: { "Sveriges nationaldag": [] } }), contacts: [{ ...phoneLine, hours: { weekly: {}, namedDays: { julaftn: [] } } }] }))).toEqual([
      'hours.namedDays["Sveriges nationaldag"]: "Sveriges nationaldag" is a day of the Swedish calendar (SE), not of the Finnish calendar (FI) that the organisation follows (its "calendar")',
      expect.stringMatching(/^contacts\[0\]\.hours\.namedDays\.julaftn: unknown named day "julaftn" \(named days on FI: /),
    ]);
    expect(issues(() => createOrganization({ name: "Sjöby kommun", calendar: "SV", hours: office() } as never))).toEqual([
      'calendar: unknown calendar "SV" (calendars: SE (Sweden), FI (Finland), AX (Åland))',
    ]);
  });
});

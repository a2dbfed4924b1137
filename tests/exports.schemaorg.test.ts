/**
 * `toSchemaOrg` (schema.org JSON-LD), read back with an interpreter written here, independently
 * of the code under test, by the rules Google documents for local-business hours:
 *
 * - a date with `specialOpeningHoursSpecification` entries (validFrom ≤ date ≤ validThrough)
 *   has those hours and no others ("00:00"–"00:00" = closed all day);
 * - otherwise the `openingHoursSpecification` entries whose dayOfWeek names the date's weekday
 *   and whose validFrom/validThrough (if any) hold the date; dated (seasonal) entries replace
 *   the year-round ones for that date;
 * - `closes` not after `opens` is on the next day; "00:00"–"23:59" is open the whole day.
 *
 * Expected dates come from the almanac, not from the code under test:
 * - ISO week 25 of 2026 runs Mon 15 – Sun 21 June, week 32 Mon 3 – Sun 9 August.
 * - Nationaldagen Sat 6 June 2026, so Fri 5 June is a day before a red day. Midsommarafton is
 *   Fri 19 June (the Friday of 19–25 June): Thu 18 June is a day before eve.
 * - Alla helgons dag is Sat 31 October 2026 (the Saturday of 31 Oct – 6 Nov): Fri 30 October is
 *   a day before a red day.
 * - December 2026: Julafton Thu 24, Juldagen Fri 25, Annandag jul Sat 26, Nyårsafton Thu 31,
 *   Nyårsdagen Fri 1 January 2027; Wed 23 and Wed 30 are days before eve.
 * - Trettondedag jul Wed 6 January 2027 (Tue 5 January a day before a red day).
 * - Easter 2027 is 28 March: Skärtorsdagen Thu 25 March, Långfredagen 26, Annandag påsk Mon 29;
 *   Kristi himmelsfärdsdag is Easter + 39 = Thu 6 May (Wed 5 May before it, Fri 7 May a bridge
 *   day); Första maj 2027 is a Saturday, so Fri 30 April is a day before a red day.
 *
 * Dates here are walked with `Date.UTC` only, so the suite holds under every host TZ.
 */
import type { CivicStructureLeaf, GovernmentOfficeLeaf, LibraryLeaf, WithContext } from "schema-dts";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createOrganization, presets, toSchemaOrgContactPoint, type Organization, type OrganizationConfig, type ScheduleConfig } from "../src/index";
import { MAX_SCHEMA_ORG_DAYS, SCHEMA_ORG_TYPES, toSchemaOrg } from "../src/schemaOrg/toSchemaOrg";

const kommun = createOrganization(presets.arjeplogKommun);

interface Spec {
  "@type": string;
  name?: string;
  dayOfWeek?: string | string[];
  opens?: string;
  closes?: string;
  validFrom?: string;
  validThrough?: string;
}

interface JsonLd {
  "@context": string;
  "@type": string;
  name: string;
  url?: string;
  address?: Record<string, string>;
  openingHoursSpecification?: Spec[];
  specialOpeningHoursSpecification?: Spec[];
  contactPoint?: Record<string, unknown>[];
}

/** The JSON-LD as a page would publish and a crawler would read it: through JSON text. */
function published(value: unknown): JsonLd {
  return JSON.parse(JSON.stringify(value)) as JsonLd;
}

// ---------------------------------------------------------------------------------------------
// The independent interpreter
// ---------------------------------------------------------------------------------------------

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** `count` consecutive "YYYY-MM-DD" dates from `from`, by UTC arithmetic. */
function dates(from: string, count: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

function weekdayName(date: string): string {
  return WEEKDAY_NAMES[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

function minutes(time: string): number {
  const match = /^(\d{2}):(\d{2})(:\d{2})?$/.exec(time);
  if (!match) throw new Error(`not a time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function clock(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** One entry's interval, as `day()` writes intervals ("22:00"–"26:00"); null for closed. */
function intervalOf(spec: Spec): { from: string; to: string } | null {
  const opens = minutes(spec.opens!);
  const closes = minutes(spec.closes!);
  if (opens === 0 && closes === 0) return null; // Google: closed all day
  if (opens === 0 && closes === 23 * 60 + 59) return { from: "00:00", to: "24:00" }; // Google: open 24 hours
  return { from: clock(opens), to: clock(closes <= opens ? closes + 24 * 60 : closes) };
}

function namesWeekday(spec: Spec, weekday: string): boolean {
  if (spec.dayOfWeek === undefined) return true;
  const days = Array.isArray(spec.dayOfWeek) ? spec.dayOfWeek : [spec.dayOfWeek];
  return days.some((day) => day === weekday || day === `https://schema.org/${weekday}`);
}

function holds(spec: Spec, date: string): boolean {
  return (spec.validFrom === undefined || spec.validFrom <= date) && (spec.validThrough === undefined || date <= spec.validThrough);
}

function interpret(jsonLd: JsonLd, date: string, { withSpecial = true } = {}): { from: string; to: string }[] {
  const weekday = weekdayName(date);
  const special = withSpecial
    ? (jsonLd.specialOpeningHoursSpecification ?? []).filter((s) => s.validFrom! <= date && date <= s.validThrough! && namesWeekday(s, weekday))
    : [];
  let chosen = special;
  if (chosen.length === 0) {
    const regular = (jsonLd.openingHoursSpecification ?? []).filter((s) => namesWeekday(s, weekday) && holds(s, date));
    const dated = regular.filter((s) => s.validFrom !== undefined || s.validThrough !== undefined);
    chosen = dated.length > 0 ? dated : regular;
  }
  return chosen
    .map(intervalOf)
    .filter((i): i is { from: string; to: string } => i !== null)
    .sort((a, b) => minutes(a.from) - minutes(b.from));
}

/** Every date of the window: the interpreter's hours equal the schedule's. */
function expectFaithful(organization: Organization, jsonLd: JsonLd, from: string, days: number): void {
  const wrong: string[] = [];
  for (const date of dates(from, days)) {
    const expected = organization.hours.day(date).intervals.map(({ from, to }) => ({ from, to }));
    const got = interpret(jsonLd, date);
    if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${date}: JSON-LD says ${JSON.stringify(got)}, day() ${JSON.stringify(expected)}`);
  }
  expect(wrong).toEqual([]);
}

/** The special entries as "date name opens–closes" lines. */
function specialLines(jsonLd: JsonLd): string[] {
  return (jsonLd.specialOpeningHoursSpecification ?? []).map((s) => `${s.validFrom} ${s.name} ${s.opens}–${s.closes}`);
}

// ---------------------------------------------------------------------------------------------

describe("toSchemaOrg: Arjeplogs kommun, 2026-06-01 for 366 days", () => {
  const result = toSchemaOrg(kommun, { from: "2026-06-01", days: 366 });
  const jsonLd = published(result);

  it("is JSON-LD with the schema.org context, the default type and the name", () => {
    expect(jsonLd["@context"]).toBe("https://schema.org");
    expect(jsonLd["@type"]).toBe("GovernmentOffice");
    expect(jsonLd.name).toBe("Arjeplogs kommun");
    // The preset has neither web page nor address.
    expect(jsonLd.url).toBeUndefined();
    expect(jsonLd.address).toBeUndefined();
  });

  it("survives a JSON round trip unchanged (plain data only)", () => {
    expect(jsonLd).toEqual(result);
    expect(published(jsonLd)).toEqual(jsonLd);
  });

  it("reads back, by Google's rules, as exactly day(date).intervals on every date of the window", () => {
    expectFaithful(kommun, jsonLd, "2026-06-01", 366);
  });

  it("has the weekly hours year-round and summer weeks 25–32 as seasonal entries 2026-06-15..2026-08-09", () => {
    const mondayToFriday = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    expect(jsonLd.openingHoursSpecification).toEqual([
      { "@type": "OpeningHoursSpecification", dayOfWeek: mondayToFriday, opens: "08:00", closes: "12:00" },
      { "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday"], opens: "13:00", closes: "16:00" },
      { "@type": "OpeningHoursSpecification", dayOfWeek: ["Friday"], opens: "13:00", closes: "15:00" },
      { "@type": "OpeningHoursSpecification", dayOfWeek: mondayToFriday, opens: "09:00", closes: "12:00", validFrom: "2026-06-15", validThrough: "2026-08-09" },
      { "@type": "OpeningHoursSpecification", dayOfWeek: mondayToFriday, opens: "13:00", closes: "15:00", validFrom: "2026-06-15", validThrough: "2026-08-09" },
    ]);
  });

  it("has a special entry for exactly the deviating dates of the almanac", () => {
    expect(specialLines(jsonLd)).toEqual([
      "2026-06-05 Dag före röd dag 08:00–12:00",
      "2026-06-18 Dag före afton 08:00–12:00",
      "2026-06-19 Midsommarafton 00:00–00:00",
      "2026-10-30 Dag före röd dag 08:00–12:00",
      "2026-12-23 Dag före afton 08:00–12:00",
      "2026-12-24 Julafton 00:00–00:00",
      "2026-12-25 Juldagen 00:00–00:00",
      "2026-12-30 Dag före afton 08:00–12:00",
      "2026-12-31 Nyårsafton 00:00–00:00",
      "2027-01-01 Nyårsdagen 00:00–00:00",
      "2027-01-05 Dag före röd dag 08:00–12:00",
      "2027-01-06 Trettondedag jul 00:00–00:00",
      "2027-03-25 Dag före röd dag 08:00–12:00",
      "2027-03-26 Långfredagen 00:00–00:00",
      "2027-03-29 Annandag påsk 00:00–00:00",
      "2027-04-30 Dag före röd dag 08:00–12:00",
      "2027-05-05 Dag före röd dag 08:00–12:00",
      "2027-05-06 Kristi himmelsfärdsdag 00:00–00:00",
      "2027-05-07 Klämdag 10:00–12:00",
    ]);
  });

  it("writes special entries for one date each, as Google documents them", () => {
    const special = jsonLd.specialOpeningHoursSpecification!;
    for (const spec of special) {
      expect(spec["@type"]).toBe("OpeningHoursSpecification");
      expect(spec.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(spec.validThrough).toBe(spec.validFrom);
      expect(spec.dayOfWeek).toBeUndefined();
    }
    const on = (date: string) => special.filter((s) => s.validFrom === date).map(({ opens, closes }) => ({ opens, closes }));
    expect(on("2026-12-24")).toEqual([{ opens: "00:00", closes: "00:00" }]); // Julafton: closed
    expect(on("2026-12-23")).toEqual([{ opens: "08:00", closes: "12:00" }]); // day before eve
    expect(on("2026-06-18")).toEqual([{ opens: "08:00", closes: "12:00" }]); // day before Midsommarafton, in week 25
    expect(on("2027-05-07")).toEqual([{ opens: "10:00", closes: "12:00" }]); // bridge day
    // Ordinary and summer-week days, and red days that are closed anyway (Saturdays), need none.
    for (const date of ["2026-06-15", "2026-06-22", "2026-08-10", "2026-09-07", "2026-12-26", "2026-06-06", "2026-06-20"]) expect(on(date)).toEqual([]);
  });

  it("writes no special entry that the regular entries would already give", () => {
    for (const spec of jsonLd.specialOpeningHoursSpecification!) {
      const date = spec.validFrom!;
      const expected = kommun.hours.day(date).intervals.map(({ from, to }) => ({ from, to }));
      expect(interpret(jsonLd, date, { withSpecial: false })).not.toEqual(expected);
    }
  });

  it("has the contacts as ContactPoints, numbers in international form", () => {
    expect(jsonLd.contactPoint).toEqual(kommun.contacts.map((c) => published(toSchemaOrgContactPoint(c, { from: "2026-06-01", days: 366 }))));
    // The switchboard follows the visiting hours, summer weeks 25–32 of 2026 (15 June–9 August) included.
    const vaxel = jsonLd.contactPoint![1] as unknown as { hoursAvailable: { validFrom?: string; validThrough?: string; opens: string }[] };
    expect(vaxel.hoursAvailable.filter((h) => h.validFrom === "2026-06-15" && h.validThrough === "2026-08-09").map((h) => h.opens)).toEqual(["09:00", "13:00"]);
    // Medborgarservice's phone hours have no periods: weekly only.
    const service = jsonLd.contactPoint![0] as unknown as { hoursAvailable: { validFrom?: string }[] };
    expect(service.hoursAvailable.every((h) => h.validFrom === undefined)).toBe(true);
    expect(jsonLd.contactPoint!.map((c) => c.telephone)).toEqual(["+46 961 144 44", "+46 961 140 00", "+46 70 206 52 98"]);
    expect(jsonLd.contactPoint![0]).toMatchObject({ "@type": "ContactPoint", name: "Medborgarservice", email: "kommun@arjeplog.se" });
  });

  it("is typed with schema-dts", () => {
    expectTypeOf(result).toEqualTypeOf<WithContext<GovernmentOfficeLeaf>>();
    expectTypeOf(toSchemaOrg(kommun, { from: "2026-06-01", days: 1, type: "Library" })).toEqualTypeOf<WithContext<LibraryLeaf>>();
    expectTypeOf(toSchemaOrg(kommun, { from: "2026-06-01", days: 1, type: "CivicStructure" })).toEqualTypeOf<WithContext<CivicStructureLeaf>>();
  });
});

describe("toSchemaOrg: windows", () => {
  it("Christmas and New Year: 2026-12-20 for 14 days", () => {
    const jsonLd = published(toSchemaOrg(kommun, { from: "2026-12-20", days: 14 }));
    expect(specialLines(jsonLd)).toEqual([
      "2026-12-23 Dag före afton 08:00–12:00",
      "2026-12-24 Julafton 00:00–00:00",
      "2026-12-25 Juldagen 00:00–00:00",
      "2026-12-30 Dag före afton 08:00–12:00",
      "2026-12-31 Nyårsafton 00:00–00:00",
      "2027-01-01 Nyårsdagen 00:00–00:00",
    ]);
    // No summer weeks overlap the window: only the weekly entries.
    expect(jsonLd.openingHoursSpecification!.every((s) => s.validFrom === undefined)).toBe(true);
    expectFaithful(kommun, jsonLd, "2026-12-20", 14);
  });

  it("dates a season that the window only partly holds with its whole extent", () => {
    const jsonLd = published(toSchemaOrg(kommun, { from: "2026-07-01", days: 14 }));
    const seasonal = jsonLd.openingHoursSpecification!.filter((s) => s.validFrom !== undefined);
    expect(seasonal.map((s) => [s.validFrom, s.validThrough, s.opens, s.closes])).toEqual([
      ["2026-06-15", "2026-08-09", "09:00", "12:00"],
      ["2026-06-15", "2026-08-09", "13:00", "15:00"],
    ]);
    expect(jsonLd.specialOpeningHoursSpecification).toBeUndefined(); // nothing deviates 1–14 July
    expectFaithful(kommun, jsonLd, "2026-07-01", 14);
  });

  it("gives one seasonal set per summer in a window of three years", () => {
    const jsonLd = published(toSchemaOrg(kommun, { from: "2026-01-01", days: MAX_SCHEMA_ORG_DAYS }));
    const seasons = new Set(jsonLd.openingHoursSpecification!.filter((s) => s.validFrom).map((s) => `${s.validFrom}..${s.validThrough}`));
    // Weeks 25–32: 2026 from Mon 15 June, 2027 from Mon 21 June, 2028 from Mon 19 June.
    expect([...seasons]).toEqual(["2026-06-15..2026-08-09", "2027-06-21..2027-08-15", "2028-06-19..2028-08-13"]);
    expectFaithful(kommun, jsonLd, "2026-01-01", MAX_SCHEMA_ORG_DAYS);
  });

  it("does not depend on the host's time zone", () => {
    const saved = process.env.TZ;
    const outputs = new Set<string>();
    try {
      for (const tz of ["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Pacific/Pago_Pago"]) {
        process.env.TZ = tz;
        outputs.add(JSON.stringify(toSchemaOrg(kommun, { from: "2026-06-01", days: 366 })));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(outputs.size).toBe(1);
  });
});

describe("toSchemaOrg: other organisations", () => {
  const base: OrganizationConfig = {
    name: "Testbiblioteket",
    web: "https://example.se/bibliotek",
    visitingAddress: { streetAddress: "Storgatan 1", postalCode: "938 31", locality: "Arjeplog", country: "SE" },
    postalAddress: { postOfficeBox: "Box 12", postalCode: "938 21", locality: "Arjeplog", country: "SE" },
    hours: { weekly: { mon: ["10:00-18:00"] } },
    contacts: [{ id: "info", name: "Information", phones: ["0961-140 00"] }],
  };

  it("writes url and the visiting address, else the postal address", () => {
    const jsonLd = published(toSchemaOrg(createOrganization(base), { from: "2026-06-01", days: 7, type: "Library" }));
    expect(jsonLd["@type"]).toBe("Library");
    expect(jsonLd.url).toBe("https://example.se/bibliotek");
    expect(jsonLd.address).toEqual({ "@type": "PostalAddress", streetAddress: "Storgatan 1", postalCode: "938 31", addressLocality: "Arjeplog", addressCountry: "SE" });
    const postalOnly = published(toSchemaOrg(createOrganization({ ...base, visitingAddress: undefined }), { from: "2026-06-01", days: 7 }));
    expect(postalOnly.address).toEqual({ "@type": "PostalAddress", postOfficeBoxNumber: "Box 12", postalCode: "938 21", addressLocality: "Arjeplog", addressCountry: "SE" });
  });

  it("gives place-only types (CivicStructure) no contactPoint, which schema.org defines for organisations", () => {
    const jsonLd = published(toSchemaOrg(createOrganization(base), { from: "2026-06-01", days: 7, type: "CivicStructure" }));
    expect(jsonLd["@type"]).toBe("CivicStructure");
    expect(jsonLd.contactPoint).toBeUndefined();
    expect(published(toSchemaOrg(createOrganization(base), { from: "2026-06-01", days: 7, type: "LocalBusiness" })).contactPoint).toHaveLength(1);
  });

  it("accepts every listed type", () => {
    for (const type of SCHEMA_ORG_TYPES) expect(toSchemaOrg(kommun, { from: "2026-06-01", days: 1, type })["@type"]).toBe(type);
  });

  // Hours past midnight, whole days, seasons that wrap the new year, overlapping periods, a period
  // that closes a weekday, yearly and one-off date periods, exceptions with notes.
  const tricky: ScheduleConfig = {
    timeZone: "Europe/Stockholm",
    weekly: {
      mon: ["08:00-12:00", "13:00-16:00"],
      tue: ["08:00-16:00"],
      wed: ["08:00-16:00"],
      thu: ["08:00-16:00"],
      fri: ["08:00-12:00", "22:00-26:00"],
      sat: ["00:00-24:00"],
      sun: [],
    },
    periods: [
      { weeks: { from: 52, to: 2 }, hours: { mon: ["10:00-14:00"], sat: [] }, label: "Jullov" },
      { dates: { from: "12-20", to: "01-10" }, hours: { mon: ["11:00-12:00"], tue: [] } },
      { dates: { from: "07-01", to: "07-31" }, hours: { tue: ["09:00-11:00"], sun: ["12:00-16:00"] } },
      { dates: { from: "2027-03-01", to: "2027-03-14" }, hours: { wed: ["12:00-13:00"] } },
    ],
    dayKinds: {
      publicHoliday: { hours: [] },
      workFreeEve: { hours: [] },
      bridgeDay: { hours: ["10:00-12:00"] },
      dayBeforeEve: { hours: ["08:00-12:00"] },
    },
    exceptions: [
      { date: "2026-09-15", hours: [], note: "Stängt för inventering" },
      { from: "2026-10-05", to: "2026-10-07", hours: ["12:00-18:00", "20:00-25:30"] },
    ],
  };

  it("reads back faithfully for a tricky schedule over three years", () => {
    const organization = createOrganization({ name: "Krånglig", hours: tricky });
    const jsonLd = published(toSchemaOrg(organization, { from: "2026-06-01", days: MAX_SCHEMA_ORG_DAYS }));
    expectFaithful(organization, jsonLd, "2026-06-01", MAX_SCHEMA_ORG_DAYS);

    const regular = jsonLd.openingHoursSpecification!;
    expect(regular).toContainEqual({ "@type": "OpeningHoursSpecification", dayOfWeek: ["Saturday"], opens: "00:00", closes: "23:59" });
    expect(regular).toContainEqual({ "@type": "OpeningHoursSpecification", dayOfWeek: ["Friday"], opens: "22:00", closes: "02:00" });
    // Weeks 52–2 of 2026/27: Mon 21 December 2026 – Sun 17 January 2027; Saturday closed in them.
    expect(regular).toContainEqual({ "@type": "OpeningHoursSpecification", dayOfWeek: ["Saturday"], opens: "00:00", closes: "00:00", validFrom: "2026-12-21", validThrough: "2027-01-17" });
    expect(regular).toContainEqual({ "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday"], opens: "10:00", closes: "14:00", validFrom: "2026-12-21", validThrough: "2027-01-17" });
    // The yearly July period recurs; the one-off March period once.
    expect(regular.filter((s) => s.opens === "09:00").map((s) => s.validFrom)).toEqual(["2026-07-01", "2027-07-01", "2028-07-01"]);
    expect(regular.filter((s) => s.opens === "12:00" && s.closes === "13:00").map((s) => `${s.validFrom}..${s.validThrough}`)).toEqual(["2027-03-01..2027-03-14"]);

    const special = jsonLd.specialOpeningHoursSpecification!;
    expect(special.filter((s) => s.validFrom === "2026-09-15")).toEqual([
      { "@type": "OpeningHoursSpecification", name: "Stängt för inventering", opens: "00:00", closes: "00:00", validFrom: "2026-09-15", validThrough: "2026-09-15" },
    ]);
    expect(special.filter((s) => s.validFrom === "2026-10-05").map((s) => [s.opens, s.closes])).toEqual([
      ["12:00", "18:00"],
      ["20:00", "01:30"],
    ]);
  });

  it("reads back faithfully with named days, clips, list hours and odd weeks over three years", () => {
    const hours: ScheduleConfig = {
      ...tricky,
      periods: [
        { weeks: { parity: "odd" }, hours: { sat: [] }, label: "Udda lördagar stängt" },
        { weeks: { from: 25, to: 32 }, hours: { closesAt: "15:00" } },
        { dates: { from: "07-15", to: "08-15" }, hours: ["10:00-14:00"] },
        ...tricky.periods!,
      ],
      dayKinds: { ...tricky.dayKinds, dayBeforeRedDay: { closesAt: "12:00" }, publicHoliday: { mon: ["10:00-14:00"], sat: [] } },
      namedDays: { julafton: ["08:00-25:30"], Skärtorsdag: { opensAt: "10:00" }, midsommarafton: [] },
    };
    const organization = createOrganization({ name: "Namngiven", hours });
    const jsonLd = published(toSchemaOrg(organization, { from: "2026-06-01", days: MAX_SCHEMA_ORG_DAYS }));
    expectFaithful(organization, jsonLd, "2026-06-01", MAX_SCHEMA_ORG_DAYS);
    // Julafton 2026 (a Thursday) from 08.00 to 01.30 at night.
    expect(specialLines(jsonLd)).toContain("2026-12-24 Julafton 08:00–01:30");
  });

  it("gives no seasonal entries when the precedence puts weekly hours before periods", () => {
    const precedence = ["exception", "publicHoliday", "workFreeEve", "bridgeDay", "dayBeforeEve", "dayBeforeRedDay", "weekly", "period"] as const;
    const organization = createOrganization({ name: "Ordning", hours: { ...presets.arjeplog, precedence: [...precedence] } });
    const jsonLd = published(toSchemaOrg(organization, { from: "2026-06-01", days: 366 }));
    expect(jsonLd.openingHoursSpecification!.some((s) => s.validFrom !== undefined)).toBe(false);
    expectFaithful(organization, jsonLd, "2026-06-01", 366);
  });

  it("throws a RangeError for hours longer than 24 hours, which opens/closes cannot express", () => {
    const weekly = createOrganization({ name: "Lång", hours: { weekly: { mon: ["08:00-34:00"] } } });
    expect(() => toSchemaOrg(weekly, { from: "2026-06-01", days: 7 })).toThrow(RangeError);
    expect(() => toSchemaOrg(weekly, { from: "2026-06-01", days: 7 })).toThrow(/weekly\.mon.*08:00–34:00.*longer than 24 hours/);
    const exception = createOrganization({ name: "Lång", hours: { weekly: { mon: ["08:00-16:00"] }, exceptions: [{ date: "2026-06-03", hours: ["20:00-46:00"] }] } });
    expect(() => toSchemaOrg(exception, { from: "2026-06-01", days: 7 })).toThrow(/2026-06-03.*20:00–46:00/);
    expect(() => toSchemaOrg(exception, { from: "2026-06-04", days: 7 })).not.toThrow(); // outside the window
  });
});

describe("toSchemaOrg: bad arguments", () => {
  const call = (options: unknown, organization: unknown = kommun) => () => toSchemaOrg(organization as Organization, options as { from: string; days: number });

  it("throws TypeError for a missing or mistyped argument", () => {
    expect(call({ from: "2026-06-01", days: 7 }, presets.arjeplogKommun)).toThrow(TypeError);
    expect(call({ from: "2026-06-01", days: 7 }, presets.arjeplogKommun)).toThrow(/createOrganization/);
    expect(call({ from: "2026-06-01", days: 7 }, null)).toThrow(TypeError);
    expect(call(undefined)).toThrow(TypeError);
    expect(call("2026-06-01")).toThrow(TypeError);
    expect(call({ days: 7 })).toThrow(TypeError);
    expect(call({ from: 20260601, days: 7 })).toThrow(/from must be a "YYYY-MM-DD" string/);
    expect(call({ from: new Date("2026-06-01"), days: 7 })).toThrow(TypeError);
    expect(call({ from: "2026-06-01" })).toThrow(TypeError);
    expect(call({ from: "2026-06-01", days: "14" })).toThrow(/days must be a number/);
    expect(call({ from: "2026-06-01", days: 7, type: 5 })).toThrow(TypeError);
    expect(call({ from: "2026-06-01", days: 7, typ: "Library" })).toThrow(TypeError);
    expect(call({ from: "2026-06-01", days: 7, typ: "Library" })).toThrow(/unknown option "typ"/);
  });

  it("throws RangeError for an impossible date, days outside 1–1096 or a window outside 2005–2100", () => {
    expect(call({ from: "2026-02-30", days: 7 })).toThrow(RangeError);
    expect(call({ from: "2026-02-30", days: 7 })).toThrow(/2026-02 has 28 days/);
    expect(call({ from: "2026-6-1", days: 7 })).toThrow(/YYYY-MM-DD/);
    expect(call({ from: "2026-13-01", days: 7 })).toThrow(RangeError);
    for (const days of [0, -1, 1097, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(call({ from: "2026-06-01", days })).toThrow(RangeError);
      expect(call({ from: "2026-06-01", days })).toThrow(/1–1096/);
    }
    expect(call({ from: "2004-12-31", days: 7 })).toThrow(/supported years 2005–2100/);
    expect(call({ from: "2100-12-01", days: 60 })).toThrow(/2101-01-29.*supported years/);
    expect(call({ from: "2100-12-01", days: 31 })).not.toThrow();
  });

  it("throws RangeError for an unknown type, naming the allowed ones", () => {
    expect(call({ from: "2026-06-01", days: 7, type: "Museum" })).toThrow(RangeError);
    expect(call({ from: "2026-06-01", days: 7, type: "Museum" })).toThrow(/GovernmentOffice, LocalBusiness, Library/);
    expect(call({ from: "2026-06-01", days: 7, type: "governmentOffice" })).toThrow(RangeError);
  });
});

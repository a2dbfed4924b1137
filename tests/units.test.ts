// Units (SPEC §9): one organisation, many places. Expected hours come from the example
// config's own words and the almanac: 2026-12-24 (julafton) is a Thursday, 2026-12-25 a
// Friday (juldagen); ISO weeks 25–32 of 2026 run Monday 15 June – Sunday 9 August;
// 2026-04-03 is långfredagen, 2026-04-01 a Wednesday, 2026-03-31 a Tuesday, 2026-11-02 a Monday.
// Stockholm is CET (+01:00) in winter and CEST (+02:00) from 29 March to 25 October 2026.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  createOrganization,
  createSchedule,
  presets,
  unitMatchMessage,
  type OrganizationConfig,
  type UnitConfig,
} from "../src/index";

const exampleConfig = JSON.parse(readFileSync(new URL("../examples/organization.json", import.meta.url), "utf8")) as OrganizationConfig;
const exempla = createOrganization(exampleConfig);
const at = (iso: string) => new Date(iso);

function issuesOf(config: unknown): { path: string; message: string }[] {
  try {
    createOrganization(config as OrganizationConfig);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).issues];
  }
  throw new Error("expected a ConfigError");
}

const weekdays = (hours: string[]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
const unit = (id: string, name: string, aliases?: string[]): UnitConfig => ({ id, name, ...(aliases && { aliases }), hours: { weekly: weekdays(["08:00-16:00"]) } });

describe("presets.arjeplogKommun: one office, as the seed has it", () => {
  const kommun = createOrganization(presets.arjeplogKommun);

  it("is one unit, the organisation's own place, with an id made from its name", () => {
    expect(kommun.id).toBe("arjeplogs-kommun");
    expect(kommun.units.map((u) => [u.id, u.name, u.own])).toEqual([["arjeplogs-kommun", "Arjeplogs kommun", true]]);
    const office = kommun.unit("arjeplogs-kommun");
    expect(office.hours).toBe(kommun.hours);
    expect(office.contacts).toEqual(kommun.contacts);
    expect(office.contact("vaxel")).toBe(kommun.contact("vaxel"));
    expect(office.config.hours).toEqual(presets.arjeplog);
  });

  it("answers the schedule's queries as shortcuts, on the organisation and on the unit", () => {
    const plain = createSchedule(presets.arjeplog);
    for (const place of [kommun, kommun.unit("arjeplogs-kommun")]) {
      // 23 Dec 2026 is a day before eve: 08.00–12.00.
      expect(place.isOpen(at("2026-12-23T11:59:00+01:00"))).toBe(true);
      expect(place.isOpen(at("2026-12-23T12:00:00+01:00"))).toBe(false);
      expect(place.nextOpening(at("2026-12-23T12:00:00+01:00"))).toEqual(at("2026-12-28T08:00:00+01:00"));
      expect(place.nextClosing(at("2026-12-23T09:00:00+01:00"))).toEqual(at("2026-12-23T12:00:00+01:00"));
      expect(place.day("2026-12-24")).toEqual(plain.day("2026-12-24"));
      expect(place.status(at("2026-12-24T10:00:00+01:00")).until).toEqual(at("2026-12-28T08:00:00+01:00"));
      expect(place.openIntervals(at("2026-12-23T00:00:00+01:00"), at("2026-12-24T00:00:00+01:00"))).toEqual([
        { start: at("2026-12-23T08:00:00+01:00"), end: at("2026-12-23T12:00:00+01:00") },
      ]);
      expect(place.timeZone).toBe("Europe/Stockholm");
    }
  });
});

describe("examples/organization.json: Exempla kommun", () => {
  it("has four units and no own place", () => {
    expect(exempla.id).toBe("exempla-kommun");
    expect(exempla.units.map((u) => u.id)).toEqual(["kommunhuset", "biblioteket", "socialjouren", "atervinningscentralen"]);
    expect(exempla.units.every((u) => !u.own && u.organization === "Exempla kommun")).toBe(true);
    // Without own hours, the organisation's hours are the first unit's.
    expect(exempla.hours).toBe(exempla.unit("kommunhuset").hours);
    expect(exempla.contacts).toEqual([]);
  });

  it("the kommunhus: Medborgarservice answers the phone 08–16 when the desk closes at 12", () => {
    const house = exempla.unit("kommunhuset");
    expect(house.visitingAddress).toEqual({ streetAddress: "Storgatan 1", postalCode: "999 30", locality: "Exempla", country: "SE" });
    expect(house.reachable(at("2026-12-23T14:00:00+01:00")).map((c) => c.id)).toEqual(["medborgarservice"]);
    expect(house.reachable(at("2026-12-23T10:00:00+01:00")).map((c) => c.id)).toEqual(["medborgarservice", "vaxel"]);
    expect(house.contact("medborgarservice").phones[0]!.uri).toBe("tel:+46980319200");
  });

  it("the library: summer Saturdays closed, other Saturdays 11–15", () => {
    const library = exempla.unit("biblioteket");
    expect(library.day("2026-07-04").intervals).toEqual([]); // Saturday, week 27
    expect(library.day("2026-07-04").rule.kind).toBe("period");
    expect(library.day("2026-06-13").intervals).toEqual([{ from: "11:00", to: "15:00" }]); // Saturday, week 24
    expect(library.day("2026-08-15").intervals).toEqual([{ from: "11:00", to: "15:00" }]); // Saturday, week 33
    expect(library.day("2026-07-06").intervals).toEqual([{ from: "10:00", to: "18:00" }]); // Monday, week 28
    expect(library.day("2026-12-23").intervals).toEqual([{ from: "10:00", to: "14:00" }]); // day before eve
  });

  it("the socialjour: open overnight, and julafton/nyårsafton 08.00–01.30", () => {
    const jour = exempla.unit("socialjouren");
    // Wednesday 23 Dec 16.30 until 02.00 on the 24th; julafton 08.00 until 01.30 on juldagen.
    expect(jour.isOpen(at("2026-12-24T01:59:00+01:00"))).toBe(true);
    expect(jour.isOpen(at("2026-12-24T02:00:00+01:00"))).toBe(false);
    expect(jour.nextOpening(at("2026-12-24T02:00:00+01:00"))).toEqual(at("2026-12-24T08:00:00+01:00"));
    expect(jour.day("2026-12-24").rule).toMatchObject({ kind: "namedDay", label: "Julafton" });
    expect(jour.isOpen(at("2026-12-25T01:29:00+01:00"))).toBe(true);
    expect(jour.nextClosing(at("2026-12-24T08:00:00+01:00"))).toEqual(at("2026-12-25T01:30:00+01:00"));
    // Juldagen is a Friday: its own night, 16.30–03.00.
    expect(jour.nextOpening(at("2026-12-25T01:30:00+01:00"))).toEqual(at("2026-12-25T16:30:00+01:00"));
    expect(jour.nextClosing(at("2026-12-25T17:00:00+01:00"))).toEqual(at("2026-12-26T03:00:00+01:00"));
    // Nyårsafton 2026 is a Thursday: 08.00 until 01.30 on nyårsdagen.
    expect(jour.openIntervals(at("2026-12-31T00:00:00+01:00"), at("2027-01-01T12:00:00+01:00"))).toEqual([
      { start: at("2026-12-31T00:00:00+01:00"), end: at("2026-12-31T02:00:00+01:00") },
      { start: at("2026-12-31T08:00:00+01:00"), end: at("2027-01-01T01:30:00+01:00") },
    ]);
  });

  it("the återvinningscentral: a summer season 1 April–31 October, closed on red days", () => {
    const centre = exempla.unit("atervinningscentralen");
    expect(centre.day("2026-03-31").intervals).toEqual([{ from: "12:00", to: "18:00" }]); // Tuesday, winter
    expect(centre.day("2026-04-01").intervals).toEqual([{ from: "07:00", to: "19:00" }]); // Wednesday, summer
    expect(centre.day("2026-04-03").intervals).toEqual([]); // långfredagen
    expect(centre.day("2026-04-03").rule.kind).toBe("publicHoliday");
    expect(centre.day("2026-10-31").intervals).toEqual([]); // Saturday but alla helgons dag
    expect(centre.day("2026-10-24").intervals).toEqual([{ from: "09:00", to: "15:00" }]); // a summer Saturday
    expect(centre.day("2026-11-02").intervals).toEqual([]); // Monday, winter
    expect(centre.day("2026-11-07").intervals).toEqual([{ from: "10:00", to: "14:00" }]); // a winter Saturday
  });

  it("unit(id) throws a RangeError naming the ids", () => {
    expect(() => exempla.unit("bibliotek")).toThrow(RangeError);
    expect(() => exempla.unit("bibliotek")).toThrow(/kommunhuset, biblioteket, socialjouren, atervinningscentralen/);
  });

  it("units inherit the organisation's time zone", () => {
    const helsinki = createOrganization({ name: "Helsingfors", timeZone: "Europe/Helsinki", units: [unit("a", "A")] });
    expect(helsinki.unit("a").timeZone).toBe("Europe/Helsinki");
    // Monday 2026-11-30 08:00 in Helsinki (EET, +02) is 06:00Z.
    expect(helsinki.unit("a").isOpen(Date.UTC(2026, 10, 30, 6, 0))).toBe(true);
    expect(helsinki.unit("a").isOpen(Date.UTC(2026, 10, 30, 5, 59))).toBe(false);
  });
});

describe("findUnit: what people type", () => {
  const found = (text: string) => {
    const match = exempla.findUnit(text);
    return match.unit?.id ?? null;
  };

  it("finds by id, name and alias in any case, with å/ä/ö as a/a/o", () => {
    expect(exempla.findUnit("socialjouren")).toMatchObject({ match: "id", unit: { id: "socialjouren" } });
    expect(exempla.findUnit("Exempla bibliotek")).toMatchObject({ match: "name", unit: { id: "biblioteket" } });
    expect(exempla.findUnit("EXEMPLA BIBLIOTEK")).toMatchObject({ match: "name", unit: { id: "biblioteket" } });
    expect(exempla.findUnit("Återvinningscentralen")).toMatchObject({ match: "name", unit: { id: "atervinningscentralen" } });
    expect(exempla.findUnit("atervinningscentralen")).toMatchObject({ unit: { id: "atervinningscentralen" } });
    expect(exempla.findUnit("Atervinningscentralen")).toMatchObject({ unit: { id: "atervinningscentralen" } });
    expect(exempla.findUnit("ÅVC")).toMatchObject({ match: "alias", unit: { id: "atervinningscentralen" } });
    expect(exempla.findUnit("avc")).toMatchObject({ match: "alias", unit: { id: "atervinningscentralen" } });
    expect(exempla.findUnit("  Stadsbiblioteket ")).toMatchObject({ match: "alias", unit: { id: "biblioteket" } });
  });

  it("forgives Swedish definite and genitive forms, and compounds", () => {
    expect(found("biblioteket")).toBe("biblioteket");
    expect(found("kommunhusets")).toBe("kommunhuset");
    expect(found("kommunhus")).toBe("kommunhuset");
    expect(found("socialjour")).toBe("socialjouren");
    expect(found("återvinningen")).toBe("atervinningscentralen");
    expect(found("atervinningen")).toBe("atervinningscentralen");
    expect(found("återvinningscentral")).toBe("atervinningscentralen");
    expect(found("tippen")).toBe("atervinningscentralen");
    expect(found("jouren")).toBe("socialjouren");
  });

  it("finds a unit in a longer text, small words and other words aside", () => {
    expect(exempla.findUnit("Socialjouren i Exempla")).toMatchObject({ match: "words", unit: { id: "socialjouren" } });
    expect(found("när öppnar biblioteket?")).toBe("biblioteket");
    expect(found("Biblioteket på torget")).toBe("biblioteket");
  });

  it("answers with every unit, and no unit, for an unknown or empty text", () => {
    for (const text of ["bibblan", "simhallen", "", "   ", "?"]) {
      const match = exempla.findUnit(text);
      expect(match.unit, text).toBeNull();
      expect(match.match, text).toBe("unknown");
      expect(match.candidates.map((u) => u.id)).toEqual(["kommunhuset", "biblioteket", "socialjouren", "atervinningscentralen"]);
    }
  });

  it("answers with the candidates when the words fit several units", () => {
    // "Exempla" is in the names of the kommunhus (alias) and the library.
    const match = exempla.findUnit("Exempla");
    expect(match.unit).toBeNull();
    expect(match.match).toBe("ambiguous");
    expect(match.candidates.map((u) => u.id).sort()).toEqual(["biblioteket", "kommunhuset"]);
  });

  const arjeplog = createOrganization({
    name: "Arjeplogs kommun",
    units: [
      unit("simhallen", "Arjeplogs simhall", ["Badhuset"]),
      unit("sporthallen", "Sporthallen"),
      unit("huvudbiblioteket", "Huvudbiblioteket"),
      unit("slagnas-bibliotek", "Biblioteket i Slagnäs"),
      unit("kommunhuset", "Arjeplogs kommunhus"),
    ],
  });

  it('"Simhallen i Arjeplog": a place name shared by many units does not decide', () => {
    expect(arjeplog.findUnit("Simhallen i Arjeplog")).toMatchObject({ unit: { id: "simhallen" } });
    expect(arjeplog.findUnit("simhallen")).toMatchObject({ unit: { id: "simhallen" } });
    expect(arjeplog.findUnit("badhuset i arjeplog")).toMatchObject({ unit: { id: "simhallen" } });
    expect(arjeplog.findUnit("Slagnäs")).toMatchObject({ unit: { id: "slagnas-bibliotek" } });
    expect(arjeplog.findUnit("biblioteket i slagnas")).toMatchObject({ match: "name", unit: { id: "slagnas-bibliotek" } });
  });

  it("never guesses between two libraries or two halls", () => {
    const libraries = arjeplog.findUnit("biblioteket");
    expect(libraries.unit).toBeNull();
    expect(libraries.match).toBe("ambiguous");
    expect(libraries.candidates.map((u) => u.id).sort()).toEqual(["huvudbiblioteket", "slagnas-bibliotek"]);
    const halls = arjeplog.findUnit("hallen");
    expect(halls.unit).toBeNull();
    expect(halls.candidates.map((u) => u.id).sort()).toEqual(["simhallen", "sporthallen"]);
    // "Arjeplog" alone fits the swimming hall and the kommunhus equally.
    expect(arjeplog.findUnit("Arjeplog").candidates.map((u) => u.id).sort()).toEqual(["kommunhuset", "simhallen"]);
  });

  it("words its answer for an error message", () => {
    expect(unitMatchMessage(arjeplog.findUnit("hallen"))).toMatch(
      /^unclear unit "hallen": it could be (simhallen \(Arjeplogs simhall\) or sporthallen \(Sporthallen\)|sporthallen \(Sporthallen\) or simhallen \(Arjeplogs simhall\)); give one of these ids$/,
    );
    expect(unitMatchMessage(exempla.findUnit("bibblan"))).toBe(
      'unknown unit "bibblan"; the units are kommunhuset (Kommunhuset), biblioteket (Exempla bibliotek), socialjouren (Socialjouren) and atervinningscentralen (Återvinningscentralen)',
    );
  });

  it("throws a TypeError for a text that is not a string", () => {
    expect(() => exempla.findUnit(42 as unknown as string)).toThrow(TypeError);
    expect(() => exempla.findUnit(undefined as unknown as string)).toThrow(/findUnit: the text must be a string/);
  });
});

describe("units: config problems", () => {
  it("an organisation needs its own hours or units", () => {
    expect(issuesOf({ name: "Tom" })).toEqual([{ path: "hours", message: expect.stringMatching(/own visiting `hours`, or `units`/) }]);
    expect(issuesOf({ name: "Tom", units: [] }).map((i) => i.path)).toEqual(["hours"]);
    // Listed together with the other problems of the config.
    expect(issuesOf({ name: "", web: "ftp://x" }).map((i) => i.path).sort()).toEqual(["hours", "name", "web"]);
  });

  it("reports duplicate unit ids, also against the organisation's own place", () => {
    expect(issuesOf({ name: "K", units: [unit("a", "A"), unit("b", "B"), unit("a", "C")] })).toEqual([
      { path: "units[2].id", message: 'duplicate unit id "a" (also units[0])' },
    ]);
    const own = issuesOf({ name: "Arjeplogs kommun", hours: { weekly: {} }, units: [unit("arjeplogs-kommun", "Kommunhuset")] });
    expect(own).toEqual([{ path: "units[0].id", message: expect.stringMatching(/duplicate unit id "arjeplogs-kommun": it is the id of the organisation's own place/) }]);
    // With an own id, the slug of the name is free.
    expect(createOrganization({ id: "kommunen", name: "Arjeplogs kommun", hours: { weekly: {} }, units: [unit("arjeplogs-kommun", "Kommunhuset")] }).units.map((u) => u.id)).toEqual([
      "kommunen",
      "arjeplogs-kommun",
    ]);
  });

  it("reports a name or alias that would name two units", () => {
    const issues = issuesOf({ name: "K", units: [unit("a", "Biblioteket"), unit("b", "Bokbussen", ["bibliotek"]), unit("c", "Sporthallen", ["Simhall"]), unit("d", "Simhallen")] });
    expect(issues).toEqual([
      { path: "units[1].aliases[0]", message: '"bibliotek" also names units[0] ("Biblioteket"); a name or alias must point to one unit' },
      { path: "units[3].name", message: '"Simhallen" also names units[2] ("Simhall"); a name or alias must point to one unit' },
    ]);
  });

  it("reports bad unit ids, unknown keys, missing hours and bad hours with their paths", () => {
    const issues = issuesOf({
      name: "K",
      units: [
        { id: "Bibliotek", name: "B", hours: { weekly: {} } },
        { id: "c", name: "C", hours: { weekly: {} }, opening: {} },
        { id: "d", name: "D" },
        { id: "e", name: "E", aliases: [""], hours: { weekly: { mon: ["13:00-12:00"] } }, contacts: [{ id: "x", name: "X" }, { id: "x", name: "Y" }] },
      ],
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath["units[0].id"]).toMatch(/lowercase/);
    expect(byPath["units[1]"]).toMatch(/unknown key "opening"/);
    expect(byPath["units[2].hours"]).toMatch(/is required/);
    expect(byPath["units[3].aliases[0]"]).toMatch(/must not be empty/);
    expect(byPath["units[3].hours.weekly.mon[0]"]).toMatch(/ends before it starts/);
    expect(byPath["units[3].contacts[1].id"]).toBe('duplicate id "x" (also contacts[0])');
    expect(issues).toHaveLength(6);
  });

  it("an organisation without own hours cannot have contacts that follow them", () => {
    expect(issuesOf({ name: "K", units: [unit("a", "A")], contacts: [{ id: "vaxel", name: "Växel", phones: ["0980-31 92 01"] }] })).toEqual([
      { path: "contacts[0].hours", message: expect.stringMatching(/no hours of its own, and the organisation has no `hours`/) },
    ]);
    const withHours = createOrganization({ name: "K", units: [unit("a", "A")], contacts: [{ id: "vaxel", name: "Växel", hours: { weekly: weekdays(["08:00-17:00"]) } }] });
    expect(withHours.contact("vaxel").isReachable(at("2026-11-30T16:30:00+01:00"))).toBe(true);
  });

  it("a unit's contacts without own hours follow the unit's hours", () => {
    const org = createOrganization({
      name: "K",
      hours: { weekly: weekdays(["08:00-16:00"]) },
      units: [{ id: "bad", name: "Badet", hours: { weekly: { sat: ["10:00-14:00"] } }, contacts: [{ id: "kassan", name: "Kassan" }] }],
    });
    const kassan = org.unit("bad").contact("kassan");
    expect(kassan.hours).toBe(org.unit("bad").hours);
    expect(kassan.isReachable(at("2026-11-28T11:00:00+01:00"))).toBe(true); // Saturday
    expect(kassan.isReachable(at("2026-11-30T11:00:00+01:00"))).toBe(false); // Monday
    expect(() => org.contact("kassan")).toThrow(RangeError); // a unit's contact, not the organisation's
  });
});

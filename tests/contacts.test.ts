import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  createOrganization,
  createSchedule,
  presets,
  toSchemaOrgContactPoint,
  toVCard,
  type OrganizationConfig,
} from "../src/index";

const kommun = createOrganization(presets.arjeplogKommun);

/** Local Stockholm wall-clock time to an instant; offsets written out by hand (CET +01, CEST +02). */
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

describe("presets.arjeplogKommun", () => {
  it("is the seed's organisation with the three contact ids", () => {
    expect(kommun.name).toBe("Arjeplogs kommun");
    expect(kommun.timeZone).toBe("Europe/Stockholm");
    expect(kommun.contacts.map((c) => c.id)).toEqual(["medborgarservice", "vaxel", "kommunikator"]);
  });

  it("has visiting hours equal to presets.arjeplog", () => {
    expect(presets.arjeplogKommun.hours).toEqual(presets.arjeplog);
    const plain = createSchedule(presets.arjeplog);
    for (const date of ["2026-12-23", "2026-06-17", "2026-01-05", "2026-11-27"]) {
      expect(kommun.hours.day(date)).toEqual(plain.day(date));
    }
  });

  it("writes the seed's numbers as the seed does, in E.164, internationally and as tel: URIs", () => {
    // Seed: "0961 - 144 44", "Växel: 0961 - 140 00", "Tel: 070-206 52 98"; area code 0961 is +46 961.
    expect(kommun.contact("medborgarservice").phones).toEqual([
      { e164: "+4696114444", display: "0961-144 44", international: "+46 961 144 44", uri: "tel:+4696114444", type: "voice" },
    ]);
    expect(kommun.contact("vaxel").phones).toEqual([
      { e164: "+4696114000", display: "0961-140 00", international: "+46 961 140 00", uri: "tel:+4696114000", type: "voice" },
    ]);
    expect(kommun.contact("kommunikator").phones).toEqual([
      { e164: "+46702065298", display: "070-206 52 98", international: "+46 70 206 52 98", uri: "tel:+46702065298", type: "cell" },
    ]);
    expect(kommun.contact("medborgarservice").emails).toEqual([{ address: "kommun@arjeplog.se", uri: "mailto:kommun@arjeplog.se" }]);
    expect(kommun.contact("kommunikator").person).toEqual({ name: "Martin Stråmo", title: "Kommunikatör" });
  });

  it("throws a RangeError naming the known ids for an unknown contact", () => {
    expect(() => kommun.contact("kommunikatör")).toThrow(RangeError);
    expect(() => kommun.contact("kommunikatör")).toThrow(/medborgarservice, vaxel, kommunikator/);
  });
});

describe("reachability", () => {
  const ids = (when: Date) => kommun.reachable(when).map((c) => c.id);

  it("Medborgarservice answers Monday–Friday 08–16 even when the visiting hours are shorter", () => {
    // 2026-12-23 is a day before eve: visiting hours 08–12, phone hours 08–16.
    expect(ids(at("2026-12-23T10:00:00+01:00"))).toEqual(["medborgarservice", "vaxel", "kommunikator"]);
    expect(ids(at("2026-12-23T14:00:00+01:00"))).toEqual(["medborgarservice"]);
    expect(ids(at("2026-12-23T16:00:00+01:00"))).toEqual([]);
    expect(ids(at("2026-12-23T07:59:59+01:00"))).toEqual([]);
    // Lunch 12–13 closes the desk, not the phone line.
    expect(ids(at("2026-11-25T12:30:00+01:00"))).toEqual(["medborgarservice"]);
  });

  it("nobody is reachable on public holidays, work-free eves and weekends", () => {
    for (const when of ["2026-12-24T10:00:00+01:00", "2026-12-25T10:00:00+01:00", "2026-06-19T10:00:00+02:00", "2026-01-06T10:00:00+01:00", "2026-11-28T10:00:00+01:00"]) {
      expect(ids(at(when)), when).toEqual([]);
    }
  });

  it("is exact on the days after the daylight-saving changes", () => {
    // Monday 2026-03-30 is on CEST (+02): 08:00 local = 06:00Z.
    expect(kommun.contact("medborgarservice").isReachable(Date.UTC(2026, 2, 30, 6, 0))).toBe(true);
    expect(kommun.contact("medborgarservice").isReachable(Date.UTC(2026, 2, 30, 5, 59))).toBe(false);
    // Monday 2026-10-26 is on CET (+01): 08:00 local = 07:00Z.
    expect(kommun.contact("medborgarservice").isReachable(Date.UTC(2026, 9, 26, 6, 30))).toBe(false);
    expect(kommun.contact("medborgarservice").isReachable(Date.UTC(2026, 9, 26, 7, 0))).toBe(true);
  });

  it("nextReachable is the instant itself when reachable, else the next opening", () => {
    const service = kommun.contact("medborgarservice");
    expect(service.nextReachable(at("2026-12-23T14:00:00+01:00"))).toEqual(at("2026-12-23T14:00:00+01:00"));
    // After 16:00 on 23 Dec: 24 (Julafton), 25, 26 closed, 27 Sunday → Monday 28 Dec 08:00.
    expect(service.nextReachable(at("2026-12-23T16:00:00+01:00"))).toEqual(at("2026-12-28T08:00:00+01:00"));
    // The switchboard follows the visiting hours: 23 Dec closes at 12 (day before eve).
    expect(kommun.contact("vaxel").nextReachable(at("2026-12-23T12:00:00+01:00"))).toEqual(at("2026-12-28T08:00:00+01:00"));
  });
});

describe("config validation", () => {
  const base = { name: "Testkommun", hours: { weekly: { mon: ["08:00-16:00"] } } };

  it("reports invalid phone numbers and e-mail addresses with their paths", () => {
    const issues = issuesOf({
      ...base,
      contacts: [
        { id: "a", name: "A", phones: ["0961-144 44", "12345"], emails: ["kommun@arjeplog"] },
        { id: "b", name: "B", phones: [{ number: "070-206 52 9", type: "cell" }], emails: ["ok@example.se", "not an address"] },
      ],
    });
    const paths = issues.map((i) => i.path);
    expect(paths).toContain("contacts[0].phones[1]");
    expect(paths).toContain("contacts[0].emails[0]");
    expect(paths).toContain("contacts[1].phones[0].number");
    expect(paths).toContain("contacts[1].emails[1]");
    expect(issues).toHaveLength(4);
    expect(issues.find((i) => i.path === "contacts[0].phones[1]")!.message).toMatch(/"12345" is not a valid phone number/);
    expect(issues.find((i) => i.path === "contacts[0].emails[0]")!.message).toMatch(/"kommun@arjeplog" is not a valid e-mail address/);
  });

  it("reports duplicate ids", () => {
    const issues = issuesOf({ ...base, contacts: [{ id: "vaxel", name: "A" }, { id: "vaxel", name: "B" }] });
    expect(issues).toEqual([{ path: "contacts[1].id", message: 'duplicate id "vaxel" (also contacts[0])' }]);
  });

  it("reports bad ids, unknown keys, unknown phone types, bad web pages and bad contact hours", () => {
    const issues = issuesOf({
      ...base,
      contacts: [
        { id: "Växel", name: "Växel" },
        { id: "b", name: "B", fax: "0961-140 00" },
        { id: "c", name: "C", phones: [{ number: "0961-140 00", type: "pager" }] },
        { id: "d", name: "D", web: "javascript:alert(1)" },
        { id: "e", name: "E", hours: { weekly: { mon: ["13:00-12:00"] } } },
      ],
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath["contacts[0].id"]).toMatch(/lowercase/);
    expect(byPath["contacts[1]"]).toMatch(/unknown key "fax"/);
    expect(issues.some((i) => i.path.startsWith("contacts[2].phones[0]"))).toBe(true);
    expect(byPath["contacts[3].web"]).toMatch(/not an http\(s\) address/);
    expect(byPath["contacts[4].hours.weekly.mon[0]"]).toMatch(/ends before it starts/);
  });

  it("requires a name and visiting hours", () => {
    const paths = issuesOf({ contacts: [] }).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["name", "hours"]));
  });

  it("gives the organisation's time zone to hours that name none", () => {
    const org = createOrganization({ name: "Helsingfors", timeZone: "Europe/Helsinki", hours: { weekly: { mon: ["08:00-16:00"] } }, contacts: [{ id: "x", name: "X", hours: { weekly: { mon: ["09:00-10:00"] } } }] });
    expect(org.hours.timeZone).toBe("Europe/Helsinki");
    expect(org.contact("x").hours.timeZone).toBe("Europe/Helsinki");
    // Monday 2026-11-30 09:00 in Helsinki (EET, +02) is 07:00Z.
    expect(org.contact("x").isReachable(Date.UTC(2026, 10, 30, 7, 0))).toBe(true);
    expect(org.contact("x").isReachable(Date.UTC(2026, 10, 30, 8, 0))).toBe(false);
  });
});

describe("toVCard", () => {
  const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

  it("is a vCard 4.0 that a real parser reads back: the officer", () => {
    const text = toVCard(kommun.contact("kommunikator"));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const card = parse(text);
    expect(card.name).toBe("vcard");
    expect(card.getFirstPropertyValue("version")).toBe("4.0");
    expect(card.getFirstPropertyValue("fn")).toBe("Martin Stråmo");
    expect(card.getFirstPropertyValue("title")).toBe("Kommunikatör");
    expect(card.getFirstPropertyValue("org")).toBe("Arjeplogs kommun");
    const tel = card.getFirstProperty("tel")!;
    expect(tel.getFirstValue()).toBe("tel:+46702065298");
    expect(tel.getParameter("type")).toEqual(["work", "cell"]);
  });

  it("is a vCard 4.0 that a real parser reads back: a service with phone and e-mail", () => {
    const card = parse(toVCard(kommun.contact("medborgarservice")));
    expect(card.getFirstPropertyValue("kind")).toBe("org");
    expect(card.getFirstPropertyValue("fn")).toBe("Medborgarservice, Arjeplogs kommun");
    expect(card.getFirstPropertyValue("org")).toEqual(["Arjeplogs kommun", "Medborgarservice"]);
    expect(card.getFirstPropertyValue("tel")).toBe("tel:+4696114444");
    expect(card.getFirstPropertyValue("email")).toBe("kommun@arjeplog.se");
  });

  it("escapes special characters and folds long lines so they parse back unchanged", () => {
    const org = createOrganization({
      name: "Kommunen; med, specialtecken\\och en mycket lång rad som måste vikas enligt RFC 6350",
      hours: { weekly: {} },
      contacts: [{ id: "x", name: "Åtgärdsenheten för långa namn, semikolon; och bakåtsnedstreck \\ med mera", emails: ["info@example.se"] }],
    });
    const text = toVCard(org.contact("x"));
    expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const card = parse(text);
    expect(card.getFirstPropertyValue("fn")).toBe(`${org.contact("x").name}, ${org.name}`);
  });
});

describe("toSchemaOrgContactPoint", () => {
  it("gives a ContactPoint with international numbers and the phone hours", () => {
    expect(toSchemaOrgContactPoint(kommun.contact("medborgarservice"))).toEqual({
      "@type": "ContactPoint",
      name: "Medborgarservice",
      contactType: "Medborgarservice",
      telephone: "+46 961 144 44",
      email: "kommun@arjeplog.se",
      hoursAvailable: [
        { "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], opens: "08:00", closes: "16:00" },
      ],
    });
  });

  it("groups the visiting hours the switchboard follows, lunch break included", () => {
    const point = toSchemaOrgContactPoint(kommun.contact("vaxel")) as unknown as { hoursAvailable: unknown[] };
    expect(point.hoursAvailable).toEqual([
      { "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], opens: "08:00", closes: "12:00" },
      { "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday"], opens: "13:00", closes: "16:00" },
      { "@type": "OpeningHoursSpecification", dayOfWeek: ["Friday"], opens: "13:00", closes: "15:00" },
    ]);
  });
});

// The service (SPEC §11) as a fetch handler: every route, status code and header rule,
// through app.fetch with web-standard Request objects (no socket, no Node module needed).
// Expected hours come from examples/organization.json and the almanac: Wednesday
// 2026-12-23 is a day before eve (kommunhuset 08–12, library 10–14), Thursday the 24th
// julafton, Friday the 25th juldagen, Saturday the 26th annandag jul; the recycling centre's
// winter days are Tuesday, Thursday and Saturday. Stockholm is CET (+01:00) in December.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { createSchedule, type OrganizationConfig } from "../src/index";
import { createApp, createServiceState } from "../src/server/index";

const config = JSON.parse(readFileSync(new URL("../examples/organization.json", import.meta.url), "utf8")) as OrganizationConfig;
const ms = (iso: string) => Date.parse(iso);
const DAY = 86_400;

/** An app whose clock stands at an instant; a cap of a day so that max-age shows the next change. */
function appAt(iso: string, maxAgeCap = DAY) {
  return createApp(config, { now: () => ms(iso), maxAgeCap });
}
async function get(app: ReturnType<typeof createApp>, path: string, init: RequestInit = {}) {
  const response = await app.fetch(new Request(`http://oppettider.test${path}`, init));
  return response;
}
async function getJson(app: ReturnType<typeof createApp>, path: string) {
  const response = await get(app, path);
  return { response, body: (await response.json()) as Record<string, any> };
}
const maxAge = (response: Response) => Number(/max-age=(\d+)/.exec(response.headers.get("Cache-Control") ?? "")?.[1]);

describe("GET /v1/units: every unit with its status", () => {
  it("gives each unit's status at 11.00 on the day before julafton", async () => {
    const { response, body } = await getJson(appAt("2026-12-23T11:00:00+01:00"), "/v1/units");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(body.organization).toEqual({ id: "exempla-kommun", name: "Exempla kommun", timeZone: "Europe/Stockholm", calendar: "SE" });
    const byId = Object.fromEntries(body.units.map((unit: any) => [unit.id, unit.status]));
    expect(Object.keys(byId)).toEqual(["kommunhuset", "biblioteket", "socialjouren", "atervinningscentralen"]);
    expect(byId.kommunhuset).toMatchObject({ open: true, until: "2026-12-23T12:00:00+01:00", rule: { kind: "dayBeforeEve", label: "Dag före afton" } });
    expect(byId.biblioteket).toMatchObject({ open: true, until: "2026-12-23T14:00:00+01:00" });
    expect(byId.socialjouren).toMatchObject({ open: false, until: "2026-12-23T16:30:00+01:00" });
    // Closed Wednesday; Thursday is julafton, Saturday annandag jul: Tuesday 29 December 12.00.
    expect(byId.atervinningscentralen).toMatchObject({ open: false, nextOpening: "2026-12-29T12:00:00+01:00" });
    expect(body.units[1].links.status).toBe("/v1/units/biblioteket/status");
    // Fresh until the first change among the units: kommunhuset closes at 12.00.
    expect(maxAge(response)).toBe(3600);
  });
});

describe("GET /v1/units/{unit}/status", () => {
  it("answers at a given instant, wall-clock time in the unit's zone, in Swedish and English", async () => {
    const app = appAt("2026-11-30T12:00:00+01:00");
    const { response, body } = await getJson(app, "/v1/units/kommunhuset/status?at=2026-12-24T10:00");
    expect(response.status).toBe(200);
    expect(body).toMatchObject({
      unit: { id: "kommunhuset", name: "Kommunhuset" },
      timeZone: "Europe/Stockholm",
      at: "2026-12-24T10:00:00+01:00",
      date: "2026-12-24",
      open: false,
      text: "Stängt idag, julafton · öppnar måndag 28 december 08.00",
      nextOpening: "2026-12-28T08:00:00+01:00",
      nextClosing: "2026-12-28T12:00:00+01:00",
      rule: { kind: "workFreeEve", label: "Julafton" },
      today: { date: "2026-12-24", open: false, intervals: [], hours: "stängt" },
    });
    // A given instant's answer changes only with the config: the cap.
    expect(maxAge(response)).toBe(DAY);
    const english = await getJson(app, "/v1/units/kommunhuset/status?at=2026-12-24T10:00&lang=en");
    expect(english.body.text).toBe("Closed today, Christmas Eve · opens Monday 28 December 08:00");
  });

  it("without at: fresh until the next opening or closing", async () => {
    // Library at 13.00 on the 23rd: open until 14.00.
    const { body, response } = await getJson(appAt("2026-12-23T13:00:00+01:00"), "/v1/units/biblioteket/status");
    expect(body.at).toBeUndefined();
    expect(body.open).toBe(true);
    expect(maxAge(response)).toBe(3600);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=3600");
  });

  it("without at: fresh until local midnight when that comes first (idag/imorgon move on)", async () => {
    // The socialjour at 23.30 on the 23rd is open until 02.00; the day's words change at midnight.
    const { body, response } = await getJson(appAt("2026-12-23T23:30:00+01:00"), "/v1/units/socialjouren/status");
    expect(body.open).toBe(true);
    expect(body.until).toBe("2026-12-24T02:00:00+01:00");
    expect(maxAge(response)).toBe(1800);
  });

  it("never longer than the cap (default 300 seconds)", async () => {
    const app = createApp(config, { now: () => ms("2026-12-23T09:00:00+01:00") });
    const response = await get(app, "/v1/units/kommunhuset/status");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
  });

  it("rounds down, so that no cache holds an answer past its change", async () => {
    const response = await get(appAt("2026-12-23T11:59:59.400+01:00"), "/v1/units/kommunhuset/status");
    expect(maxAge(response)).toBe(0);
  });
});

describe("ETag and 304", () => {
  it("the same answer has the same tag; If-None-Match gives 304 with the caching headers and no body", async () => {
    const app = appAt("2026-12-23T13:00:00+01:00");
    const first = await get(app, "/v1/units/biblioteket/status");
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^"[0-9a-z-]+"$/);
    expect((await get(app, "/v1/units/biblioteket/status")).headers.get("ETag")).toBe(etag);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const cached = await get(app, "/v1/units/biblioteket/status", { headers: { "If-None-Match": header } });
      expect(cached.status, header).toBe(304);
      expect(await cached.text()).toBe("");
      expect(cached.headers.get("ETag")).toBe(etag);
      expect(cached.headers.get("Cache-Control")).toBe("public, max-age=3600");
    }
    const other = await get(app, "/v1/units/biblioteket/status", { headers: { "If-None-Match": '"something-else"' } });
    expect(other.status).toBe(200);
  });

  it("one app with a moving clock: the same answer until the change, then the new one", async () => {
    let now = ms("2026-12-23T13:00:00+01:00");
    const app = createApp(config, { now: () => now, maxAgeCap: DAY });
    const at13 = await getJson(app, "/v1/units/biblioteket/status");
    expect(at13.body.open).toBe(true);
    now = ms("2026-12-23T13:59:59+01:00");
    const at1359 = await getJson(app, "/v1/units/biblioteket/status");
    expect(at1359.body).toEqual(at13.body);
    expect(maxAge(at1359.response)).toBe(1);
    now = ms("2026-12-23T14:00:00+01:00");
    const at14 = await getJson(app, "/v1/units/biblioteket/status");
    expect(at14.body).toMatchObject({ open: false, nextOpening: "2026-12-28T10:00:00+01:00" });
    expect(at14.response.headers.get("ETag")).not.toBe(at13.response.headers.get("ETag"));
    // Midnight: "idag" becomes another day.
    now = ms("2026-12-24T00:00:00+01:00");
    expect((await getJson(app, "/v1/units/biblioteket/status")).body).toMatchObject({ date: "2026-12-24", rule: { kind: "workFreeEve" } });
  });

  it("the tag stays while the answer does, and changes with it", async () => {
    const tag = async (iso: string) => (await get(appAt(iso), "/v1/units/biblioteket/status")).headers.get("ETag");
    // Open 10–14 on the 23rd: 13.00 and 13.45 are the same answer; 14.00 is another.
    expect(await tag("2026-12-23T13:45:00+01:00")).toBe(await tag("2026-12-23T13:00:00+01:00"));
    expect(await tag("2026-12-23T14:00:00+01:00")).not.toBe(await tag("2026-12-23T13:00:00+01:00"));
  });
});

describe("GET /v1/units/{unit}/days and /deviations", () => {
  it("gives the dates of a range with their rules", async () => {
    const { response, body } = await getJson(appAt("2026-11-30T12:00:00+01:00"), "/v1/units/biblioteket/days?from=2026-12-21&to=2026-12-27");
    expect(response.status).toBe(200);
    expect(body.days.map((d: any) => [d.date, d.hours, d.rule.kind])).toEqual([
      ["2026-12-21", "10.00–19.00", "weekly"],
      ["2026-12-22", "10.00–19.00", "weekly"],
      ["2026-12-23", "10.00–14.00", "dayBeforeEve"],
      ["2026-12-24", "stängt", "workFreeEve"],
      ["2026-12-25", "stängt", "publicHoliday"],
      ["2026-12-26", "stängt", "publicHoliday"],
      ["2026-12-27", "stängt", "weekly"],
    ]);
    expect(maxAge(response)).toBe(DAY); // explicit dates: only a config edit changes it
  });

  it("defaults to today and the six days after, fresh until midnight", async () => {
    const { response, body } = await getJson(appAt("2026-12-23T22:00:00+01:00"), "/v1/units/kommunhuset/days");
    expect([body.from, body.to]).toEqual(["2026-12-23", "2026-12-29"]);
    expect(maxAge(response)).toBe(7200);
  });

  it("lists the deviating days (avvikande öppettider) of the kommunhus", async () => {
    const { body } = await getJson(appAt("2026-11-30T12:00:00+01:00"), "/v1/units/kommunhuset/deviations?from=2026-12-21&days=14");
    expect(body.deviations.map((d: any) => d.date)).toEqual(["2026-12-23", "2026-12-24", "2026-12-25", "2026-12-30", "2026-12-31", "2027-01-01"]);
    expect(body.to).toBe("2027-01-03");
  });
});

describe("GET /v1/units/{unit}/contacts", () => {
  it("tells who can be reached, and is fresh until the next change of any of them", async () => {
    const { response, body } = await getJson(appAt("2026-12-23T14:00:00+01:00"), "/v1/units/kommunhuset/contacts");
    const [service, switchboard] = body.contacts;
    expect(service).toMatchObject({ id: "medborgarservice", reachable: true, until: "2026-12-23T16:00:00+01:00", nextReachable: null, text: "nås nu, till 16.00" });
    expect(service.phones[0]).toEqual({ display: "0980-31 92 00", e164: "+46980319200", international: "+46 980 31 92 00", uri: "tel:+46980319200", type: "voice" });
    expect(switchboard).toMatchObject({ id: "vaxel", reachable: false, until: null, nextReachable: "2026-12-28T08:00:00+01:00" });
    expect(maxAge(response)).toBe(7200);
  });

  it("gives each contact's own hours (or null: the unit's), so that a kiosk can compute who answers by itself", async () => {
    const { body } = await getJson(appAt("2026-12-23T14:00:00+01:00"), "/v1/units/kommunhuset/contacts");
    const [service, switchboard] = body.contacts;
    expect(switchboard.hours).toBeNull(); // Växel follows Kommunhuset's hours
    // Medborgarservice's own phone hours, in the unit's zone: Monday–Friday 08–16, closed on red days and work-free eves.
    expect(service.hours).toMatchObject({ timeZone: "Europe/Stockholm", weekly: { mon: ["08:00-16:00"], fri: ["08:00-16:00"] } });
    const own = createSchedule(service.hours);
    expect(own.isOpen(new Date("2026-12-23T15:00:00+01:00"))).toBe(true); // the desk closed at 12, the phone answers
    expect(own.isOpen(new Date("2026-12-24T10:00:00+01:00"))).toBe(false); // julafton
  });
});

describe("calendar.ics, JSON-LD, OSM, config", () => {
  const app = appAt("2026-11-30T12:00:00+01:00");

  it("calendar.ics is an iCalendar that ical.js reads, with julafton and nyårsafton of the socialjour", async () => {
    const response = await get(app, "/v1/units/socialjouren/calendar.ics?from=2026-12-20&to=2027-01-05");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('inline; filename="socialjouren.ics"');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents("vevent").map((event) => [event.getFirstPropertyValue("dtstart")!.toString(), event.getFirstPropertyValue("summary")]);
    expect(events).toEqual([
      ["2026-12-24", "Julafton: öppet 08.00–01.30"],
      ["2026-12-31", "Nyårsafton: öppet 08.00–01.30"],
    ]);
    // The same config gives the same feed: its stamp is the config's load time, not the clock.
    expect((await get(app, "/v1/units/socialjouren/calendar.ics?from=2026-12-20&to=2027-01-05")).headers.get("ETag")).toBe(response.headers.get("ETag"));
  });

  it("calendar.ics with intervals=true has the open intervals as timed events", async () => {
    const response = await get(app, "/v1/units/biblioteket/calendar.ics?from=2026-12-23&to=2026-12-23&intervals=true");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const timed = calendar.getAllSubcomponents("vevent").filter((event) => !(event.getFirstPropertyValue("dtstart") as ICAL.Time).isDate);
    expect(timed.map((event) => event.getFirstPropertyValue("dtstart")!.toString())).toEqual(["2026-12-23T10:00:00"]);
  });

  it("jsonld is schema.org JSON-LD of the unit, of the type asked for", async () => {
    const response = await get(app, "/v1/units/biblioteket/jsonld?from=2026-12-20&days=10&type=Library");
    expect(response.headers.get("Content-Type")).toBe("application/ld+json; charset=utf-8");
    const body = (await response.json()) as Record<string, any>;
    expect(body).toMatchObject({ "@context": "https://schema.org", "@type": "Library", name: "Exempla bibliotek" });
    expect(body.specialOpeningHoursSpecification.map((s: any) => [s.validFrom, s.opens, s.closes])).toContainEqual(["2026-12-23", "10:00", "14:00"]);
    expect(body.contactPoint[0].telephone).toBe("+46 980 31 92 10");
  });

  it("osm gives the opening_hours tag, nights past midnight written past 24:00", async () => {
    const { body } = await getJson(app, "/v1/units/socialjouren/osm?from=2026-12-01&to=2026-12-31");
    expect(body.opening_hours).toMatch(/^Mo-Th 16:30-26:00/);
    expect(body.opening_hours).toContain("2026 Dec 24 00:00-02:00,08:00-25:30");
  });

  it("google-hours gives the unit's Google Business Profile hours: the weekly periods and the special dates", async () => {
    // 2026-12-23 (Wednesday) is the day before julafton: the library's dayBeforeEve is 10:00–14:00; julafton (Thursday) closed.
    const { body, response } = await getJson(app, "/v1/units/biblioteket/google-hours?from=2026-12-20&days=10");
    expect(maxAge(response)).toBe(DAY); // a given from: changes only with the config
    expect(body.regularHours.periods.length).toBeGreaterThan(0);
    expect(body.regularHours.periods[0]).toMatchObject({ openDay: expect.stringMatching(/DAY$/), openTime: { hours: expect.any(Number), minutes: expect.any(Number) } });
    const on = (day: number) => body.specialHours.specialHourPeriods.filter((p: any) => p.startDate.month === 12 && p.startDate.day === day);
    expect(on(23)).toEqual([{ startDate: { year: 2026, month: 12, day: 23 }, openTime: { hours: 10, minutes: 0 }, endDate: { year: 2026, month: 12, day: 23 }, closeTime: { hours: 14, minutes: 0 } }]);
    expect(on(24)).toEqual([{ startDate: { year: 2026, month: 12, day: 24 }, endDate: { year: 2026, month: 12, day: 24 }, closed: true }]);
    expect(body.specialHours.specialHourPeriods.every((p: any) => p.startDate.year === 2026 && p.startDate.day >= 20 && p.startDate.day <= 29)).toBe(true);
  });

  it("google-hours is in the OpenAPI document with its from and days parameters", async () => {
    const { body } = await getJson(app, "/v1/openapi.json");
    const google = body.paths["/v1/units/{unit}/google-hours"].get;
    expect(google.parameters.map((p: any) => [p.name, p.in, p.required])).toEqual([
      ["unit", "path", true],
      ["from", "query", false],
      ["days", "query", false],
    ]);
  });

  it("google-hours refuses a bad days or from, naming the parameter", async () => {
    for (const [query, name] of [["days=0", "days"], ["days=1097", "days"], ["from=2026-02-30", "from"], ["form=2026-01-01", "form"]] as const) {
      const response = await get(app, `/v1/units/biblioteket/google-hours?${query}`);
      expect(response.status, query).toBe(400);
      const problem = (await response.json()) as { errors?: { name: string }[] };
      expect(JSON.stringify(problem), query).toContain(`"${name}"`);
    }
  });

  it("config is the unit's schedule, which createSchedule takes as it is", async () => {
    const { body, response } = await getJson(app, "/v1/units/biblioteket/config");
    expect(maxAge(response)).toBe(DAY);
    const local = createSchedule(body as never);
    expect(local.timeZone).toBe("Europe/Stockholm");
    expect(local.day("2026-07-04").intervals).toEqual([]); // a summer Saturday
    expect(local.day("2026-06-13").intervals).toEqual([{ from: "11:00", to: "15:00" }]);
    expect(local.isOpen(ms("2026-12-23T13:59:00+01:00"))).toBe(true);
  });
});

describe("/v1, /v1/openapi.json, /v1/health", () => {
  it("/v1 names the organisation and links the rest", async () => {
    const { body } = await getJson(appAt("2026-11-30T12:00:00+01:00"), "/v1");
    expect(body).toEqual({
      organization: { id: "exempla-kommun", name: "Exempla kommun", timeZone: "Europe/Stockholm", calendar: "SE" },
      links: { units: "/v1/units", openapi: "/v1/openapi.json", health: "/v1/health" },
    });
  });

  it("/v1/units/{unit} gives the unit's names, addresses and links", async () => {
    const { response, body } = await getJson(appAt("2026-11-30T12:00:00+01:00"), "/v1/units/atervinningscentralen");
    expect(maxAge(response)).toBe(DAY);
    expect(body).toMatchObject({
      id: "atervinningscentralen",
      name: "Återvinningscentralen",
      aliases: ["ÅVC", "Tippen"],
      organization: "Exempla kommun",
      timeZone: "Europe/Stockholm",
      visitingAddress: { streetAddress: "Industrivägen 12", postalCode: "999 35", locality: "Exempla", country: "SE" },
      postalAddress: null,
      links: { status: "/v1/units/atervinningscentralen/status", calendar: "/v1/units/atervinningscentralen/calendar.ics", config: "/v1/units/atervinningscentralen/config" },
    });
  });

  it("openapi.json is a valid OpenAPI 3.1 document with every route and its parameters", async () => {
    const { body } = await getJson(appAt("2026-11-30T12:00:00+01:00"), "/v1/openapi.json");
    const result = await new Validator().validate(structuredClone(body));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toEqual([
      "/v1",
      "/v1/health",
      "/v1/openapi.json",
      "/v1/units",
      "/v1/units/{unit}",
      "/v1/units/{unit}/status",
      "/v1/units/{unit}/days",
      "/v1/units/{unit}/deviations",
      "/v1/units/{unit}/contacts",
      "/v1/units/{unit}/calendar.ics",
      "/v1/units/{unit}/jsonld",
      "/v1/units/{unit}/osm",
      "/v1/units/{unit}/google-hours",
      "/v1/units/{unit}/config",
    ]);
    const status = body.paths["/v1/units/{unit}/status"].get;
    expect(status.parameters.map((p: any) => [p.name, p.in, p.required])).toEqual([
      ["unit", "path", true],
      ["at", "query", false],
      ["lang", "query", false],
    ]);
    expect(status.parameters[0].schema.enum).toEqual(["kommunhuset", "biblioteket", "socialjouren", "atervinningscentralen"]);
    expect(status.parameters[2].schema).toEqual({ type: "string", enum: ["sv", "en"] });
    const deviations = body.paths["/v1/units/{unit}/deviations"].get;
    expect(deviations.parameters.find((p: any) => p.name === "days").schema).toEqual({ type: "integer", minimum: 1, maximum: 366 });
  });

  it("the parameters the document lists are exactly those the routes take", async () => {
    const app = appAt("2026-11-30T12:00:00+01:00");
    const { body } = await getJson(app, "/v1/openapi.json");
    for (const [path, item] of Object.entries<any>(body.paths)) {
      const url = path.replace("{unit}", "biblioteket");
      const names = item.get.parameters.filter((p: any) => p.in === "query").map((p: any) => p.name);
      const unknown = await get(app, `${url}?surely_unknown=1`);
      expect(unknown.status, path).toBe(400);
      const problem = (await unknown.json()) as Record<string, any>;
      expect(problem.errors[0].detail, path).toContain(`(parameters: ${names.join(", ") || "none"})`);
    }
  });

  it("health is never cached, and shows the problems of an edit that was not loaded", async () => {
    const state = createServiceState(config);
    const app = createApp(state, { now: () => ms("2026-12-23T13:00:00+01:00") });
    let health = await getJson(app, "/v1/health");
    expect(health.response.headers.get("Cache-Control")).toBe("no-store");
    expect(health.response.headers.get("ETag")).toBeNull();
    expect(health.body).toMatchObject({ status: "ok", organization: { id: "exempla-kommun" }, units: 4, config: { version: 1, problems: [], rejectedAt: null } });

    const broken = structuredClone(config) as any;
    broken.units[1].hours.weekly.mon = ["19:00-10:00"];
    broken.units.push({ id: "biblioteket", name: "Filialen", hours: {} });
    const issues = state.load(broken);
    expect(issues.map((i) => i.path)).toEqual(["units[1].hours.weekly.mon[0]", "units[4].id"]);
    health = await getJson(app, "/v1/health");
    expect(health.body.status).toBe("stale");
    expect(health.body.config.problems.map((p: any) => p.path)).toEqual(["units[1].hours.weekly.mon[0]", "units[4].id"]);
    // The last good config keeps serving.
    expect((await getJson(app, "/v1/units/biblioteket/status")).body.until).toBe("2026-12-23T14:00:00+01:00");

    const edited = structuredClone(config) as any;
    edited.units[1].hours.dayKinds.dayBeforeEve.hours = ["10:00-13:30"];
    expect(state.load(edited)).toEqual([]);
    health = await getJson(app, "/v1/health");
    expect(health.body).toMatchObject({ status: "ok", config: { version: 2, problems: [] } });
    // Live at once: the library now closes at 13.30 on the 23rd (the clock stands at 13.00).
    expect((await getJson(app, "/v1/units/biblioteket/status")).body).toMatchObject({ open: true, until: "2026-12-23T13:30:00+01:00" });
  });
});

describe("problems: 400, 404, 405 as application/problem+json (RFC 9457)", () => {
  const app = appAt("2026-11-30T12:00:00+01:00");

  it("400 lists every parameter problem with its name", async () => {
    const response = await get(app, "/v1/units/biblioteket/days?from=2026-02-30&to=yesterday&form=x&lang=de&lang=sv");
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const problem = (await response.json()) as Record<string, any>;
    expect(problem).toMatchObject({ type: "/v1/problems/invalid-parameters", title: "Invalid parameters", status: 400, instance: "/v1/units/biblioteket/days?from=2026-02-30&to=yesterday&form=x&lang=de&lang=sv" });
    expect(problem.errors.map((e: any) => e.name).sort()).toEqual(["form", "from", "lang", "to"]);
    expect(problem.errors.find((e: any) => e.name === "from").detail).toMatch(/2026-02 has 28 days/);
    expect(problem.errors.find((e: any) => e.name === "lang").detail).toBe("lang is given 2 times; give it once");
    expect(problem.errors.find((e: any) => e.name === "form").detail).toBe('unknown parameter "form" (parameters: from, to, lang)');
    expect(problem.detail).toMatch(/^4 problems: /);
  });

  it("400 for bad values of every kind", async () => {
    const cases: [string, string, RegExp][] = [
      ["/v1/units/biblioteket/status?at=tomorrow", "at", /at must be an ISO-8601 date or time/],
      ["/v1/units/biblioteket/status?lang=de", "lang", /lang must be "sv" or "en", got "de"/],
      ["/v1/units/biblioteket/deviations?days=abc", "days", /days must be a whole number 1–366/],
      ["/v1/units/biblioteket/deviations?days=367", "days", /days must be a whole number 1–366, got 367/],
      ["/v1/units/biblioteket/days?from=2026-12-10&to=2026-12-01", "to", /to \(2026-12-01\) is before from \(2026-12-10\)/],
      ["/v1/units/biblioteket/days?from=2026-01-01&to=2027-01-02", "to", /at most 366/],
      ["/v1/units/biblioteket/days?from=2004-12-31&to=2005-01-01", "from", /outside the supported years 2005–2100/],
      ["/v1/units/biblioteket/calendar.ics?intervals=yes", "intervals", /intervals must be "true" or "false"/],
      ["/v1/units/biblioteket/jsonld?type=Bakery", "type", /type must be one of GovernmentOffice/],
    ];
    for (const [path, name, detail] of cases) {
      const response = await get(app, path);
      expect(response.status, path).toBe(400);
      const problem = (await response.json()) as Record<string, any>;
      expect(problem.errors, path).toEqual([{ in: "query", name, detail: expect.stringMatching(detail) }]);
    }
  });

  it("400 when a question needs a year the calendar does not know", async () => {
    const response = await get(app, "/v1/units/biblioteket/days?from=2100-12-30");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: "/v1/problems/outside-supported-years", status: 400, detail: expect.stringMatching(/2101/) });
  });

  it("404 for an unknown unit, with the candidates findUnit sees", async () => {
    const response = await get(app, "/v1/units/bibliotek/status");
    expect(response.status).toBe(404);
    const problem = (await response.json()) as Record<string, any>;
    expect(problem).toMatchObject({ type: "/v1/problems/unknown-unit", title: "Unknown unit", status: 404, detail: 'no unit has the id "bibliotek"; did you mean biblioteket (Exempla bibliotek)?' });
    expect(problem.candidates).toEqual([{ id: "biblioteket", name: "Exempla bibliotek", href: "/v1/units/biblioteket" }]);
    const unknown = (await (await get(app, "/v1/units/bibblan")).json()) as Record<string, any>;
    expect(unknown.candidates.map((c: any) => c.id)).toEqual(["kommunhuset", "biblioteket", "socialjouren", "atervinningscentralen"]);
  });

  it("404 for an unknown route, about:blank", async () => {
    for (const path of ["/", "/v2/units", "/v1/units/biblioteket/status/", "/v1/units/biblioteket/hours"]) {
      const response = await get(app, path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
      expect(await response.json()).toMatchObject({ type: "about:blank", title: "Not Found", status: 404 });
    }
  });

  it("the problem types describe themselves", async () => {
    const { response, body } = await getJson(app, "/v1/problems/unknown-unit");
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ type: "/v1/problems/unknown-unit", status: 404, title: "Unknown unit" });
    expect((await get(app, "/v1/problems/teapot")).status).toBe(404);
  });

  it("405 for other methods than GET, HEAD and OPTIONS, with Allow", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const response = await get(app, "/v1/units", { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
      expect(await response.json()).toMatchObject({ type: "about:blank", title: "Method Not Allowed", status: 405 });
    }
  });
});

describe("CORS and HEAD", () => {
  const app = appAt("2026-11-30T12:00:00+01:00");

  it("every answer may be read by any origin, its ETag included", async () => {
    for (const path of ["/v1/units", "/v1/units/biblioteket/status", "/v1/units/nope", "/v1/units/biblioteket/status?lang=x"]) {
      const response = await get(app, path, { headers: { Origin: "https://www.exempla.example" } });
      expect(response.headers.get("Access-Control-Allow-Origin"), path).toBe("*");
      expect(response.headers.get("Access-Control-Expose-Headers"), path).toBe("ETag");
    }
  });

  it("a preflight is answered 204 with the methods and If-None-Match allowed", async () => {
    const response = await get(app, "/v1/units/biblioteket/status", {
      method: "OPTIONS",
      headers: { Origin: "https://www.exempla.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("Access-Control-Max-Age")).toBe("86400");
    expect(response.headers.get("Access-Control-Allow-Headers")).toBe("If-None-Match");
  });

  it("HEAD has the GET answer's headers and no body", async () => {
    const head = await get(app, "/v1/units/biblioteket/status", { method: "HEAD" });
    const plain = await get(app, "/v1/units/biblioteket/status");
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(head.headers.get("ETag")).toBe(plain.headers.get("ETag"));
    expect(head.headers.get("Cache-Control")).toBe(plain.headers.get("Cache-Control"));
  });
});

describe("createApp: bad input", () => {
  it("throws a ConfigError for a bad config, and a RangeError for a bad cap", () => {
    expect(() => createApp({ name: "Tom" } as OrganizationConfig)).toThrow(/hours: is required/);
    expect(() => createApp(config, { maxAgeCap: -1 })).toThrow(RangeError);
    expect(() => createApp(config, { maxAgeCap: 1.5 })).toThrow(/maxAgeCap must be a whole number/);
  });
});

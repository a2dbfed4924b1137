/**
 * A Finnish municipality (examples/sjoby-kommun.json, the README's example: an office in
 * Österbotten on the Finnish calendar, with a library) in everything people read and machines
 * import: status texts, summaries, week tables and deviations, iCalendar (read back with
 * ical.js), schema.org, the chat tools and the elements' place; and an Åland library on its
 * självstyrelsedag. (OpenStreetMap: tests/integration/exports.osm.test.ts.)
 *
 * The almanac's days: självständighetsdagen Mon 6 December 2027, julafton Fri 24, juldagen
 * Sat 25, annandag jul Sun 26, nyårsafton Fri 31 (a working day in Finland), nyårsdagen Sat
 * 1 January 2028, trettondagen Thu 6 January 2028; midsommarafton Fri 25 June 2027;
 * självstyrelsedagen Tue 9 June 2026.
 */
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildPlace } from "../src/elements/buildPlace";
import {
  callTool,
  createOrganization,
  statusSentence,
  statusText,
  summaryText,
  toICalendar,
  toSchemaOrg,
  upcomingDeviations,
  weekTable,
  type OrganizationConfig,
} from "../src/index";

const config = JSON.parse(readFileSync(new URL("../examples/sjoby-kommun.json", import.meta.url), "utf8")) as OrganizationConfig;
const kommun = createOrganization(config);
const office = kommun.hours;
const at = (iso: string) => new Date(iso);

describe("the example municipality", () => {
  it("is on the Finnish calendar, in Helsinki's zone, and so are its library and its phone line", () => {
    expect([office.calendar, office.timeZone, kommun.unit("biblioteket").calendar, kommun.contact("kundtjanst").hours.calendar]).toEqual(["FI", "Europe/Helsinki", "FI", "FI"]);
  });
});

describe("texts", () => {
  it("status texts name Finland's days, in Swedish and English", () => {
    expect(statusSentence(office, at("2027-12-06T10:00:00+02:00"))).toBe("Idag är det självständighetsdagen, så vi har stängt. Just nu har vi stängt. Vi öppnar imorgon kl. 09.00.");
    expect(statusSentence(office, at("2027-12-06T10:00:00+02:00"), { language: "en" })).toBe("Today is Independence Day, so we are closed. We are closed now. We open tomorrow at 09:00.");
    expect(statusText(office, at("2027-12-06T10:00:00+02:00"))).toBe("Stängt idag, självständighetsdagen · öppnar imorgon 09.00");
    expect(statusSentence(office, at("2027-12-31T10:00:00+02:00"))).toBe("Idag är det nyårsafton, så vi har öppet 09.00–12.00. Just nu har vi öppet, till 12.00.");
    expect(statusText(office, at("2027-06-25T10:00:00+03:00"), { language: "en" })).toBe("Closed today, Midsummer Eve · opens Monday 09:00");
    // The day before trettondagen, with the config's label.
    expect(statusSentence(office, at("2028-01-05T10:00:00+02:00"))).toBe("Idag är det dag före helg, så vi har öppet 09.00–12.00. Just nu har vi öppet, till 12.00.");
  });

  it("the summary names Finland's two work-free eves when it lists them", () => {
    expect(summaryText(office).split("\n")).toEqual([
      "Måndag–torsdag 09.00–12.00 och 13.00–15.30",
      "Fredag 09.00–12.00 och 13.00–15.00",
      "Vecka 26–31 måndag–fredag 09.00–14.00",
      "Dag före röd dag stänger kl. 13.00",
      "Nyårsafton stänger kl. 12.00",
    ]);
    expect(summaryText(office, { includeClosed: true, language: "en" })).toContain("Public holidays closed\nMidsummer and Christmas Eve closed\nNew Year's Eve closes at 12:00");
    expect(summaryText(office, { includeClosed: true })).toContain("Helgdagar stängt\nMidsommar- och julafton stängt");
    expect(summaryText(kommun.unit("biblioteket").hours).split("\n").slice(-2)).toEqual(["Skärtorsdagen 10.00–15.00", "Nyårsafton 10.00–13.00"]);
  });

  it("the week table and the deviations name the days", () => {
    expect(weekTable(office, "2027-12-06")[0]).toMatchObject({ date: "2027-12-06", hours: "stängt", note: "Självständighetsdagen" });
    expect(upcomingDeviations(office, { from: "2027-12-01", days: 40 }).map((r) => `${r.date} ${r.hours} ${r.note}`)).toEqual([
      "2027-12-06 stängt Självständighetsdagen",
      "2027-12-24 stängt Julafton",
      "2027-12-31 09.00–12.00 Nyårsafton",
      "2028-01-05 09.00–12.00 Dag före helg",
      "2028-01-06 stängt Trettondagen",
    ]);
  });
});

describe("machines", () => {
  it("iCalendar has Finland's days as all-day events, read back with ical.js", () => {
    const text = toICalendar(office, { from: "2027-12-01", to: "2028-01-07", timestamp: 0 });
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    expect(events.map((e) => `${e.startDate.toString()} ${e.summary}`)).toEqual([
      "2027-12-06 Självständighetsdagen: stängt",
      "2027-12-24 Julafton: stängt",
      "2027-12-25 Juldagen: stängt",
      "2027-12-26 Annandag jul: stängt",
      "2027-12-31 Nyårsafton: öppet 09.00–12.00",
      "2028-01-01 Nyårsdagen: stängt",
      "2028-01-05 Dag före helg: öppet 09.00–12.00",
      "2028-01-06 Trettondagen: stängt",
    ]);
    expect(text).toContain("TZID:Europe/Helsinki");
  });

  it("schema.org has them as special opening hours", () => {
    const jsonLd = toSchemaOrg(kommun, { from: "2027-12-01", days: 31 }) as unknown as { specialOpeningHoursSpecification: { name: string; opens: string; closes: string; validFrom: string }[] };
    expect(jsonLd.specialOpeningHoursSpecification.map((s) => `${s.validFrom} ${s.name} ${s.opens}-${s.closes}`)).toEqual([
      "2027-12-06 Självständighetsdagen 00:00-00:00",
      "2027-12-24 Julafton 00:00-00:00",
      "2027-12-31 Nyårsafton 09:00-12:00",
    ]);
  });

  it("the chat tools give the Finnish calendar's facts", () => {
    const day = callTool(kommun, "hours_on", { date: "2027-12-06" });
    expect(day.rule).toEqual({ kind: "publicHoliday", label: "Självständighetsdagen" });
    expect(day.calendar.publicHoliday).toBe("Självständighetsdagen");
    expect(day.text).toBe("Måndag 6 december 2027: stängt (självständighetsdagen).");
    expect(callTool(kommun, "hours_on", { date: "2028-06-06", language: "en" }).calendar.publicHoliday).toBeNull();
    const now = callTool(kommun, "is_open", { at: "2027-12-06T10:00" });
    expect([now.timeZone, now.at, now.nextOpening]).toEqual(["Europe/Helsinki", "2027-12-06T10:00:00+02:00", "2027-12-07T09:00:00+02:00"]);
  });

  it("the elements' place follows the organisation's calendar and zone, for a unit too", async () => {
    const place = await buildPlace({ config, contacts: null, savedAt: null }, { unit: "biblioteket", withContacts: false });
    expect([place.hours.calendar, place.hours.timeZone]).toEqual(["FI", "Europe/Helsinki"]);
    expect(place.hours.day("2027-12-06").rule.label).toBe("Självständighetsdagen");
  });
});

describe("Åland", () => {
  const library = createOrganization({
    name: "Exempla bibliotek på Åland",
    calendar: "AX",
    hours: { weekly: { mon: ["10:00-18:00"], tue: ["10:00-18:00"], wed: ["10:00-18:00"], thu: ["10:00-18:00"], fri: ["10:00-16:00"] }, dayKinds: { publicHoliday: [], workFreeEve: [] } },
  });

  it("is closed on självstyrelsedagen", () => {
    expect(statusSentence(library.hours, at("2026-06-09T11:00:00+03:00"))).toBe("Idag är det självstyrelsedagen, så vi har stängt. Just nu har vi stängt. Vi öppnar imorgon kl. 10.00.");
    expect(statusSentence(library.hours, at("2026-06-09T11:00:00+03:00"), { language: "en" })).toBe("Today is Åland Autonomy Day, so we are closed. We are closed now. We open tomorrow at 10:00.");
    expect(kommun.isOpen(at("2026-06-09T11:00:00+03:00"))).toBe(true); // the Finnish municipality works
  });
});

/**
 * Contact points with own hours keep the organisation's calendar (SPEC §8): own hours without
 * `dayKinds` take the organisation's, and likewise `namedDays`; own hours that set the key
 * keep theirs whole.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { createOrganization, presets, type OrganizationConfig } from "../src/index";
import { inheritCalendar } from "../src/contacts/inheritCalendar";

const at = (local: string) => DateTime.fromISO(local, { zone: "Europe/Stockholm" }).toMillis();
const hoursOf = (day: { intervals: readonly { from: string; to: string }[] }) => day.intervals.map((i) => `${i.from}-${i.to}`);
const weekdays = (hours: string[]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });

const config: OrganizationConfig = {
  name: "Biblioteket",
  timeZone: "Europe/Stockholm",
  hours: {
    weekly: weekdays(["10:00-19:00"]),
    dayKinds: { publicHoliday: [], workFreeEve: [], dayBeforeRedDay: { closesAt: "15:00" } },
    namedDays: { skärtorsdagen: ["10:00-14:00"], julafton: { hours: ["10:00-12:00"], label: "Julafton, julklappsutlämning" } },
  },
  contacts: [
    // "mån–fre 08–16", nothing about holidays: the library's calendar applies.
    { id: "telefon", name: "Telefon", phones: ["0961-144 44"], hours: { weekly: weekdays(["08:00-16:00"]) } },
    // Its own day kinds (open on red days), but no named days: those come from the library.
    { id: "jour", name: "Jour", phones: ["0961-140 00"], hours: { weekly: weekdays(["08:00-16:00"]), dayKinds: { publicHoliday: ["10:00-12:00"] } } },
    // Both its own: nothing is inherited.
    { id: "chatt", name: "Chatt", hours: { weekly: weekdays(["08:00-16:00"]), dayKinds: {}, namedDays: {} } },
    { id: "vaxel", name: "Växel", phones: ["0961-140 01"] },
  ],
};

describe("contact points' own hours and the organisation's calendar", () => {
  const library = createOrganization(config);

  it("own hours without dayKinds and namedDays take the organisation's", () => {
    const phone = library.contact("telefon").hours;
    expect(phone.day("2026-12-25").rule.kind).toBe("publicHoliday"); // juldagen, a Friday
    expect(hoursOf(phone.day("2026-12-25"))).toEqual([]);
    expect(phone.day("2026-12-24").rule.label).toBe("Julafton, julklappsutlämning");
    expect(hoursOf(phone.day("2026-12-24"))).toEqual(["10:00-12:00"]);
    // The clip cuts the phone's own hours: 2026-04-30 is the day before första maj.
    expect(hoursOf(phone.day("2026-04-30"))).toEqual(["08:00-15:00"]);
    // Skärtorsdagen: the named day comes before the day-before-red-day clip.
    expect(hoursOf(phone.day("2026-04-02"))).toEqual(["10:00-14:00"]);
    expect(library.contact("telefon").isReachable(at("2026-12-24T11:00"))).toBe(true);
    expect(library.contact("telefon").isReachable(at("2026-12-24T13:00"))).toBe(false);
    expect(library.contact("telefon").ownHours).toBe(true);
  });

  it("own hours that set a key keep theirs whole, and take the other", () => {
    const jour = library.contact("jour").hours;
    expect(hoursOf(jour.day("2026-12-25"))).toEqual(["10:00-12:00"]); // its own publicHoliday
    expect(hoursOf(jour.day("2026-04-30"))).toEqual(["08:00-16:00"]); // no clip: its dayKinds have none
    expect(jour.day("2026-12-24").rule.kind).toBe("namedDay"); // the library's named days
    const chat = library.contact("chatt").hours;
    expect(chat.day("2026-12-24").rule.kind).toBe("weekly");
    expect(hoursOf(chat.day("2026-12-25"))).toEqual(["08:00-16:00"]);
  });

  it("a contact without own hours follows the visiting hours, as before", () => {
    expect(library.contact("vaxel").hours).toBe(library.hours);
  });

  it("Medborgarservice in presets.arjeplogKommun sets dayKinds, so it keeps 08–16 on days before eves", () => {
    const kommun = createOrganization(presets.arjeplogKommun);
    const desk = kommun.contact("medborgarservice").hours;
    expect(hoursOf(desk.day("2026-12-23"))).toEqual(["08:00-16:00"]);
    expect(hoursOf(kommun.hours.day("2026-12-23"))).toEqual(["08:00-12:00"]);
    expect(hoursOf(desk.day("2026-12-24"))).toEqual([]);
  });

  it("inheritCalendar leaves the own config alone when there is nothing to take", () => {
    const own = { weekly: weekdays(["08:00-16:00"]) };
    expect(inheritCalendar(own, {})).toBe(own);
    expect(inheritCalendar(own, { dayKinds: { bridgeDay: [] } })).toEqual({ ...own, dayKinds: { bridgeDay: [] } });
    expect(own).toEqual({ weekly: weekdays(["08:00-16:00"]) });
  });
});

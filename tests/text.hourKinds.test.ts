/*
 * Kinds of hours (issue 18): which labels name phone, self-service, booked, drop-in or
 * visiting hours, and that a kind's hours never merge into the opening hours.
 */
import { describe, expect, it } from "vitest";
import { createSchedule, parseHoursText, type ScheduleConfig } from "../src/index";
import { headingKind, readKindLabel } from "../src/text/hourKinds";

const hoursOn = (config: unknown, date: string) => createSchedule(config as ScheduleConfig).day(date).intervals.map((i) => `${i.from}-${i.to}`);

describe("readKindLabel", () => {
  it("reads each kind at the start of a line, with or without a colon", () => {
    expect(readKindLabel("Telefontid: måndag–fredag 9–11")).toEqual({ kind: "phone", label: "Telefontid", rest: "måndag–fredag 9–11" });
    expect(readKindLabel("Meröppet alla dagar 06–22")).toEqual({ kind: "selfService", label: "Meröppet", rest: "alla dagar 06–22" });
    expect(readKindLabel("Självbetjäning: 07–21")?.kind).toBe("selfService");
    expect(readKindLabel("Tidsbokning: mån–fre 8–12")?.kind).toBe("appointment");
    expect(readKindLabel("Drop-in onsdagar 13–15")).toEqual({ kind: "dropIn", label: "Drop-in", rest: "onsdagar 13–15" });
    expect(readKindLabel("Besökstider: 13–15")?.kind).toBe("visiting");
    expect(readKindLabel("Bemannat: tis 10–18")?.kind).toBe("visiting");
  });
  it("takes a kind word only as a whole word", () => {
    expect(readKindLabel("Telefonnummer 08-123 45")).toBeNull();
    expect(readKindLabel("Öppningsceremoni kl 10")).toBeNull();
    expect(readKindLabel("Måndag–fredag 9–11")).toBeNull();
  });
});

describe("headingKind", () => {
  it("finds a kind word anywhere in a heading", () => {
    expect(headingKind("Telefontider")).toBe("phone");
    expect(headingKind("Socialjouren – Telefontid")).toBe("phone");
    expect(headingKind("Bibliotekets meröppet")).toBe("selfService");
    expect(headingKind("Biblioteket")).toBeNull();
  });
});

describe("kinds in parseHoursText", () => {
  it("keeps phone hours out of the opening hours and gives config the visiting hours", () => {
    const result = parseHoursText("Telefontid: måndag–fredag 9–11\nÖppettider: vardagar 8–16", { year: 2026 });
    const phone = result.sections.find((s) => s.kind === "phone")!;
    expect(phone.heading).toBe("Telefontid");
    expect(hoursOn(phone.config, "2026-03-02")).toEqual(["09:00-11:00"]);
    expect(hoursOn(result.config, "2026-03-02")).toEqual(["08:00-16:00"]);
    expect(result.sections.find((s) => s.config === result.config)!.kind).toBe("visiting");
  });
  it("names a kind's section after the unit it belongs to", () => {
    const result = parseHoursText("Biblioteket\nTisdag 10–18\nMeröppet alla dagar 06–22", { year: 2026 });
    expect(result.sections.map((s) => [s.heading, s.kind ?? null])).toEqual([["Biblioteket", null], ["Biblioteket – Meröppet", "selfService"]]);
    expect(hoursOn(result.config, "2026-03-04")).toEqual([]);
  });
  it("gives config the phone hours when they are the only hours", () => {
    const result = parseHoursText("Telefontid: måndag–fredag 9–11", { year: 2026 });
    expect(hoursOn(result.config, "2026-03-02")).toEqual(["09:00-11:00"]);
  });
  it("reads a kind label whose rest is not hours as before, unread", () => {
    const result = parseHoursText("Drop-in: se kalendern", { year: 2026 });
    expect(result.unread.map((u) => u.line)).toEqual([1]);
    expect(result.sections.every((s) => s.kind === undefined)).toBe(true);
  });
});

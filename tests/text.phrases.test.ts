/*
 * The phrasings SPEC §10 lists, each read into the config it means (DESIGN.md "Config
 * format"). `holidays: "weekly"` keeps the holiday closures a reader takes for granted out of
 * these configs; tests/text.parse.test.ts covers them.
 */
import { describe, expect, it } from "vitest";
import { parseHoursText } from "../src/index";

const read = (text: string, year = 2026) => {
  const result = parseHoursText(text, { year, holidays: "weekly" });
  expect(result.unread, text).toEqual([]);
  return result.config;
};

const days = (keys: string, hours: string[]) => Object.fromEntries(keys.split(" ").map((key) => [key, hours]));

describe("weekdays and ranges", () => {
  it.each([
    ["Måndag–torsdag 10–16", "mon tue wed thu"],
    ["Mån-Fre 10–16", "mon tue wed thu fri"],
    ["mån–tors 10–16", "mon tue wed thu"],
    ["Vardagar 10–16", "mon tue wed thu fri"],
    ["Lördag och söndag 10–16", "sat sun"],
    ["Helger 10–16", "sat sun"],
    ["Alla dagar 10–16", "mon tue wed thu fri sat sun"],
    ["Sön–tor 10–16", "mon tue wed thu sun"],
    ["Måndag, onsdag och fredag 10–16", "mon wed fri"],
    ["Måndag/onsdag 10–16", "mon wed"],
    ["Fredagar 10–16", "fri"],
    ["Söndag till torsdag 10–16", "mon tue wed thu sun"],
    ["Alla dagar utom söndag 10–16", "mon tue wed thu fri sat"],
  ])("%s", (text, keys) => {
    expect(read(text)).toEqual({ weekly: days(keys, ["10:00-16:00"]) });
  });
});

describe("times", () => {
  it.each([
    ["Måndag 08.00-12.00", ["08:00-12:00"]],
    ["Måndag 8-12", ["08:00-12:00"]],
    ["Måndag kl. 10–16", ["10:00-16:00"]],
    ["Måndag 10:00–16:00", ["10:00-16:00"]],
    ["Måndag 08.00-12.00 och 13.00-16.00", ["08:00-12:00", "13:00-16:00"]],
    ["Måndag 9-12, 13-15", ["09:00-12:00", "13:00-15:00"]],
    ["Måndag 16.00–01.30", ["16:00-25:30"]],
    ["Måndag 16.30–00.00", ["16:30-24:00"]],
    ["Måndag klockan 13.30 – 01", ["13:30-25:00"]],
    ["Måndag mellan 12 och 13", ["12:00-13:00"]],
    ["Måndag från kl. 10 till kl. 14", ["10:00-14:00"]],
    ["Måndag Stängt", []],
    ["Måndag: ej öppet", []],
    ["Måndag dygnet runt", ["00:00-24:00"]],
    ["Måndag08.00-16.00", ["08:00-16:00"]],
    ["Måndag 8-17 (lunchstängt 12–13)", ["08:00-12:00", "13:00-17:00"]],
  ])("%s", (text, hours) => {
    expect(read(text)).toEqual({ weekly: { mon: hours } });
  });

  it("Lunchstängt 12–13 on a line of its own cuts the hours above it", () => {
    expect(read("Måndag–fredag 8–17\nLunchstängt 12–13")).toEqual({ weekly: days("mon tue wed thu fri", ["08:00-12:00", "13:00-17:00"]) });
  });

  it("reads overlapping hours as unread", () => {
    const { unread } = parseHoursText("Måndag 8–12 och 11–15", { year: 2026 });
    expect(unread).toEqual([{ line: 1, text: "Måndag 8–12 och 11–15", reason: "08.00–12.00 och 11.00–15.00 överlappar" }]);
  });
});

describe("periods", () => {
  const week = (from: number, to: number) => ({ weeks: { from, to }, hours: { mon: ["10:00-14:00"] } });
  it.each([
    ["Vecka 25-32 måndag 10–14", [week(25, 32)]],
    ["v. 28 – v. 31 måndag 10–14", [week(28, 31)]],
    ["Vecka 19–25 samt 34–39 måndag 10–14", [week(19, 25), week(34, 39)]],
    ["Vecka 52–2 måndag 10–14", [week(52, 2)]],
    ["Udda veckor måndag 10–14", [{ weeks: { parity: "odd" }, hours: { mon: ["10:00-14:00"] } }]],
    ["Jämna veckor: måndag 10–14", [{ weeks: { parity: "even" }, hours: { mon: ["10:00-14:00"] } }]],
    ["Vecka 10–20, udda veckor måndag 10–14", [{ weeks: { from: 10, to: 20, parity: "odd" }, hours: { mon: ["10:00-14:00"] } }]],
    ["27 juni – 21 augusti måndag 10–14", [{ dates: { from: "06-27", to: "08-21" }, hours: { mon: ["10:00-14:00"] } }]],
    ["1 sept – 31 maj måndag 10–14", [{ dates: { from: "09-01", to: "05-31" }, hours: { mon: ["10:00-14:00"] } }]],
    ["10 juni–16 augusti måndag 10–14", [{ dates: { from: "06-10", to: "08-16" }, hours: { mon: ["10:00-14:00"] } }]],
    ["Sommartid 27 juni – 21 augusti: måndag 10–14", [{ dates: { from: "06-27", to: "08-21" }, hours: { mon: ["10:00-14:00"] } }]],
    ["15 juni 2026–9 augusti 2026 måndag 10–14", [{ dates: { from: "2026-06-15", to: "2026-08-09" }, hours: { mon: ["10:00-14:00"] } }]],
    ["Vecka 25–32 10–14", [{ weeks: { from: 25, to: 32 }, hours: ["10:00-14:00"] }]],
    ["Vecka 25–32 stänger kl. 15", [{ weeks: { from: 25, to: 32 }, hours: { closesAt: "15:00" } }]],
  ])("%s", (text, periods) => {
    expect(read(text)).toEqual({ periods });
  });

  it("Vintertid with dates on the line above the weekdays", () => {
    expect(read("Vintertid 1 sept – 31 maj\nTisdag 15–21\nFredag 15–23")).toEqual({
      periods: [{ dates: { from: "09-01", to: "05-31" }, hours: { tue: ["15:00-21:00"], fri: ["15:00-23:00"] } }],
    });
  });

  it("a season word alone, then its dates", () => {
    expect(read("Sommaröppet\n27 juni – 21 augusti\nMån–fre 10–18")).toEqual({
      periods: [{ dates: { from: "06-27", to: "08-21" }, hours: days("mon tue wed thu fri", ["10:00-18:00"]) }],
    });
  });
});

describe("special days", () => {
  it.each([
    ["Dag före afton 08.00–12.00", { dayKinds: { dayBeforeEve: { hours: ["08:00-12:00"] } } }],
    ["Dag före röd dag 08.00–12.00", { dayKinds: { dayBeforeRedDay: { hours: ["08:00-12:00"] } } }],
    ["Dag före helgdag 08.00–12.00", { dayKinds: { dayBeforeRedDay: { hours: ["08:00-12:00"] } } }],
    ["Dagar före röda dagar 08.00–12.00", { dayKinds: { dayBeforeRedDay: { hours: ["08:00-12:00"] } } }],
    ["Klämdag 10.00–12.00", { dayKinds: { bridgeDay: { hours: ["10:00-12:00"] } } }],
    ["Klämdagar stängt", { dayKinds: { bridgeDay: { hours: [] } } }],
    ["Röda dagar 10–16", { dayKinds: { publicHoliday: { hours: ["10:00-16:00"] } } }],
    ["Helgdagar stängt", { dayKinds: { publicHoliday: { hours: [] } } }],
    ["Röda dagar måndag–lördag 10–16", { dayKinds: { publicHoliday: { hours: days("mon tue wed thu fri sat", ["10:00-16:00"]) } } }],
    ["Midsommar-, jul- och nyårsafton stängt", { dayKinds: { workFreeEve: { hours: [] } } }],
    ["Dag före röd dag stänger kl. 12.00", { dayKinds: { dayBeforeRedDay: { hours: { closesAt: "12:00" } } } }],
    ["stänger kl. 12.00 dag före röd dag", { dayKinds: { dayBeforeRedDay: { hours: { closesAt: "12:00" } } } }],
    ["Klämdag öppnar kl. 10", { dayKinds: { bridgeDay: { hours: { opensAt: "10:00" } } } }],
    ["Klämdag öppnar kl. 10 och stänger kl. 14", { dayKinds: { bridgeDay: { hours: { opensAt: "10:00", closesAt: "14:00" } } } }],
    ["Måndag/onsdag före helgdag öppet kl 13–16", { dayKinds: { dayBeforeRedDay: { hours: days("mon wed", ["13:00-16:00"]) } } }],
    ["Skärtorsdag 10–16", { namedDays: { skärtorsdagen: { hours: ["10:00-16:00"] } } }],
    ["Julafton stängt", { namedDays: { julafton: { hours: [] } } }],
    ["Julafton och nyårsafton 08.00–01.30", { namedDays: { julafton: { hours: ["08:00-25:30"] }, nyårsafton: { hours: ["08:00-25:30"] } } }],
    ["Jul- och nyårsafton stängt", { namedDays: { julafton: { hours: [] }, nyårsafton: { hours: [] } } }],
    ["Valborgsmässoafton 10.00–14.00", { namedDays: { valborgsmässoafton: { hours: ["10:00-14:00"] } } }],
    ["Nyårsafton stänger kl. 01.30 efter midnatt", { namedDays: { nyårsafton: { hours: { closesAt: "25:30" } } } }],
    ["Stängt: julafton, juldagen och annandag jul", { namedDays: { julafton: { hours: [] }, juldagen: { hours: [] }, "annandag jul": { hours: [] } } }],
    ["Julafton stängt (Personalfest)", { namedDays: { julafton: { hours: [], label: "Personalfest" } } }],
  ])("%s", (text, config) => {
    expect(read(text)).toEqual(config);
  });

  it.each([
    ["Trettondagsafton", "trettondagsafton"],
    ["Trettondedagsafton", "trettondagsafton"],
    ["Skärtorsdagen", "skärtorsdagen"],
    ["Påskafton", "påskafton"],
    ["Valborg", "valborgsmässoafton"],
    ["Pingstafton", "pingstafton"],
    ["Midsommarafton", "midsommarafton"],
    ["Allhelgonaafton", "allhelgonaafton"],
    ["Julaftonen", "julafton"],
    ["Nyårsafton", "nyårsafton"],
    ["Nyårsdag", "nyårsdagen"],
    ["Trettondedag jul", "trettondedag jul"],
    ["Trettondagen", "trettondedag jul"],
    ["Långfredag", "långfredagen"],
    ["Påskdag", "påskdagen"],
    ["Annandag påsk", "annandag påsk"],
    ["Första maj", "första maj"],
    ["Kristi himmelsfärdsdag", "kristi himmelsfärdsdag"],
    ["Kristi himmelfärdsdag", "kristi himmelsfärdsdag"],
    ["Pingstdagen", "pingstdagen"],
    ["Nationaldagen", "sveriges nationaldag"],
    ["Sveriges nationaldag", "sveriges nationaldag"],
    ["Midsommardagen", "midsommardagen"],
    ["Alla helgons dag", "alla helgons dag"],
    ["Allhelgonadagen", "alla helgons dag"],
    ["Juldag", "juldagen"],
    ["Annandag jul", "annandag jul"],
  ])("named day %s", (name, key) => {
    expect(read(`${name} stängt`)).toEqual({ namedDays: { [key]: { hours: [] } } });
  });
});

describe("one-off dates", () => {
  it.each([
    ["Fredag 23 december kl. 10–16", 2022, [{ date: "2022-12-23", hours: ["10:00-16:00"] }]],
    ["23/12 10–14", 2026, [{ date: "2026-12-23", hours: ["10:00-14:00"] }]],
    ["23.12 10–14", 2026, [{ date: "2026-12-23", hours: ["10:00-14:00"] }]],
    ["24–26 december stängt", 2026, [{ from: "2026-12-24", to: "2026-12-26", hours: [] }]],
    ["24.12–26.12 stängt", 2026, [{ from: "2026-12-24", to: "2026-12-26", hours: [] }]],
    ["24 och 31 december stängt", 2026, [{ date: "2026-12-24", hours: [] }, { date: "2026-12-31", hours: [] }]],
    ["31 december – 1 januari stängt", 2026, [{ from: "2026-12-31", to: "2027-01-01", hours: [] }]],
    ["Lördag 31 december - söndag 1 januari 2023 stängt", 2026, [{ from: "2022-12-31", to: "2023-01-01", hours: [] }]],
    ["2026-11-30 stängt (Stängt för inventering)", 2026, [{ date: "2026-11-30", hours: [], note: "Stängt för inventering" }]],
    ["24 december stänger kl. 12", 2026, [{ date: "2026-12-24", hours: { closesAt: "12:00" } }]],
    ["Tisdag 16 augusti stängt på grund av planeringsdag", 2022, [{ date: "2022-08-16", hours: [], note: "På grund av planeringsdag" }]],
  ])("%s (year %d)", (text, year, exceptions) => {
    expect(read(text, year)).toEqual({ exceptions });
  });

  it.each(["Klämdag stänger kl. 00", "Klämdag öppnar kl. 24", "Klämdag öppnar kl. 10 och stänger kl. 10"])("a clip that leaves nothing is unread: %s", (text) => {
    expect(parseHoursText(text, { year: 2026 }).unread).toHaveLength(1);
  });

  it("a date that does not exist is unread", () => {
    expect(parseHoursText("30 februari stängt", { year: 2026 }).unread[0]!.reason).toBe("30 februari 2026 finns inte");
  });
});

describe("words that are names on Object.prototype", () => {
  it("read as any other unknown word ('Biblioteket'), never as a season: a lookup table must not find 'constructor'", async () => {
    const { parseHoursText } = await import("../src/index");
    const reading = (word: string) => {
      const result = parseHoursText(`${word} vecka 25–32\nMåndag 9–12`, { year: 2026 });
      return { config: result.config, unread: result.unread.map((u) => u.reason.replaceAll(word.toLowerCase(), "WORD").replaceAll(word, "WORD")) };
    };
    const plain = reading("Biblioteket");
    expect(plain.config.periods).toBeUndefined(); // an unknown word before the weeks: the line is unread
    // Lines are lower-cased and split at non-letters, so "constructor" is the one such name a word can be.
    expect(reading("Constructor")).toEqual(plain);
  });
});

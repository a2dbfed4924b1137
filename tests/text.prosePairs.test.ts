/*
 * Statements in prose with the time before the days (issue 18, "Hours inside prose"): each
 * time goes with the days after it when every statement is written so; a sentence whose
 * order changes half-way, so that a time could belong to the days before or after it, is
 * not read, and says both readings.
 */
import { describe, expect, it } from "vitest";
import { createSchedule, parseHoursText, type ScheduleConfig } from "../src/index";

const read = (text: string) => parseHoursText(text, { year: 2026 });

describe("times before their days", () => {
  it("pairs each time with the days after it", () => {
    const { config, unread } = read("Vi har öppet kl. 10–18 måndag till fredag och kl. 10–14 på lördagar.");
    expect(config.weekly).toEqual({
      mon: ["10:00-18:00"], tue: ["10:00-18:00"], wed: ["10:00-18:00"], thu: ["10:00-18:00"], fri: ["10:00-18:00"], sat: ["10:00-14:00"],
    });
    expect(unread).toEqual([]);
  });

  it("pairs three statements, all time first", () => {
    const { config } = read("10–18 mån–fre, 10–14 lör, 12–16 sön");
    expect(config.weekly).toMatchObject({ fri: ["10:00-18:00"], sat: ["10:00-14:00"], sun: ["12:00-16:00"] });
  });

  it("puts a lunch break after time-first days on those days", () => {
    const { config } = read("Kommunens växel är öppen 08.00–16.30 alla vardagar, lunchstängt 12.00–13.00.");
    for (const day of ["mon", "tue", "wed", "thu", "fri"] as const) expect(config.weekly![day]).toEqual(["08:00-12:00", "13:00-16:30"]);
  });

  it("leaves a last time with no days after it unread, since it may be the weekdays' too", () => {
    const { config, unread } = read("Öppet kl. 10–18 måndag–fredag och kl. 10–14.");
    expect(config.weekly).toBeUndefined();
    expect(unread.map((u) => u.reason)).toEqual(["tider både före och efter dagarna"]);
  });

  it("leaves time-first then days-first unread", () => {
    const { config, unread } = read("Öppet kl. 10–18 måndag–fredag och lördag 10–14.");
    expect(config.weekly).toBeUndefined();
    expect(unread).toHaveLength(1);
  });
});

describe("days first, then a time that may belong to the days after it", () => {
  it("is unread with both readings", () => {
    const { config, unread } = read("Öppet måndag 10–12 och 13–16 lördag.");
    expect(config.weekly).toBeUndefined();
    expect(unread).toHaveLength(1);
    expect(unread[0]!.reason).toContain("kan läsas på två sätt");
    expect(unread[0]!.reason).toContain('"måndag 10.00–12.00 och 13.00–16.00; lördag"');
    expect(unread[0]!.reason).toContain('"måndag 10.00–12.00; lördag 13.00–16.00"');
  });

  it("is unread where the two times overlap (they cannot both be Monday's, but the reader does not choose)", () => {
    const { config, unread } = read("måndag 10–18 och 10–14 lördag");
    expect(config.weekly).toBeUndefined();
    expect(unread.map((u) => u.reason)).toEqual(["10.00–18.00 och 10.00–14.00 överlappar"]);
  });

  it("still reads days-first statements", () => {
    expect(read("måndag 10–12 och 13–16, lördag 10–14").config.weekly).toEqual({ mon: ["10:00-12:00", "13:00-16:00"], sat: ["10:00-14:00"] });
  });
});

describe("a later statement that cuts the hours of some of the days before", () => {
  it("closes Friday earlier: 'måndag–fredag mellan 8 och 15, fredagar till kl. 13'", () => {
    const { config } = read("Personalen finns på plats måndag–fredag mellan 8 och 15, fredagar till kl. 13.");
    expect(config.weekly).toEqual({ mon: ["08:00-15:00"], tue: ["08:00-15:00"], wed: ["08:00-15:00"], thu: ["08:00-15:00"], fri: ["08:00-13:00"] });
  });

  it("cuts inside the afternoon span and keeps the morning", () => {
    expect(read("Mån–fre 8–12 och 13–16, fredagar till kl. 14").config.weekly!.fri).toEqual(["08:00-12:00", "13:00-14:00"]);
  });

  it("cuts the morning before a span ends", () => {
    expect(read("Mån–fre 8–12 och 13–16, fredagar till kl. 11").config.weekly!.fri).toEqual(["08:00-11:00"]);
  });

  it("opens later with 'öppnar kl.'", () => {
    expect(read("Mån–fre 8–15, fredagar öppnar kl. 10").config.weekly!.fri).toEqual(["10:00-15:00"]);
  });

  it("is unread when the time would lengthen the day", () => {
    const { config, unread } = read("Mån–fre 8–15, fredagar till kl. 17");
    expect(config.weekly).toBeUndefined();
    expect(unread.map((u) => u.reason)).toEqual(["stänger inte inom tiderna före (tiderna skulle bli längre)"]);
  });

  it("is unread without earlier hours for those days", () => {
    expect(read("Fredagar till kl. 13").config.weekly).toBeUndefined();
    expect(read("Mån–tor 8–15, fredagar till kl. 13").unread).toHaveLength(1);
  });
});

describe("a last clause about other times, settled case by case", () => {
  it("is unread alone; the hours before it are read", () => {
    const { config, unread } = read("Kyrkogårdsexpeditionen: öppet vardagar kl 10–12, eftermiddagar efter överenskommelse.");
    expect(config.weekly).toEqual({ mon: ["10:00-12:00"], tue: ["10:00-12:00"], wed: ["10:00-12:00"], thu: ["10:00-12:00"], fri: ["10:00-12:00"] });
    expect(unread).toContainEqual(expect.objectContaining({ line: 1, text: "eftermiddagar efter överenskommelse", reason: "tiderna bestäms från fall till fall" }));
  });

  it("splits off 'vid behov' too", () => {
    const { config, unread } = read("Mån–fre 10–16, kvällar vid behov");
    expect(config.weekly!.mon).toEqual(["10:00-16:00"]);
    expect(unread.map((u) => [u.text, u.reason])).toEqual([["kvällar vid behov", 'tiderna beror på behov ("vid behov")']]);
  });

  it("keeps the sentence unread whole when the clause holds a time", () => {
    const { config, unread } = read("Mån–fre 10–16, lunch kl 12 efter överenskommelse");
    expect(config.weekly).toBeUndefined();
    expect(unread.map((u) => u.text)).toEqual(["Mån–fre 10–16, lunch kl 12 efter överenskommelse"]);
  });

  it("keeps the sentence unread whole when the clause scopes it ('efter midsommar')", () => {
    expect(read("Mån–fre 10–16, efter midsommar stängt").config.weekly).toBeUndefined();
  });

  it("keeps the sentence unread whole when the unclear phrase is before the comma", () => {
    expect(read("Efter överenskommelse mån–fre 10–16, lördag 10–12").config.weekly).toBeUndefined();
  });
});

describe("spans written late first", () => {
  it("are put in the order of the day, so the config is valid", () => {
    // Found by the property test in text.parse.test.ts (seed 1681951458).
    const { config } = read("Måndag 16.00–01.30 och 13–16");
    expect(config.weekly!.mon).toEqual(["13:00-16:00", "16:00-25:30"]);
    expect(() => createSchedule(config as ScheduleConfig)).not.toThrow();
  });
});

describe("hours without a number reach the prose reader", () => {
  // mayHoldHours (src/text/times.ts) lets only sentences that can hold hours into the prose
  // search; "som vanligt", "ordinarie öppettider", "stängt" and "dygnet runt" have no number.
  it("'som vanligt' on a named day is read, and refused for the reason it has, not as unreadable words", () => {
    const result = parseHoursText("Biblioteket har öppet som vanligt på trettondagsafton.", { year: 2026 });
    expect(result.unread.map((u) => u.reason)).toContain('"ordinarie öppettider" gäller bara helgdagar och midsommar-, jul- och nyårsafton');
  });
  it("'stängt' and 'dygnet runt' in prose", () => {
    expect(parseHoursText("Biblioteket har stängt på julafton.", { year: 2026 }).config.namedDays).toEqual({ julafton: { hours: [] } });
    expect(parseHoursText("Jouren är bemannad dygnet runt alla dagar.", { year: 2026 }).config.weekly?.mon).toEqual(["00:00-24:00"]);
  });
  it("a sentence with neither a number nor such a word is no hours", () => {
    const result = parseHoursText("Välkommen till biblioteket, här finns böcker för alla.", { year: 2026 });
    expect(result.config.weekly ?? {}).toEqual({});
    expect(result.unread).toHaveLength(1);
  });
});

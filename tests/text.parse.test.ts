/*
 * parseHoursText as a whole (SPEC §10): the seed's footer block gives presets.arjeplog's
 * hours on every day 2024–2031, contacts are collected apart, headings of units make
 * sections, what the reader takes for granted is said, nothing is dropped silently, and bad
 * arguments get clear errors.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSchedule, parseHoursText, presets, type ScheduleConfig } from "../src/index";

// A copy of the seed page (shared/seed/000_8bde45ed87de4845.txt), so the test does not depend on where the repository is.
const SEED_PAGE = readFileSync(new URL("./fixtures/seed-page.txt", import.meta.url), "utf8");
const FOOTER = SEED_PAGE.slice(SEED_PAGE.indexOf("Öppettider\n"));

/** Dates of a range where two configs give different intervals. */
function differences(a: ScheduleConfig, b: ScheduleConfig, from: string, to: string): string[] {
  const left = createSchedule(a);
  const right = createSchedule(b);
  const found: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    const x = JSON.stringify(left.day(date).intervals);
    const y = JSON.stringify(right.day(date).intervals);
    if (x !== y) found.push(`${date}: ${x} ≠ ${y}`);
  }
  return found;
}

describe("the seed's footer block", () => {
  const result = parseHoursText(FOOTER, { year: 2026 });

  it("starts at Öppettider and ends at Växel", () => {
    expect(FOOTER.split("\n")[0]).toBe("Öppettider");
    expect(FOOTER.trim().split("\n").at(-1)).toBe("Växel: 0961 - 140 00");
  });

  it("is read whole", () => {
    expect(result.unread).toEqual([]);
  });

  it("gives presets.arjeplog's hours on every day 2024–2031", () => {
    expect(differences(result.config as ScheduleConfig, presets.arjeplog as ScheduleConfig, "2024-01-01", "2031-12-31")).toEqual([]);
  });

  it("reads Medborgarservice as a section of its own, with the phone line's hours", () => {
    expect(result.sections.map((s) => s.heading)).toEqual(["Öppettider", "Medborgarservice"]);
    const own = presets.arjeplogKommun.contacts!.find((c) => c.id === "medborgarservice")!.hours!;
    expect(differences(result.sections[1]!.config as ScheduleConfig, own as ScheduleConfig, "2024-01-01", "2031-12-31")).toEqual([]);
  });

  it("collects the phone numbers and the e-mail address apart from the hours", () => {
    expect(result.contacts.map(({ kind, value, label }) => ({ kind, value, label }))).toEqual([
      { kind: "phone", value: "0961 - 144 44", label: null },
      { kind: "email", value: "kommun@arjeplog.se", label: null },
      { kind: "phone", value: "0961 - 140 00", label: "Växel" },
    ]);
    expect(result.sections[1]!.contacts).toHaveLength(3);
  });

  it("says that holidays are taken as closed", () => {
    expect(result.assumptions).toEqual([
      "Öppettider: helgdagar och midsommar-, jul- och nyårsafton stängt: texten nämner dem inte, och inga söndagar är öppna",
      "Medborgarservice: helgdagar och midsommar-, jul- och nyårsafton stängt: texten nämner dem inte, och inga söndagar är öppna",
    ]);
  });
});

describe("the whole seed page", () => {
  const result = parseHoursText(SEED_PAGE, { year: 2026 });
  const lines = SEED_PAGE.split("\n");

  it("still gives the visiting hours", () => {
    expect(differences(result.config as ScheduleConfig, presets.arjeplog as ScheduleConfig, "2026-01-01", "2027-12-31")).toEqual([]);
  });

  it("reports every line of the news text unread, with its number and a reason", () => {
    const unreadLines = new Set(result.unread.map((u) => u.line));
    // Line 1 is the date of the news item, lines 3–31 its text, byline and the officer's name.
    for (const line of [1, 3, 5, 7, 11, 13, 15, 17, 19, 21, 23, 25, 26, 28, 30, 31]) {
      expect(unreadLines.has(line), `line ${line}: ${lines[line - 1]}`).toBe(true);
    }
    for (const unread of result.unread) {
      expect(lines[unread.line - 1]).toContain(unread.text);
      expect(unread.reason).not.toBe("");
    }
    expect(result.contacts.map((c) => c.value)).toEqual(["070-206 52 98", "0961 - 144 44", "kommun@arjeplog.se", "0961 - 140 00"]);
  });
});

describe("sections", () => {
  const text = `Biblioteket
Måndag–torsdag 10–19
Fredag 10–16

Simhallen
Måndag–fredag 06.30–20.00
Lördag–söndag 09.00–16.00
Vissa helgdagar stängt

Återvinningscentralen
Tisdag och torsdag 14–19`;
  const result = parseHoursText(text, { year: 2026 });

  it("gives one section per unit heading, the first as the config", () => {
    expect(result.sections.map((s) => [s.heading, s.line])).toEqual([
      ["Biblioteket", 1],
      ["Simhallen", 5],
      ["Återvinningscentralen", 10],
    ]);
    expect(result.config).toBe(result.sections[0]!.config);
    expect(createSchedule(result.sections[1]!.config as ScheduleConfig).day("2026-03-07").intervals).toEqual([{ from: "09:00", to: "16:00" }]);
    expect(createSchedule(result.sections[2]!.config as ScheduleConfig).day("2026-03-05").intervals).toEqual([{ from: "14:00", to: "19:00" }]);
  });

  it("keeps every section's unread lines, and all of them in the result", () => {
    expect(result.sections[1]!.unread.map((u) => u.line)).toEqual([8]);
    expect(result.unread.map((u) => u.line)).toEqual([8]);
  });

  it("reads a genitive heading as the same unit ('Socialjourens tider', 'Socialjourens utökade tider')", () => {
    const socialjour = parseHoursText("Socialjourens tider\nSöndag–torsdag 16.30–00.00\n\nSocialjourens utökade tider\nJulafton 08.00–01.30", { year: 2026 });
    expect(socialjour.sections).toHaveLength(1);
    expect(socialjour.config.namedDays).toEqual({ julafton: { hours: ["08:00-25:30"] } });
  });

  it("reports a heading with no hours under it", () => {
    const { unread } = parseHoursText("Kommunikatör\nTel: 070-206 52 98", { year: 2026 });
    expect(unread.map((u) => [u.line, u.text])).toEqual([[1, "Kommunikatör"]]);
  });
});

describe("holidays the text does not mention", () => {
  it("are closed for a place open on weekdays only (auto)", () => {
    const { config } = parseHoursText("Mån–fre 08–16", { year: 2026 });
    expect(config.dayKinds).toEqual({ publicHoliday: { hours: [] }, workFreeEve: { hours: [] } });
  });

  it("are closed, like Sundays, for a place open on Saturdays but not on Sundays (auto), and that is said", () => {
    const { config, assumptions } = parseHoursText("Mån–fre 08–16\nLördag 10–14", { year: 2026 });
    expect(config.dayKinds).toEqual({ publicHoliday: { hours: [] }, workFreeEve: { hours: [] } });
    expect(assumptions).toEqual(["helgdagar och midsommar-, jul- och nyårsafton stängt: texten nämner dem inte, och inga söndagar är öppna"]);
  });

  it("keep the weekly hours where Sundays are open (auto)", () => {
    const { config, assumptions } = parseHoursText("Mån–fre 08–16\nLör–sön 10–14", { year: 2026 });
    expect(config.dayKinds).toBeUndefined();
    expect(assumptions).toEqual([]);
    // Kristi himmelsfärdsdag 2026 is Thursday 14 May: the Thursday hours.
    expect(createSchedule(config).day("2026-05-14").intervals).toEqual([{ from: "08:00", to: "16:00" }]);
  });

  it("follow the option: closed, or weekly", () => {
    expect(parseHoursText("Alla dagar 10–16", { year: 2026, holidays: "closed" }).config.dayKinds).toEqual({ publicHoliday: { hours: [] }, workFreeEve: { hours: [] } });
    expect(parseHoursText("Mån–fre 08–16", { year: 2026, holidays: "weekly" }).config.dayKinds).toBeUndefined();
  });

  it("are not closed when the text says 'ordinarie öppettider'", () => {
    const { config } = parseHoursText("Mån–fre 08–16\nHelgdagar ordinarie öppettider", { year: 2026 });
    expect(config.dayKinds).toEqual({ workFreeEve: { hours: [] } });
  });

  it("a more specific line wins and is said", () => {
    const { config, assumptions } = parseHoursText("Vardagar 8–16\nFredag 8–15\nLördag 10–13", { year: 2026 });
    expect(config.weekly!.fri).toEqual(["08:00-15:00"]);
    expect(assumptions).toEqual([
      "fredag: rad 2 (08.00–15.00) gäller före rad 1, som nämner fler dagar",
      "helgdagar och midsommar-, jul- och nyårsafton stängt: texten nämner dem inte, och inga söndagar är öppna",
    ]);
  });
});

describe("nothing is dropped silently", () => {
  const WORDS = ["Välkommen", "till", "oss", "parkering", "finns", "vid", "entrén", "fika", "barn", "hund", "ingång", "hiss", "kassa", "Obs!"];

  it("a line of words that are not hours is unread, with its number and text", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 9 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = rows.map((row) => row.join(" ")).join("\n");
        const { unread, config } = parseHoursText(text, { year: 2026 });
        expect(unread.map((u) => u.line)).toEqual(rows.map((_, i) => i + 1));
        expect(unread.map((u) => u.text)).toEqual(rows.map((row) => row.join(" ")));
        expect(config).toEqual({});
      }),
      { numRuns: 100 },
    );
  });

  it("lines made of hours phrases read to a valid config, or are unread", () => {
    const FRAGMENTS = [
      "Måndag", "mån–fre", "Lördag och söndag", "Vecka 25–32", "udda veckor", "27 juni – 21 augusti", "Sommartid", "Julafton",
      "Dag före röd dag", "Klämdag", "Röda dagar", "stänger kl. 12", "öppnar kl. 10", "08.00–12.00", "och", "13–16", "stängt",
      "24 december", "24–26 december", "Lunchstängt 12–13", "alla dagar", "16.00–01.30", "2026-12-24", "(inventering)", "Avvikande öppettider", "Biblioteket",
      "Helgdagar", "Nyårsafton", "Fredag 23 december", "Vecka 52–2", "Sommarstängt", "dygnet runt", "Jul- och", "Midsommar-,", "före helgdag", "2027", "",
    ];
    const lineArb = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 8 }), (rows) => {
        const text = rows.join("\n");
        const result = parseHoursText(text, { year: 2026 });
        for (const u of result.unread) expect(rows[u.line - 1]).toContain(u.text.split(" / ").at(-1)!.trim());
        for (const section of result.sections) createSchedule(section.config as ScheduleConfig);
      }),
      { numRuns: 500 },
    );
  });

  it("any text is read without throwing, and every unread line is a line of it", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."Mån–fre 08.00-12.00 och 13:00 stängt julafton vecka 25 24 december\n.,:()/"), maxLength: 200 }), (text) => {
        const { unread, config } = parseHoursText(text, { year: 2026 });
        const lines = text.split(/\r\n|\r|\n/);
        for (const u of unread) expect(lines[u.line - 1]).toContain(u.text.split(" / ").at(-1)!.trim());
        // Whatever it read is a valid config.
        createSchedule(config as ScheduleConfig);
      }),
      { numRuns: 300 },
    );
  });
});

describe("bad arguments", () => {
  it("text that is not a string is a TypeError", () => {
    expect(() => parseHoursText(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseHoursText(42 as unknown as string)).toThrow("parseHoursText: text must be a string, got number");
  });

  it("options that are not an object are a TypeError", () => {
    expect(() => parseHoursText("", null as unknown as object)).toThrow(TypeError);
  });

  it.each([2004, 2101, 2026.5, Number.NaN])("year %s is a RangeError", (year) => {
    expect(() => parseHoursText("", { year })).toThrow(RangeError);
    expect(() => parseHoursText("", { year })).toThrow("year must be a whole year 2005–2100");
  });

  it("an unknown holidays reading is a RangeError", () => {
    expect(() => parseHoursText("", { holidays: "open" as "auto" })).toThrow('holidays must be one of "auto", "closed", "weekly", got "open"');
  });

  it("empty text reads to an empty config", () => {
    expect(parseHoursText("", { year: 2026 })).toMatchObject({ config: {}, unread: [], contacts: [], assumptions: [] });
  });
});

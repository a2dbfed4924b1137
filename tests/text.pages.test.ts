/*
 * The reader on blocks written the way real Swedish and Finland-Swedish pages write their
 * hours (phrasings studied on published pages; the texts are this project's own). Each block
 * states its hours as a function of the day — weekday, week, public holiday, eve — taken from
 * the independent calendar in helpers/readerOracle.ts (date-holidays and SPEC §1's
 * definitions), and the reader's config is compared with it on every day of the year.
 * Blocks that state no hours must give none on any day.
 */
import { describe, expect, it } from "vitest";
import { createSchedule, parseHoursText, type ParseHoursOptions, type ScheduleConfig } from "../src/index";
import { MON_FRI, on, oracleDays, week, type OracleDay } from "./helpers/readerOracle";

interface Block {
  readonly name: string;
  readonly text: string;
  readonly options?: ParseHoursOptions;
  /** The hours the text states on a day, as "HH:MM-HH:MM" (past midnight as 25:30). */
  readonly hours: (d: OracleDay) => string[];
  /** Which section to check, by its heading; default: `config`. */
  readonly section?: string;
  /** Texts of lines (or skipped words) expected in `unread`; default: none. */
  readonly unread?: readonly string[];
  /** The years checked day by day; default 2026. */
  readonly from?: string;
  readonly to?: string;
}

/** Closed on public holidays and work-free eves (as an office closed on Sundays is), else the weekly hours. */
const office = (hours: Partial<Record<number, string[]>>) => (d: OracleDay) => (d.holiday || d.workFreeEve ? [] : (hours[d.weekday] ?? []));
const NONE = () => [];

const PROSE: Block[] = [
  { name: "expedition in a sentence", text: "Expeditionens öppettider är tisdagar och fredagar 09.00–12.00 och onsdagar 13.00–17.00.", hours: office({ 2: ["09:00-12:00"], 5: ["09:00-12:00"], 3: ["13:00-17:00"] }), unread: ["Expeditionens"] },
  { name: "mellan … och, days after", text: "Personalen finns på plats mellan 08.00 och 15.30 vardagar.", hours: office(on(MON_FRI, ["08:00-15:30"])), unread: ["Personalen"] },
  { name: "alla vardagar after the time", text: "Växeln är bemannad 08.00–16.30 alla vardagar.", hours: office(on(MON_FRI, ["08:00-16:30"])), unread: ["Växeln"] },
  { name: "two statements in one sentence", text: "Kapellet är öppet vardagar 9–17 och helger 11–15.", hours: week({ ...on(MON_FRI, ["09:00-17:00"]), 6: ["11:00-15:00"], 7: ["11:00-15:00"] }), unread: ["Kapellet"] },
  { name: "capitals, lunch with fr.", text: "KANSLIET ÄR ÖPPET MÅ–TO KL 08–16. Lunchstängt fr. 12–13", hours: office(on([1, 2, 3, 4], ["08:00-12:00", "13:00-16:00"])), unread: ["KANSLIET"] },
  { name: "label with colon", text: "Öppettider: tis–tor kl 13–15", hours: office(on([2, 3, 4], ["13:00-15:00"])) },
  { name: "label without colon, two spans", text: "Öppettider måndag–torsdag 8.30–11.30, 12.30–15.00", hours: office(on([1, 2, 3, 4], ["08:30-11:30", "12:30-15:00"])) },
  { name: "mellan klockan", text: "Receptionen är öppen mellan klockan 7 och 21 varje dag.", hours: week(on([1, 2, 3, 4, 5, 6, 7], ["07:00-21:00"])), unread: ["Receptionen"] },
  { name: "på vardagar", text: "Vi svarar i telefon 9–11 på vardagar.", hours: office(on(MON_FRI, ["09:00-11:00"])), unread: ["telefon"] },
  { name: "helgfria vardagar", text: "Servicecenter har öppet helgfria vardagar kl. 8–16.", hours: office(on(MON_FRI, ["08:00-16:00"])), unread: ["Servicecenter"] },
  { name: "prose lines in a block", text: "Välkommen till biblioteket!\nVi har öppet måndag–torsdag 10–19 och fredag 10–16.\nLördagar har vi öppet 10–14.", hours: office({ ...on([1, 2, 3, 4], ["10:00-19:00"]), 5: ["10:00-16:00"], 6: ["10:00-14:00"] }), },
  { name: "övriga tider", text: "Öppet övriga tider: ons–sön 12–16, fre 12–19", hours: week({ 3: ["12:00-16:00"], 4: ["12:00-16:00"], 5: ["12:00-19:00"], 6: ["12:00-16:00"], 7: ["12:00-16:00"] }) },
];

const NOT_HOURS: Block[] = [
  { name: "an event", text: "Nämnden sammanträder 9 mars kl. 18.00 i aulan.", hours: NONE, unread: ["Nämnden sammanträder 9 mars kl. 18.00 i aulan."] },
  { name: "an event with a span", text: "Konsert i kyrkan lördag 14 mars kl. 18–20.", hours: NONE, unread: ["Konsert i kyrkan lördag 14 mars kl. 18–20."] },
  { name: "an address", text: "Besök oss på Kyrkvägen 4–6.", hours: NONE, unread: ["Besök oss på Kyrkvägen 4–6."] },
  { name: "school years", text: "Skolan har elever i årskurs 7–9.", hours: NONE, unread: ["Skolan har elever i årskurs 7–9."] },
  { name: "a price", text: "Entré 40–60 kr, barn gratis.", hours: NONE, unread: ["Entré 40–60 kr, barn gratis."] },
  { name: "a negation is never skipped", text: "Stängt måndag–fredag utom vecka 30", hours: NONE, unread: ["Stängt måndag–fredag utom vecka 30"] },
  { name: "weeks without hours", text: "Sommarlovet är vecka 25–33.", hours: NONE, unread: ["Sommarlovet är vecka 25–33."] },
  { name: "a year span", text: "Verksamhetsplan 2025–2027", hours: NONE, unread: ["Verksamhetsplan 2025–2027"] },
];

const FINLAND: Block[] = [
  {
    name: "dag före helg and självständighetsdagen on FI",
    text: "Ämbetshuset är öppet mån–fre 8–16.\nDag före helg 8–14\nSjälvständighetsdagen stängt",
    options: { calendar: "FI" },
    hours: (d) => (d.holiday || d.workFreeEve || d.weekday > 5 ? [] : d.dayBeforeRedDay ? ["08:00-14:00"] : ["08:00-16:00"]),
    unread: ["Ämbetshuset"],
  },
];

const BLOCKS: readonly Block[] = [...PROSE, ...NOT_HOURS, ...FINLAND];

/** Days of the block's range where the config gives other hours than the block states. */
function wrongDays(block: Block, config: ScheduleConfig, calendar: "SE" | "FI"): string[] {
  const schedule = createSchedule(config);
  const wrong: string[] = [];
  for (const day of oracleDays(block.from ?? "2026-01-01", block.to ?? "2026-12-31", calendar).values()) {
    const got = schedule.day(day.date).intervals.map((i) => `${i.from}-${i.to}`);
    const want = block.hours(day);
    if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${day.date}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  return wrong;
}

describe("blocks in real pages' phrasings, day by day over a year", () => {
  it.each(BLOCKS.map((b) => [b.name, b] as const))("%s", (_name, block) => {
    const result = parseHoursText(block.text, { year: 2026, ...block.options });
    const section = block.section ? result.sections.find((s) => s.heading === block.section) : null;
    if (block.section) expect(section, `section ${block.section}`).toBeTruthy();
    const config = (section ? section.config : result.config) as ScheduleConfig;
    const calendar = block.options?.calendar === "FI" || block.options?.calendar === "AX" ? "FI" : "SE";
    expect(wrongDays(block, config, calendar).slice(0, 8)).toEqual([]);
    expect(result.unread.map((u) => u.text)).toEqual(block.unread ?? []);
  });
});

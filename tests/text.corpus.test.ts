/*
 * The acceptance corpus of issue 18: blocks of Swedish and Finland-Swedish hours text of our
 * own writing (tests/fixtures/corpus/), each with its meaning written as an oracle from the
 * text and the calendar (tests/helpers/corpusOracle.ts, corpusCalendar.ts), never from the
 * reader. Each block is read with parseHoursText and compared day by day over its whole year;
 * the score table (days right / days stated, per block and overall) is printed at the end.
 *
 * What a day "states": the days the text gives hours or "stängt" for, the weekdays a weekly
 * listing leaves out (closed), and, following SPEC §10, public holidays and work-free eves
 * the text does not mention, closed where the text opens on no Sunday. Where it opens on
 * Sundays and does not mention red days, those are not stated (the text does not say), and
 * a text about one period or a few dates states nothing about the other days.
 *
 * A block the reader still gets wrong is kept, runs as `it.fails`, and says why in its `gap`.
 */
import { afterAll, describe, expect, it } from "vitest";
import { daysOfYear } from "./helpers/corpusCalendar";
import { formatScores, scoreBlock, type BlockScore } from "./helpers/corpusScore";
import { CORPUS } from "./fixtures/corpus/index";
import { FINNISH_FREE_EVES_2024, FINNISH_RED_DAYS_2024, SWEDISH_FREE_EVES_2026, SWEDISH_RED_DAYS_2026 } from "./fixtures/corpus/almanac";

const scores: BlockScore[] = [];

describe("the corpus calendar agrees with the almanac", () => {
  const check = (year: number, calendar: "SE" | "FI", red: Record<string, string>, eves: Record<string, string>) => {
    for (const d of daysOfYear(year, calendar).values()) {
      expect(d.holiday, d.date).toBe(red[d.date] ?? null);
      expect(d.freeEve, d.date).toBe(eves[d.date] ?? null);
    }
  };
  it("Sweden 2026", () => check(2026, "SE", SWEDISH_RED_DAYS_2026, SWEDISH_FREE_EVES_2026));
  it("Finland 2024", () => check(2024, "FI", FINNISH_RED_DAYS_2024, FINNISH_FREE_EVES_2024));
  it("Åland adds självstyrelsedagen, 9 June", () => expect(daysOfYear(2026, "AX").get("2026-06-09")!.holiday).toBe("självstyrelsedagen"));
  it("ISO weeks and day kinds of 2026 as the almanac has them", () => {
    const se = daysOfYear(2026, "SE");
    expect(se.get("2026-06-15")!.isoWeek).toBe(25);
    expect(se.get("2026-12-28")!.isoWeek).toBe(53);
    expect(se.get("2026-05-15")!.bridgeDay).toBe(true);
    expect(se.get("2026-04-30")!.dayBeforeRedDay).toBe(true);
    expect(se.get("2026-12-23")!.dayBeforeEve).toBe(true);
  });
});

describe("parseHoursText reads the corpus day by day", () => {
  it("has unique block ids", () => {
    expect(new Set(CORPUS.map((b) => b.id)).size).toBe(CORPUS.length);
  });

  for (const block of CORPUS) {
    const test = block.gap ? it.fails : it;
    test(`${block.id}${block.gap ? " [gap]" : ""}: ${block.text.split("\n")[0]!.slice(0, 60)}`, () => {
      const score = scoreBlock(block);
      scores.push(score);
      // CORPUS_DEBUG=prose-03 prints what the reader made of a block.
      if (process.env.CORPUS_DEBUG?.split(",").includes(block.id)) console.log(block.id, JSON.stringify({ ...score.result, sections: undefined }, null, 1));
      expect(score.failure).toBeNull();
      if (block.noHours) expect(score.invented, "days with invented hours").toBe(0);
      expect(score.wrong.slice(0, 5), `${score.right}/${score.stated} days right`).toEqual([]);
      const unread = score.result!.unread;
      for (const line of block.unread ?? []) expect(unread.map((u) => u.line), `line ${line} unread: ${JSON.stringify(unread)}`).toContain(line);
      if (block.clean) expect(unread).toEqual([]);
      if (block.section && block.kind) {
        const section = score.result!.sections.find((s) => s.heading !== null && block.section!.test(s.heading)) as { kind?: string } | undefined;
        expect(section?.kind ?? "", "the section's kind").toMatch(block.kind);
      }
      if (block.assumption) expect(score.result!.assumptions.join("\n")).toMatch(block.assumption);
    });
  }

  afterAll(() => {
    if (scores.length > 0) console.log(`\nCorpus score (issue 18 acceptance: ≥ 90 % of stated days right, no invented hours)\n${formatScores(scores, CORPUS)}`);
  });
});

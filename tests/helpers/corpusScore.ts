/*
 * Reads a corpus block with parseHoursText and scores it day by day over its whole year:
 * days right / days stated (the days its oracle gives hours or "closed" for), and for a text
 * without hours, the days the reader invented hours on. `formatScores` prints the table the
 * issue's acceptance asks for (≥ 90 % of stated days right, no invented hours).
 */
import { createSchedule, parseHoursText, type ScheduleConfig } from "../../src/index";
import { daysOfYear } from "./corpusCalendar";
import type { CorpusBlock, Hours } from "./corpusOracle";

export interface BlockScore {
  readonly id: string;
  readonly stated: number;
  readonly right: number;
  /** Days with any hours on a no-hours text. */
  readonly invented: number;
  readonly wrong: readonly { date: string; expected: Hours; got: Hours }[];
  /** Why the block could not be read at all (no such section, a config that throws). */
  readonly failure: string | null;
  readonly result: ReturnType<typeof parseHoursText> | null;
}

/** The config a block is checked on: its section's, or the result's. */
function configOf(block: CorpusBlock, result: ReturnType<typeof parseHoursText>) {
  if (!block.section) return { config: result.config, section: result.sections[0] ?? null };
  const section = result.sections.find((s) => s.heading !== null && block.section!.test(s.heading)) ?? null;
  return { config: section?.config ?? null, section };
}

/**
 * Reads and scores one block.
 *
 * @example
 * scoreBlock({ id: "x", group: "prose", text: "Öppet vardagar 9–16", expect: officeWeek(days("mon-fri", ["09:00-16:00"])) }).right // => 365
 */
export function scoreBlock(block: CorpusBlock): BlockScore {
  const year = block.year ?? 2026;
  const days = [year, ...(block.alsoYears ?? [])].flatMap((y) => [...daysOfYear(y, block.calendar ?? "SE").values()]);
  const stated = block.noHours ? days.length : days.filter((d) => block.expect(d) !== null).length;
  const empty = { id: block.id, stated, right: 0, invented: 0, wrong: [] };
  let result: ReturnType<typeof parseHoursText>;
  try {
    result = parseHoursText(block.text, { year, ...(block.calendar ? { calendar: block.calendar } : {}) } as Parameters<typeof parseHoursText>[1]);
  } catch (error) {
    return { ...empty, invented: block.noHours ? stated : 0, failure: `parseHoursText threw: ${String(error)}`, result: null };
  }
  const { config } = configOf(block, result);
  if (!config) return { ...empty, failure: `no section with a heading matching ${String(block.section)}`, result };
  let schedule: ReturnType<typeof createSchedule>;
  try {
    schedule = createSchedule(config as ScheduleConfig);
  } catch (error) {
    return { ...empty, failure: `createSchedule threw: ${String(error)}`, result };
  }
  let right = 0;
  let invented = 0;
  const wrong: { date: string; expected: Hours; got: Hours }[] = [];
  for (const d of days) {
    const expected = block.noHours ? [] : block.expect(d);
    if (expected === null) continue;
    const got = schedule.day(d.date).intervals.map((i) => `${i.from}-${i.to}`);
    if (block.noHours && got.length > 0) invented++;
    if (got.length === expected.length && got.every((g, i) => g === expected[i])) right++;
    else wrong.push({ date: d.date, expected, got });
  }
  return { id: block.id, stated, right, invented, wrong, failure: null, result };
}

/** The per-block table and the overall share of stated days read right. */
export function formatScores(scores: readonly BlockScore[], blocks: readonly CorpusBlock[]): string {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const lines = scores.map((s) => {
    const b = byId.get(s.id)!;
    const mark = b.noHours ? (s.invented === 0 ? "ok  " : "FAIL") : s.right === s.stated ? "ok  " : "    ";
    const what = b.noHours ? `invented hours on ${s.invented} days` : `${s.right}/${s.stated} days right`;
    const first = s.failure ?? (s.wrong[0] ? `first wrong ${s.wrong[0].date}: expected [${s.wrong[0].expected.join(", ")}], got [${s.wrong[0].got.join(", ")}]` : "");
    return `${mark} ${s.id.padEnd(14)} ${what.padEnd(28)} ${first}`;
  });
  const positive = scores.filter((s) => !byId.get(s.id)!.noHours);
  const stated = positive.reduce((n, s) => n + s.stated, 0);
  const right = positive.reduce((n, s) => n + s.right, 0);
  const negatives = scores.filter((s) => byId.get(s.id)!.noHours);
  const invented = negatives.reduce((n, s) => n + s.invented, 0);
  const whole = positive.filter((s) => s.right === s.stated).length;
  lines.push(
    `stated days right: ${right}/${stated} = ${((100 * right) / Math.max(stated, 1)).toFixed(1)} %; blocks read whole: ${whole}/${positive.length}; ` +
      `no-hours texts: ${negatives.length}, days with invented hours: ${invented}`,
  );
  return lines.join("\n");
}

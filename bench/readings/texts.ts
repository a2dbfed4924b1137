// Every reading of the acceptance texts, by name: the corpus blocks (each year they are
// scored in, and with no options), the page blocks of tests/text.pages.test.ts and the two
// bench texts. bench/readings/snapshot.mjs bundles this file and compares the JSON.
import { readFileSync } from "node:fs";
import { parseHoursText } from "../../src/index";
import { CORPUS } from "../../tests/fixtures/corpus/index";
import "../../tests/text.pages.test";
import { rows } from "./vitest-stub";

type Block = { id: string; text: string; year?: number; years?: readonly number[]; options?: object };
export function readings(benchDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const block of CORPUS as readonly Block[]) {
    for (const year of [block.year ?? 2026, ...(block.years ?? [])]) out[`corpus ${block.id} ${year}`] = JSON.stringify(parseHoursText(block.text, { year, ...block.options }));
    out[`corpus ${block.id} no options`] = JSON.stringify(parseHoursText(block.text));
  }
  for (const [name, block] of rows as [string, { text: string; options?: object }][]) out[`pages ${name}`] = JSON.stringify(parseHoursText(block.text, { year: 2026, ...block.options }));
  for (const file of ["hours-block.txt", "hours-page.txt"]) out[file] = JSON.stringify(parseHoursText(readFileSync(`${benchDir}/${file}`, "utf8"), { year: 2026 }));
  return out;
}

import type { Language } from "../schedule/rules";

/*
 * The chat tools' arguments, written out for users (the package's .d.ts must not need zod).
 * The zod/mini schemas in ./tools.ts are the source; src/public/typeChecks.ts proves these
 * equal `z.input`/`z.output` of them.
 */

/**
 * The arguments of each tool as a caller writes them.
 *
 * @example
 * const args: ChatToolInput["hours_on"] = { date: "2026-06-18" }; // language defaults to "sv"
 */
export type ChatToolInput = {
  is_open: { at?: string | undefined; language?: Language | undefined; unit?: string | undefined };
  next_opening: { at?: string | undefined; language?: Language | undefined; unit?: string | undefined };
  hours_on: { date: string; language?: Language | undefined; unit?: string | undefined };
  week: { date?: string | undefined; language?: Language | undefined; unit?: string | undefined };
  deviations: { from?: string | undefined; days?: number | undefined; language?: Language | undefined; unit?: string | undefined };
  contacts: { at?: string | undefined; language?: Language | undefined; unit?: string | undefined };
  units: { at?: string | undefined; language?: Language | undefined };
};

/**
 * The arguments of each tool after validation (defaults filled in).
 *
 * @example
 * const args: ChatToolArgs["hours_on"] = { date: "2026-06-18", language: "sv" };
 */
export type ChatToolArgs = {
  is_open: { at?: string | undefined; language: Language; unit?: string | undefined };
  next_opening: { at?: string | undefined; language: Language; unit?: string | undefined };
  hours_on: { date: string; language: Language; unit?: string | undefined };
  week: { date?: string | undefined; language: Language; unit?: string | undefined };
  deviations: { from?: string | undefined; days?: number | undefined; language: Language; unit?: string | undefined };
  contacts: { at?: string | undefined; language: Language; unit?: string | undefined };
  units: { at?: string | undefined; language: Language };
};

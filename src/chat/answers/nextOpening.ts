import type { Schedule } from "../../schedule/createSchedule";
import { describeWhen } from "../../texts/describeWhen";
import { notKnownSentence } from "../../texts/statusText";
import { isoInZone, parseChatInstant } from "../../zone/isoInstant";
import type { ChatToolArgs } from "../tools";

/* The `next_opening` tool: when the doors open next. */

/**
 * `next_opening`: the next time the doors open.
 *
 * @example
 * callTool(kommun, "next_opening", { at: "2026-12-23T12:00" })
 * // => { at: "2026-12-23T12:00:00+01:00", timeZone: "Europe/Stockholm", open: false,
 * //      nextOpening: "2026-12-28T08:00:00+01:00", text: "Vi öppnar måndag 28 december kl. 08.00." }
 */
export interface NextOpeningResult {
  readonly at: string;
  readonly timeZone: string;
  /** Whether it is open at `at` (then `nextOpening` is after the current opening hours). */
  readonly open: boolean;
  /** ISO-8601 with offset; null when it does not open within the search horizon (a year). */
  readonly nextOpening: string | null;
  /** `Vi öppnar måndag 28 december kl. 08.00.` */
  readonly text: string;
}

/**
 * Answers `next_opening` for a schedule: the next opening after `at` (default: now), with a sentence.
 *
 * @example
 * nextOpening(kommun.hours, { at: "2026-12-23T12:00", language: "sv" }, () => new Date()).text // => "Vi öppnar måndag 28 december kl. 08.00."
 */
export function nextOpening(schedule: Schedule, args: ChatToolArgs["next_opening"], now: () => Date): NextOpeningResult {
  const { language } = args;
  const sv = language === "sv";
  const at = args.at === undefined ? now() : parseChatInstant(args.at, schedule.timeZone, "at", now().getTime());
  const open = schedule.isOpen(at);
  const next = schedule.nextOpening(at);
  let text: string;
  if (next === null) {
    if (schedule.status(at).unknownAfter) text = notKnownSentence(language);
    else text = sv ? "Inga öppettider finns det närmaste året." : "There are no opening hours within the next year.";
  }
  else {
    const when = describeWhen(next, at, schedule.timeZone, language, true);
    if (open) text = sv ? `Just nu har vi öppet. Nästa gång vi öppnar efter det är ${when}.` : `We are open now. After that, we next open ${when}.`;
    else text = sv ? `Vi öppnar ${when}.` : `We open ${when}.`;
  }
  return { at: isoInZone(at, schedule.timeZone)!, timeZone: schedule.timeZone, open, nextOpening: isoInZone(next, schedule.timeZone), text };
}

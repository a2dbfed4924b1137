import { parseChatInstant } from "../zone/isoInstant";
import { UsageError } from "./usageError";

/**
 * Reads `--at`: an ISO-8601 instant. Without an offset it is wall-clock time in the
 * schedule's zone (`2026-12-24T10:00` is 10.00 in Stockholm), and a date alone is that
 * day's midnight there. Without `--at`: now.
 *
 * @example
 * parseAt("2026-12-24T10:00", "Europe/Stockholm").toISOString() // => "2026-12-24T09:00:00.000Z"
 */
export function parseAt(text: string | undefined, timeZone: string): Date {
  if (text === undefined) return new Date();
  try {
    return parseChatInstant(text, timeZone, "--at");
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

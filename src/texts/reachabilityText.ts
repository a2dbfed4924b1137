import type { ContactPoint } from "../contacts/contactPoint";
import type { Language } from "../schedule/rules";
import { describeWhen } from "./describeWhen";
import { LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";

/**
 * Whether a contact can be reached, as a phrase: `nås nu, till 16.00`,
 * `nås måndag 28 december kl. 08.00`, `nås inte det närmaste året` (English with `"en"`).
 *
 * @example
 * reachabilityText(kommun.contact("vaxel"), new Date("2026-12-23T14:00:00+01:00"), "sv")
 * // => "nås måndag 28 december kl. 08.00"
 */
export function reachabilityText(contact: Pick<ContactPoint, "hours" | "isReachable" | "nextReachable">, at: Date, language: Language): string {
  const sv = language === "sv";
  const zone = contact.hours.timeZone;
  if (contact.isReachable(at)) {
    const until = contact.hours.nextClosing(at);
    const now = sv ? "nås nu" : "reachable now";
    return until ? `${now}, ${sv ? "till" : "until"} ${describeWhen(until, at, zone, language, false, true)}` : now;
  }
  const next = contact.nextReachable(at);
  if (next) return `${sv ? "nås" : "reachable"} ${describeWhen(next, at, zone, language, true)}`;
  // Beyond the last supported year the hours are not known: say so, not "never".
  if (contact.hours.status(at).unknownAfter) {
    return sv ? `när den nås härnäst är inte känt (öppettiderna är kända till och med ${LAST_SUPPORTED_YEAR})` : `not known when reachable next (hours are known up to the end of ${LAST_SUPPORTED_YEAR})`;
  }
  return sv ? "nås inte det närmaste året" : "not reachable within the next year";
}

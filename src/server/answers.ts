import { contactCard } from "../chat/contactCard";
import { dayResult, ruleResult } from "../chat/dayResult";
import type { ContactPoint, Unit } from "../contacts/createOrganization";
import type { Language } from "../schedule/rules";
import { reachabilityText } from "../texts/reachabilityText";
import { statusSentence, statusText } from "../texts/statusText";
import { isoInZone } from "../zone/isoInstant";
import { nextDayStart } from "../zone/nextDayStart";
import { earliest } from "./caching";

/*
 * The JSON bodies of the service, each with the instant it can next change (for
 * Cache-Control). A body holds nothing that moves with the clock between two changes —
 * no "now" echoed back — so that its ETag stays the same as long as the answer does.
 */

/** A body and when it can change: epoch ms, or null when only a config edit changes it. */
export interface Timed<T> {
  readonly body: T;
  readonly changesAt: number | null;
}

/**
 * A unit's status at an instant. Without an explicit `at` it changes at the next opening or
 * closing, and at local midnight (when "idag" and "imorgon" move on).
 *
 * @example
 * statusJson(unit, Date.parse("2026-12-23T11:00:00+01:00"), "sv", false).changesAt // => 12.00 that day
 */
export function statusJson(unit: Unit, at: number, language: Language, atGiven: boolean) {
  const zone = unit.timeZone;
  const status = unit.status(at);
  const body = {
    unit: { id: unit.id, name: unit.name },
    timeZone: zone,
    ...(atGiven && { at: isoInZone(new Date(at), zone) }),
    date: status.date,
    open: status.open,
    text: statusText(unit.hours, at, { language }),
    sentence: statusSentence(unit.hours, at, { language }),
    since: isoInZone(status.since, zone),
    until: isoInZone(status.until, zone),
    nextOpening: isoInZone(status.nextOpening, zone),
    nextClosing: isoInZone(status.nextClosing, zone),
    rule: ruleResult(status.rule, language),
    today: dayResult(status.today, language),
  };
  return { body, changesAt: atGiven ? null : earliest([status.until?.getTime(), nextDayStart(at, zone)]) };
}

/**
 * A contact at an instant: how to reach it, whether it can be reached, and until or from when.
 *
 * @example
 * contactJson(unit.contact("medborgarservice"), Date.parse("2026-12-23T14:00:00+01:00"), "sv").text
 * // => "nås nu, till 16.00"
 */
export function contactJson(contact: ContactPoint, at: number, language: Language) {
  const zone = contact.hours.timeZone;
  const reachable = contact.isReachable(at);
  const change = reachable ? contact.hours.nextClosing(at) : contact.hours.nextOpening(at);
  return {
    body: {
      ...contactCard(contact),
      /**
       * The contact's own hours as a schedule config (with the place's calendar where it sets
       * none), or null when it follows the unit's hours (`/config`): with both, a page or a
       * kiosk computes who answers by itself, also while the service is down.
       */
      hours: contact.ownHours ? { ...contact.hours.config, timeZone: zone } : null,
      reachable,
      /** When reachable: until when; else: from when (null beyond the horizon). */
      until: reachable ? isoInZone(change, zone) : null,
      nextReachable: reachable ? null : isoInZone(change, zone),
      text: reachabilityText(contact, new Date(at), language),
    },
    changesAt: change?.getTime() ?? null,
  };
}

/**
 * What the service says about a unit itself, with the URLs of its answers.
 *
 * @example
 * unitJson(unit).links.status // => "/v1/units/biblioteket/status"
 */
export function unitJson(unit: Unit) {
  const base = `/v1/units/${encodeURIComponent(unit.id)}`;
  return {
    id: unit.id,
    name: unit.name,
    aliases: unit.aliases,
    organization: unit.organization,
    timeZone: unit.timeZone,
    calendar: unit.calendar,
    web: unit.web,
    visitingAddress: unit.visitingAddress,
    postalAddress: unit.postalAddress,
    links: {
      self: base,
      status: `${base}/status`,
      days: `${base}/days`,
      deviations: `${base}/deviations`,
      contacts: `${base}/contacts`,
      calendar: `${base}/calendar.ics`,
      jsonld: `${base}/jsonld`,
      osm: `${base}/osm`,
      googleHours: `${base}/google-hours`,
      config: `${base}/config`,
    },
  };
}

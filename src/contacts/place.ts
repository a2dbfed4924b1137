import type { DayHours, OpenInterval, Schedule, ScheduleStatus, SearchOptions } from "../schedule/createSchedule";
import { toEpochMs, type Instant } from "../schedule/instant";
import type { ContactPoint } from "./contactPoint";
import type { Address } from "./schema";
import { describe } from "../calendar/plainDate";
import type { CalendarCode } from "../calendar/calendars";
import { quote } from "../validation/quote";

/**
 * A place with opening hours: the organisation itself, or one of its units (SPEC §9).
 * Both answer the same queries: the schedule's, as shortcuts, and the contacts'.
 *
 * @example
 * const place: Place = kommun.unit("biblioteket");
 * place.isOpen(new Date()); place.reachable(new Date()).map((c) => c.name);
 */
export interface Place {
  /** An id for URLs and tool arguments: `"biblioteket"`, `"arjeplogs-kommun"`. */
  readonly id: string;
  readonly name: string;
  /** The IANA time zone of its hours. */
  readonly timeZone: string;
  /** The calendar its hours follow: `"SE"`, `"FI"` or `"AX"`. */
  readonly calendar: CalendarCode;
  readonly web: string | null;
  readonly visitingAddress: Readonly<Address> | null;
  readonly postalAddress: Readonly<Address> | null;
  /** Its opening hours. */
  readonly hours: Schedule;
  readonly contacts: readonly ContactPoint[];
  /** The contact with an id; throws `RangeError` for an unknown id. */
  contact(id: string): ContactPoint;
  /** The contacts reachable at an instant, in config order. */
  reachable(at: Instant): ContactPoint[];
  /** As `hours.isOpen`. */
  isOpen(at: Instant): boolean;
  /** As `hours.nextOpening`. */
  nextOpening(at: Instant, options?: SearchOptions): Date | null;
  /** As `hours.nextClosing`. */
  nextClosing(at: Instant, options?: SearchOptions): Date | null;
  /** As `hours.status`. */
  status(at: Instant): ScheduleStatus;
  /** As `hours.day`. */
  day(date: string): DayHours;
  /** As `hours.openIntervals`. */
  openIntervals(from: Instant, to: Instant): OpenInterval[];
}

/** What a place is made of. */
export interface PlaceParts {
  readonly id: string;
  readonly name: string;
  readonly web?: string | undefined;
  readonly visitingAddress?: Address | undefined;
  readonly postalAddress?: Address | undefined;
  readonly hours: Schedule;
  readonly contacts: readonly ContactPoint[];
}

/**
 * The members of a place, as a plain object to spread into a unit or an organisation.
 *
 * @example
 * const unit = Object.freeze({ ...placeMembers({ id, name, hours, contacts }), aliases });
 */
export function placeMembers(parts: PlaceParts): Place {
  const { hours, contacts } = parts;
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  return {
    id: parts.id,
    name: parts.name,
    timeZone: hours.timeZone,
    calendar: hours.calendar,
    web: parts.web ?? null,
    visitingAddress: parts.visitingAddress ?? null,
    postalAddress: parts.postalAddress ?? null,
    hours,
    contacts: Object.freeze([...contacts]),
    contact(id: string) {
      const contact = byId.get(id);
      if (!contact) throw new RangeError(`no contact with id ${typeof id === "string" ? quote(id) : describe(id)} (ids: ${[...byId.keys()].join(", ") || "none"})`);
      return contact;
    },
    reachable(at: Instant) {
      const ms = toEpochMs(at);
      return contacts.filter((contact) => contact.hours.isOpen(ms));
    },
    isOpen: (at) => hours.isOpen(at),
    nextOpening: (at, options) => hours.nextOpening(at, options),
    nextClosing: (at, options) => hours.nextClosing(at, options),
    status: (at) => hours.status(at),
    day: (date) => hours.day(date),
    openIntervals: (from, to) => hours.openIntervals(from, to),
  };
}

import { DEFAULT_CALENDAR, type CalendarCode } from "../calendar/calendars";
import type { ConfigIssue } from "./configIssue";

/** The parts of a validated organisation config that carry a calendar. */
interface CalendaredOrganization {
  readonly calendar?: CalendarCode | undefined;
  readonly hours?: { readonly calendar?: CalendarCode | undefined } | undefined;
  readonly contacts?: readonly { readonly hours?: { readonly calendar?: CalendarCode | undefined } | undefined }[] | undefined;
  readonly units?:
    | readonly {
        readonly hours?: { readonly calendar?: CalendarCode | undefined } | undefined;
        readonly contacts?: readonly { readonly hours?: { readonly calendar?: CalendarCode | undefined } | undefined }[] | undefined;
      }[]
    | undefined;
}

/**
 * The rule for an organisation's calendar (SPEC §14): an organisation keeps one calendar —
 * its `calendar`, or Sweden's when it names none — and every hours in it (its own, its
 * contacts', its units' and their contacts') follow it. Hours that name another calendar are
 * a problem, not silently kept (a Finnish town's library does not close on Sweden's
 * national day); hours that name none take the organisation's.
 *
 * @example
 * organizationCalendarIssues({ calendar: "FI", units: [{ hours: { calendar: "SE" } }] })
 * // => [{ path: "units[0].hours.calendar", message: '"SE" differs from the organisation\'s calendar "FI"; …' }]
 */
export function organizationCalendarIssues(config: CalendaredOrganization): ConfigIssue[] {
  const calendar = config.calendar ?? DEFAULT_CALENDAR;
  const issues: ConfigIssue[] = [];
  const check = (hours: { readonly calendar?: CalendarCode | undefined } | undefined, path: string) => {
    if (hours?.calendar !== undefined && hours.calendar !== calendar) {
      const whose = config.calendar === undefined ? `calendar "${calendar}" (the default; set "calendar": ${JSON.stringify(hours.calendar)} on the organisation to follow that one)` : `calendar "${calendar}"`;
      issues.push({
        path: `${path}.calendar`,
        message: `${JSON.stringify(hours.calendar)} differs from the organisation's ${whose}; all of an organisation's hours follow its calendar (leave this calendar out, or make the two the same)`,
      });
    }
  };
  check(config.hours, "hours");
  config.contacts?.forEach((contact, i) => check(contact.hours, `contacts[${i}].hours`));
  config.units?.forEach((unit, i) => {
    check(unit.hours, `units[${i}].hours`);
    unit.contacts?.forEach((contact, j) => check(contact.hours, `units[${i}].contacts[${j}].hours`));
  });
  return issues;
}

import * as z from "zod/mini";
import { CalendarSchema, PlaceHoursSchema, scheduleCalendar } from "../schedule/schema";
import { checkNamedDayNames } from "../schedule/ruleSchemas";
import { isPlainObject } from "../validation/checkConfigShape";
import { nonEmptyString, strictObject, TimeZoneSchema, type CheckContext } from "../validation/zodHelpers";
import { nameClashes } from "./unitNames";
import { slugOf } from "./slug";
import { parsePhone, PHONE_TYPES } from "./phone";

/*
 * The organisation config: name, zone, visiting hours, addresses and contact points.
 * Like the schedule schema, it is the one source of its types and reports every problem
 * with its path.
 */

function phoneCheck(number: string, ctx: CheckContext, path: PropertyKey[]): void {
  const parsed = parsePhone(number);
  if (typeof parsed === "string") ctx.issues.push({ code: "custom", message: parsed, path, input: number });
}

/** A phone number: `"0961-144 44"`, or `{ number, type }` where `type` is voice, cell, fax, text or textphone. */
export const PhoneConfigSchema = z.union([
  z.string().check(z.superRefine((number, ctx) => phoneCheck(number, ctx, []))),
  strictObject({
    number: z.string().check(z.superRefine((number, ctx) => phoneCheck(number, ctx, []))),
    type: z.optional(z.enum(PHONE_TYPES, { error: (issue) => `unknown phone type ${JSON.stringify(issue.input)} (types: ${PHONE_TYPES.join(", ")})` })),
  }),
]);

/** An e-mail address. */
export const EmailSchema = z.string().check(z.email({ error: (issue) => `${JSON.stringify(issue.input)} is not a valid e-mail address` }));

/** A web page (http or https). */
export const WebPageSchema = z.string().check(
  z.url({ protocol: /^https?$/, error: (issue) => `${JSON.stringify(issue.input)} is not an http(s) address` }),
);

/** A postal or visiting address. */
export const AddressSchema = strictObject({
  streetAddress: z.optional(nonEmptyString),
  postOfficeBox: z.optional(nonEmptyString),
  postalCode: z.optional(nonEmptyString),
  locality: z.optional(nonEmptyString),
  country: z.optional(nonEmptyString),
});

/** A named person behind a contact point. */
export const PersonSchema = strictObject({ name: nonEmptyString, title: z.optional(nonEmptyString) });

/** An id: lowercase letters, digits and hyphens (`"medborgarservice"`, `"simhallen"`). */
export const IdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "must be lowercase letters, digits and hyphens, e.g. \"medborgarservice\""));

/** A way to reach the organisation: a service desk, a switchboard, a named officer. */
export const ContactPointSchema = strictObject({
  id: IdSchema,
  name: nonEmptyString,
  role: z.optional(nonEmptyString),
  person: z.optional(PersonSchema),
  phones: z.optional(z.array(PhoneConfigSchema)),
  emails: z.optional(z.array(EmailSchema)),
  web: z.optional(WebPageSchema),
  /** Own hours; without them the contact follows the hours of its place (the organisation's or its unit's). */
  hours: z.optional(PlaceHoursSchema),
});

/** A list of contact points, each id once. */
export const ContactPointsSchema = z.array(ContactPointSchema).check(
  z.superRefine(
    (contacts, ctx) => {
      const seen = new Map<string, number>();
      contacts.forEach((contact, i) => {
        const id = idOf(contact);
        if (id === undefined) return;
        const first = seen.get(id);
        if (first !== undefined) ctx.issues.push({ code: "custom", message: `duplicate id "${id}" (also contacts[${first}])`, path: [i, "id"], input: id });
        else seen.set(id, i);
      });
    },
    { when: isArrayPayload },
  ),
);

// The list checks run also when an entry has other problems (every problem is listed at
// once), so they read the entries defensively.
function isArrayPayload(payload: { value: unknown }): boolean {
  return Array.isArray(payload.value);
}

function idOf(entry: unknown): string | undefined {
  const id = typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : undefined;
}

/**
 * A unit of the organisation (SPEC §9): a library, a swimming hall, a recycling centre, with
 * its own hours, contacts and address, in the organisation's time zone.
 */
export const UnitConfigSchema = strictObject({
  id: IdSchema,
  name: nonEmptyString,
  /** Other names people use for it: "biblioteket", "stadsbiblioteket", "ÅVC". */
  aliases: z.optional(z.array(nonEmptyString)),
  hours: PlaceHoursSchema,
  contacts: z.optional(ContactPointsSchema),
  web: z.optional(WebPageSchema),
  visitingAddress: z.optional(AddressSchema),
  postalAddress: z.optional(AddressSchema),
});

/** The units, each id once and each name or alias naming one unit only. */
export const UnitsSchema = z.array(UnitConfigSchema).check(
  z.superRefine(
    (units, ctx) => {
      const ids = new Map<string, number>();
      units.forEach((unit, i) => {
        const id = idOf(unit);
        if (id === undefined) return;
        const first = ids.get(id);
        if (first !== undefined) ctx.issues.push({ code: "custom", message: `duplicate unit id "${id}" (also units[${first}])`, path: [i, "id"], input: id });
        else ids.set(id, i);
      });
      for (const clash of nameClashes(units.map(namesFor))) {
        const [path, text] = clash.later;
        ctx.issues.push({
          code: "custom",
          message: `${JSON.stringify(text)} also names units[${clash.earlier.index}] (${JSON.stringify(clash.earlier.text)}); a name or alias must point to one unit`,
          path,
          input: text,
        });
      }
    },
    { when: isArrayPayload },
  ),
);

/** A unit's id, name and aliases as far as they are strings (the entry may have other problems). */
function namesFor(unit: unknown): { id: string; name: string; aliases: string[] } {
  const { id, name, aliases } = (typeof unit === "object" && unit !== null ? unit : {}) as { id?: unknown; name?: unknown; aliases?: unknown };
  return {
    id: typeof id === "string" ? id : "",
    name: typeof name === "string" ? name : "",
    aliases: Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === "string") : [],
  };
}

/** A whole organisation: its own place (when it has `hours`) and its units. */
export const OrganizationConfigSchema = strictObject({
  /** The id of the organisation's own place (default: a slug of the name, "arjeplogs-kommun"). */
  id: z.optional(IdSchema),
  name: nonEmptyString,
  timeZone: z.optional(TimeZoneSchema),
  /** Visiting hours of the organisation's own place; optional when it has `units`. */
  hours: z.optional(PlaceHoursSchema),
  web: z.optional(WebPageSchema),
  visitingAddress: z.optional(AddressSchema),
  postalAddress: z.optional(AddressSchema),
  contacts: z.optional(ContactPointsSchema),
  units: z.optional(UnitsSchema),
  /** Whose red days all its hours follow: "SE" (default), "FI" or "AX" (SPEC §14). */
  calendar: z.optional(CalendarSchema),
}).check(
  // Runs even when a part of the config has other problems, so that every problem is listed at once.
  z.superRefine((organization, ctx) => organizationChecks(organization as Partial<OrganizationShape>, ctx), {
    when: (payload) => typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
  }),
);

interface OrganizationShape {
  id: unknown;
  name: unknown;
  hours: unknown;
  contacts: unknown;
  units: unknown;
  calendar: unknown;
}

/**
 * The named days of every hours that names no calendar of its own, on the organisation's
 * calendar (hours that name one are checked on theirs by PlaceHoursSchema).
 */
function inheritedNamedDayChecks(organization: Partial<OrganizationShape>, ctx: CheckContext): void {
  const calendar = scheduleCalendar(organization.calendar);
  const check = (hours: unknown, path: PropertyKey[]) => {
    if (isPlainObject(hours) && hours.calendar === undefined && isPlainObject(hours.namedDays)) checkNamedDayNames(hours.namedDays, calendar, ctx, [...path, "hours", "namedDays"], true);
  };
  const contactsOf = (contacts: unknown, path: PropertyKey[]) => {
    if (Array.isArray(contacts)) contacts.forEach((contact, i) => check(isPlainObject(contact) ? contact.hours : undefined, [...path, "contacts", i]));
  };
  check(organization.hours, []);
  contactsOf(organization.contacts, []);
  if (Array.isArray(organization.units)) {
    organization.units.forEach((unit, i) => {
      if (!isPlainObject(unit)) return;
      check(unit.hours, ["units", i]);
      contactsOf(unit.contacts, ["units", i]);
    });
  }
}

function organizationChecks(organization: Partial<OrganizationShape>, ctx: CheckContext): void {
  inheritedNamedDayChecks(organization, ctx);
  const units = Array.isArray(organization.units) ? (organization.units as unknown[]) : [];
  const ownHours = organization.hours !== undefined;
  if (!ownHours && units.length === 0) {
    ctx.issues.push({
      code: "custom",
      message: "is required: give the organisation its own visiting `hours`, or `units` (places with their own hours), or both",
      path: ["hours"],
      input: undefined,
    });
  }
  if (!ownHours && units.length > 0 && Array.isArray(organization.contacts)) {
    // Without own hours there is nothing such a contact could follow; the first unit's would be a guess.
    organization.contacts.forEach((contact, i) => {
      if (typeof contact === "object" && contact !== null && (contact as { hours?: unknown }).hours === undefined) {
        ctx.issues.push({
          code: "custom",
          message: "has no hours of its own, and the organisation has no `hours` for it to follow: give the contact `hours`, or move it into a unit",
          path: ["contacts", i, "hours"],
          input: undefined,
        });
      }
    });
  }
  if (ownHours && typeof organization.name === "string") {
    const ownId = typeof organization.id === "string" ? organization.id : slugOf(organization.name);
    units.forEach((unit, i) => {
      if (typeof unit === "object" && unit !== null && (unit as { id?: unknown }).id === ownId) {
        ctx.issues.push({
          code: "custom",
          message: `duplicate unit id "${ownId}": it is the id of the organisation's own place${organization.id === undefined ? " (made from its name; give the organisation another `id`)" : ""}`,
          path: ["units", i, "id"],
          input: ownId,
        });
      }
    });
  }
}

// The config types, written out for users (the package's .d.ts must not need zod):
// ./configTypes.ts, checked equal to `z.infer` of these schemas in src/public/typeChecks.ts.
export type { Address, ContactPointConfig, OrganizationConfig, Person, PhoneConfig, UnitConfig } from "./configTypes";

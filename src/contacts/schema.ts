import * as z from "zod/mini";
import { ScheduleConfigSchema } from "../schedule/schema";
import { nonEmptyString, strictObject, TimeZoneSchema, type CheckContext } from "../validation/zodHelpers";
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

/** A way to reach the organisation: a service desk, a switchboard, a named officer. */
export const ContactPointSchema = strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "must be lowercase letters, digits and hyphens, e.g. \"medborgarservice\"")),
  name: nonEmptyString,
  role: z.optional(nonEmptyString),
  person: z.optional(PersonSchema),
  phones: z.optional(z.array(PhoneConfigSchema)),
  emails: z.optional(z.array(EmailSchema)),
  web: z.optional(WebPageSchema),
  /** Own hours; without them the contact follows the organisation's visiting hours. */
  hours: z.optional(ScheduleConfigSchema),
});

/** A whole organisation. */
export const OrganizationConfigSchema = strictObject({
  name: nonEmptyString,
  timeZone: z.optional(TimeZoneSchema),
  hours: ScheduleConfigSchema,
  web: z.optional(WebPageSchema),
  visitingAddress: z.optional(AddressSchema),
  postalAddress: z.optional(AddressSchema),
  contacts: z.optional(
    z.array(ContactPointSchema).check(
      z.superRefine((contacts, ctx) => {
        const seen = new Map<string, number>();
        contacts.forEach((contact, i) => {
          const first = seen.get(contact.id);
          if (first !== undefined) ctx.issues.push({ code: "custom", message: `duplicate id "${contact.id}" (also contacts[${first}])`, path: [i, "id"], input: contact.id });
          else seen.set(contact.id, i);
        });
      }),
    ),
  ),
});

// The config types, written out for users (the package's .d.ts must not need zod):
// ./configTypes.ts, checked equal to `z.infer` of these schemas in src/public/typeChecks.ts.
export type { Address, ContactPointConfig, OrganizationConfig, Person, PhoneConfig } from "./configTypes";

/*
 * Compile-time proof that the public types, written out for users because the package's
 * .d.ts must not import zod or schema-dts (bundled / dev-only), say what those say:
 *
 * - each config and tool-argument type is exactly `z.infer` (`z.input`/`z.output`) of its
 *   zod schema. When such a line fails, a schema and its declaration differ: change the
 *   declaration (the schema is the source);
 * - each JSON-LD type is assignable to its schema-dts counterpart.
 *
 * Nothing imports this file; `tsc --noEmit` (`npm run typecheck`, the first step of
 * `npm test`) checks it.
 */
import type * as dts from "schema-dts";
import type * as z from "zod/mini";
import type * as chatTypes from "../chat/toolArgs";
import type * as chat from "../chat/tools";
import type * as contactTypes from "../contacts/configTypes";
import type * as contacts from "../contacts/schema";
import type * as scheduleTypes from "../schedule/configTypes";
import type { NamedDaysSchema, WeeksSchema } from "../schedule/ruleSchemas";
import type * as schedule from "../schedule/schema";
import type * as jsonLd from "../schemaOrg/jsonLdTypes";
import type { SchemaOrgJsonLd } from "../schemaOrg/jsonLdTypes";
import type { SchemaOrgType } from "../schemaOrg/toSchemaOrg";

/** `true` when A and B are the same type (not merely assignable either way). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only for `true`. */
type Assert<T extends true> = T;

export type ScheduleTypes = [
  Assert<Equals<z.infer<typeof schedule.ScheduleConfigSchema>, scheduleTypes.ScheduleConfig>>,
  Assert<Equals<z.infer<typeof schedule.WeekHoursSchema>, scheduleTypes.WeekHours>>,
  Assert<Equals<z.infer<typeof schedule.PeriodSchema>, scheduleTypes.PeriodConfig>>,
  Assert<Equals<z.infer<typeof schedule.ExceptionSchema>, scheduleTypes.ExceptionConfig>>,
  Assert<Equals<z.infer<typeof schedule.LabelSchema>, scheduleTypes.Label>>,
  Assert<Equals<z.infer<typeof schedule.DayKindRuleSchema>, scheduleTypes.DayKindRule>>,
  Assert<Equals<z.infer<typeof schedule.DayKindsSchema>, NonNullable<scheduleTypes.ScheduleConfig["dayKinds"]>>>,
  Assert<Equals<z.infer<typeof NamedDaysSchema>, scheduleTypes.NamedDaysConfig>>,
  Assert<Equals<z.infer<typeof WeeksSchema>, scheduleTypes.PeriodWeeks>>,
];

export type ContactTypes = [
  Assert<Equals<z.infer<typeof contacts.OrganizationConfigSchema>, contactTypes.OrganizationConfig>>,
  Assert<Equals<z.infer<typeof contacts.ContactPointSchema>, contactTypes.ContactPointConfig>>,
  Assert<Equals<z.infer<typeof contacts.PhoneConfigSchema>, contactTypes.PhoneConfig>>,
  Assert<Equals<z.infer<typeof contacts.AddressSchema>, contactTypes.Address>>,
  Assert<Equals<z.infer<typeof contacts.PersonSchema>, contactTypes.Person>>,
  Assert<Equals<z.infer<typeof contacts.UnitConfigSchema>, contactTypes.UnitConfig>>,
];

type ChatInputs = { [N in chat.ChatToolName]: z.input<(typeof chat.CHAT_TOOL_SCHEMAS)[N]> };
type ChatOutputs = { [N in chat.ChatToolName]: z.output<(typeof chat.CHAT_TOOL_SCHEMAS)[N]> };

export type ChatTypes = [Assert<Equals<ChatInputs, chatTypes.ChatToolInput>>, Assert<Equals<ChatOutputs, chatTypes.ChatToolArgs>>];

/** `true` when A is assignable to B. */
type Extends<A, B> = [A] extends [B] ? true : false;

/** schema-dts' node for each type `toSchemaOrg` writes. */
interface SchemaDtsNodes {
  GovernmentOffice: dts.GovernmentOfficeLeaf;
  LocalBusiness: dts.LocalBusinessLeaf;
  Library: dts.LibraryLeaf;
  TouristInformationCenter: dts.TouristInformationCenterLeaf;
  CivicStructure: dts.CivicStructureLeaf;
  GovernmentBuilding: dts.GovernmentBuildingLeaf;
  CityHall: dts.CityHallLeaf;
}

// Our JSON-LD types fit schema-dts' (so users who type JSON-LD with schema-dts can assign ours).
export type SchemaOrgTypes = [
  Assert<Extends<{ [T in SchemaOrgType]: SchemaOrgJsonLd<T> }, { [T in SchemaOrgType]: dts.WithContext<SchemaDtsNodes[T]> }>>,
  Assert<Extends<jsonLd.SchemaOrgContactPoint, dts.ContactPoint>>,
  Assert<Extends<jsonLd.SchemaOrgOpeningHours, dts.OpeningHoursSpecification>>,
  Assert<Extends<jsonLd.SchemaOrgPostalAddress, dts.PostalAddressLeaf>>,
  Assert<Equals<keyof SchemaDtsNodes, SchemaOrgType>>,
];

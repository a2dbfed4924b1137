/**
 * oppettider — when a Swedish organisation is open, and how to reach it.
 *
 * @example
 * import { createSchedule, presets, swedishDay } from "oppettider";
 * const schedule = createSchedule(presets.arjeplog);
 * schedule.isOpen(new Date());
 * swedishDay("2026-01-05").bridgeDay; // => true
 * calendarDay("2026-12-06", { calendar: "FI" }).publicHoliday; // => "Självständighetsdagen"
 */

// --- The calendars: Swedish, and Finland's and Åland's (SPEC §14) -----------------------
export { swedishDay } from "./calendar/swedishDay";
export type { SwedishDay } from "./calendar/swedishDay";
export { calendarDay } from "./calendar/calendarDay";
export type { CalendarDay, CalendarDayOptions } from "./calendar/calendarDay";
export { CALENDARS, DEFAULT_CALENDAR, defaultTimeZoneOf } from "./calendar/calendars";
export type { CalendarCode } from "./calendar/calendars";
export type { Names } from "./calendar/holidayNames";
export { NAMED_DAYS, namedDayKey, namedDaysOf, namedDayCalendars } from "./calendar/namedDays";
export type { NamedDay } from "./calendar/namedDays";
export { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "./calendar/supportedYears";

// --- Schedules and their queries --------------------------------------------------------
export { createSchedule } from "./schedule/createSchedule";
export type { DayHours, DayInterval, OpenInterval, Schedule, ScheduleOptions, ScheduleStatus, SearchOptions } from "./schedule/createSchedule";
export { explainDay } from "./schedule/explainDay";
export type { DayExplanation } from "./schedule/explainDay";
export type { Instant } from "./schedule/instant";
export type { Language, Rule } from "./schedule/rules";
export { RULE_KINDS, DAY_KINDS, WEEKDAYS } from "./schedule/ruleKinds";
export type { DayKind, RuleKind, Weekday } from "./schedule/ruleKinds";
export { isValidTimeZone } from "./zone/zone";
export { parseChatInstant, isoInZone, localDateInZone } from "./zone/isoInstant";

// --- Configuration and validation -------------------------------------------------------
export { ScheduleConfigSchema } from "./public/scheduleConfigSchema";
export type { SafeParseResult, StandardSchemaProps, StandardResult, ValidationIssue, Validator } from "./public/validator";
export type { DayKindRule, ExceptionConfig, Label, NamedDaysConfig, PeriodConfig, ScheduleConfig, WeekHours } from "./schedule/schema";
export type { ClipHours, RuleEntry, RuleHours } from "./schedule/ruleHours";
export type { PeriodWeeks } from "./schedule/configTypes";
export { validateScheduleConfig } from "./schedule/validateScheduleConfig";
export { ConfigError } from "./validation/configError";
export type { ConfigIssue } from "./validation/configError";
export type { DeepReadonly } from "./validation/deepReadonly";
export { presets } from "./presets/index";

// --- Organisations and contacts ---------------------------------------------------------
export { createOrganization } from "./contacts/withPhones";
export type { ContactPoint, Email, Organization, Unit } from "./contacts/createOrganization";
export type { Place } from "./contacts/place";
export { unitMatchMessage } from "./contacts/findUnit";
export type { UnitMatch, UnitMatchKind } from "./contacts/findUnit";
export { OrganizationConfigSchema, UnitConfigSchema } from "./public/organizationConfigSchema";
export type { Address, ContactPointConfig, OrganizationConfig, Person, PhoneConfig, UnitConfig } from "./contacts/schema";
export { PHONE_TYPES } from "./contacts/phone";
export { parsePhone } from "./contacts/withPhones";
export type { Phone, PhoneType } from "./contacts/phone";
export { toVCard } from "./contacts/toVCard";

// --- Words people read ------------------------------------------------------------------
export { statusText, statusSentence } from "./texts/statusText";
export type { TextOptions } from "./texts/statusText";
export { summarizeHours, summaryText } from "./texts/summarizeHours";
export type { SummaryLine, SummaryOptions } from "./texts/summarizeHours";
export { weekTable, daysTable, upcomingDeviations } from "./texts/weekTable";
export type { DayRow } from "./texts/weekTable";
export { formatClock, formatIntervals } from "./texts/formatHours";
export { describeWhen, describeDate } from "./texts/describeWhen";
export { reachabilityText } from "./texts/reachabilityText";

// --- Reading the hours text people already publish (SPEC §10) ------------------------------
export { parseHoursText } from "./text/parseHoursText";
export type { ParseHoursOptions, ParseHoursResult } from "./text/parseHoursText";
export type { HolidayReading } from "./text/scheduleBuilder";
export type { HoursSection, ReadLine, UnreadLine } from "./text/readSections";
export type { ContactLine } from "./text/contacts";
export type { ReadClip, ReadException, ReadHours, ReadPeriod, ReadRuleHours, ReadScheduleConfig, ReadWeekHours } from "./text/readConfig";

// --- schema.org, OpenStreetMap, iCalendar -----------------------------------------------
export { toSchemaOrg, SCHEMA_ORG_TYPES, MAX_SCHEMA_ORG_DAYS } from "./schemaOrg/toSchemaOrg";
export type { SchemaOrgJsonLd, SchemaOrgOptions, SchemaOrgType } from "./schemaOrg/toSchemaOrg";
export type { SchemaOrgContactPoint, SchemaOrgDayOfWeek, SchemaOrgOpeningHours, SchemaOrgPostalAddress } from "./schemaOrg/jsonLdTypes";
export { toSchemaOrgContactPoint } from "./schemaOrg/toSchemaOrgContactPoint";
export type { ContactPointWindow } from "./schemaOrg/toSchemaOrgContactPoint";
export { weeklyOpeningHours } from "./schemaOrg/weeklyOpeningHours";
export { toOpeningHoursTag, MAX_OPENING_HOURS_TAG_DAYS } from "./exports/toOpeningHoursTag";
export type { OpeningHoursTagOptions } from "./exports/toOpeningHoursTag";
export { toICalendar, MAX_ICALENDAR_DAYS } from "./exports/toICalendar";
export type { ICalendarOptions } from "./exports/toICalendar";
export { toGoogleBusinessHours, MAX_GOOGLE_BUSINESS_DAYS } from "./google/toGoogleBusinessHours";
export type { GoogleBusinessHoursOptions } from "./google/toGoogleBusinessHours";
export type { GoogleBusinessHours, GoogleDate, GoogleDayOfWeek, GoogleSpecialHourPeriod, GoogleTimeOfDay, GoogleTimePeriod } from "./google/googleBusinessTypes";

// --- Chatbots: tools as JSON Schema functions (the MCP server is `oppettider mcp`) --------
export { callTool, ToolError } from "./chat/callTool";
export type {
  CallToolOptions,
  ChatToolResult,
  ChatToolResults,
  ContactCard,
  ContactResult,
  ContactsResult,
  DayResult,
  DeviationsResult,
  HoursOnResult,
  IsOpenResult,
  NextOpeningResult,
  ForUnit,
  RuleResult,
  UnitsResult,
  WeekResult,
} from "./chat/callTool";
export { CHAT_TOOLS, CHAT_TOOL_NAMES, isChatToolName, MAX_DEVIATION_DAYS, DEFAULT_DEVIATION_DAYS } from "./chat/tools";
export { CHAT_TOOL_SCHEMAS } from "./public/chatToolSchemas";
export type { ChatTool, ChatToolArgs, ChatToolInput, ChatToolName } from "./chat/tools";
export { toolDefinitions, functionToolDefinitions, toolInputJsonSchema, toolsFor } from "./chat/toolDefinitions";
export type { FunctionToolDefinition, JsonSchema, ToolDefinition } from "./chat/toolDefinitions";

import { OrganizationConfigSchema } from "../contacts/schema";
import { describe } from "../calendar/plainDate";
import { ScheduleConfigSchema } from "../schedule/schema";
import { isPlainObject } from "../validation/checkConfigShape";
import { closestMatch } from "../validation/suggest";

/** What a config file holds, as far as its top-level keys tell. */
export interface ConfigKind {
  readonly kind: "organization" | "schedule";
  /** A sentence for the user when the config is incomplete or has keys in the wrong place; null when nothing stands out. */
  readonly hint: string | null;
}

/**
 * Tells an organisation config from a schedule config by its keys — an organisation has
 * `name`, `hours`, `contacts`, `units`, addresses (or a near-typo of one: `hour`) — and
 * says what it looks like and what is missing: `kommun.json looks like an organisation
 * config (it has "name", "contacts") but has no "hours"`. Throws `TypeError` when the
 * config is not a JSON object at all.
 *
 * @example
 * configKind({ name: "Biblioteket", hour: {} }, "bib.json")
 * // => { kind: "organization", hint: 'bib.json looks like an organisation config (it has "name", "hour") but has no "hours" (is "hour" a typo of it?)' }
 * configKind({ weekly: {} }, "x.json") // => { kind: "schedule", hint: null }
 */
export function configKind(json: unknown, name: string): ConfigKind {
  if (!isPlainObject(json)) {
    throw new TypeError(`${name} must hold a JSON object — an organisation { "name": …, "hours": … } or a schedule { "weekly": … } — got ${describe(json)}`);
  }
  const keys = Object.keys(json);
  // `timeZone` and `calendar` belong to both kinds, so they tell neither.
  const shared = (key: string) => key !== "timeZone" && key !== "calendar";
  const organizationKeys = Object.keys(OrganizationConfigSchema.shape).filter(shared);
  const scheduleKeys = Object.keys(ScheduleConfigSchema.shape).filter(shared);
  const typoOf = (key: string) => (organizationKeys.includes(key) || scheduleKeys.includes(key) ? null : closestMatch(key, organizationKeys));
  const telling = keys.filter((key) => organizationKeys.includes(key) || (typoOf(key) !== null && closestMatch(key, scheduleKeys) === null));
  if (telling.length === 0) return { kind: "schedule", hint: null };

  const missing: string[] = [];
  const hasUnits = Array.isArray(json.units) && json.units.length > 0;
  const typoFor = (wanted: string) => keys.find((key) => typoOf(key) === wanted);
  const describeMissing = (key: string, explanation: string) => {
    const typo = typoFor(key);
    return typo ? `"${key}" (is "${typo}" a typo of it?)` : `"${key}" (${explanation})`;
  };
  if (!("name" in json)) missing.push(describeMissing("name", 'the organisation\'s name, e.g. "Arjeplogs kommun"'));
  if (!("hours" in json) && !hasUnits) missing.push(describeMissing("hours", 'its opening hours, a schedule such as { "weekly": { "mon": ["08:00-16:00"] } }'));
  const misplaced = keys.filter((key) => scheduleKeys.includes(key));

  const parts: string[] = [];
  if (missing.length > 0) parts.push(`but has no ${missing.join(" and no ")}`);
  if (misplaced.length > 0) parts.push(`${misplaced.map((key) => `"${key}"`).join(", ")} belong${misplaced.length === 1 ? "s" : ""} inside "hours"`);
  if (parts.length === 0) return { kind: "organization", hint: null };
  const shown = telling.slice(0, 4).map((key) => `"${key}"`).join(", ");
  return { kind: "organization", hint: `${name} looks like an organisation config (it has ${shown}) ${parts.join("; ")}` };
}

import { isOrganization } from "../contacts/isOrganization";
import type { Organization, Unit } from "../contacts/createOrganization";
import { defaultUnit, unitMatchMessage } from "../contacts/findUnit";
import type { Schedule } from "../schedule/createSchedule";
import { ToolError } from "./toolError";
import type { ChatTool } from "./tools";

/*
 * The `unit` argument of the chat tools (SPEC §9): which of an organisation's places a
 * tool answers for. A name goes through findUnit, so "biblioteket" or "Simhallen i
 * Arjeplog" work as well as an id; a name that fits several units, or none, is a
 * ToolError that lists them, for the model to ask the person or to try again.
 */

/** Which place a tool call answers for. */
export interface ToolPlace {
  readonly schedule: Schedule;
  /** The unit, for an organisation (its own place or one of its units); null for a bare schedule. */
  readonly unit: Unit | null;
  /** Whether the answer should say which unit it is for: when the organisation has several. */
  readonly named: boolean;
}

/**
 * The place a tool answers for: the unit named by the `unit` argument, else `defaultUnitId`
 * (`oppettider mcp --unit`), else the organisation's own place or only unit. Throws
 * ToolError when the name is unclear or unknown, when an organisation of several units
 * without hours of its own gets no unit, or when a bare schedule gets one.
 *
 * @example
 * placeForTool(exempla, "is_open", "biblioteket").unit?.id // => "biblioteket"
 * placeForTool(exempla, "is_open", "hallen") // ToolError: unclear unit "hallen": it could be …
 */
export function placeForTool(target: Organization | Schedule, tool: string, unitText: string | undefined, defaultUnitId?: string): ToolPlace {
  if (!isOrganization(target)) {
    if (unitText !== undefined) throw new ToolError(tool, `${tool}: this is the opening hours of one place, without units; leave out unit`, ["unit: no units here"]);
    return { schedule: target, unit: null, named: false };
  }
  const named = target.units.length > 1;
  const text = unitText ?? defaultUnitId;
  if (text !== undefined) {
    const found = target.findUnit(text);
    if (!found.unit) {
      const message = unitMatchMessage(found);
      throw new ToolError(tool, `${tool}: ${message}`, [`unit: ${message}`]);
    }
    return { schedule: found.unit.hours, unit: found.unit, named };
  }
  const unit = defaultUnit(target.units);
  if (!unit) {
    const list = target.units.map((u) => `${u.id} (${u.name})`).join(", ");
    const message = `${target.name} has ${target.units.length} units and no opening hours of its own: give unit, one of ${list}`;
    throw new ToolError(tool, `${tool}: ${message}`, [`unit: ${message}`]);
  }
  return { schedule: unit.hours, unit, named };
}

/**
 * A tool's description for a target: given an organisation, it names the organisation and,
 * when there are several, its units by id and name, so that a model knows what `unit` to pass.
 *
 * @example
 * toolDescription(CHAT_TOOLS[0], exempla)
 * // => "Whether the organisation is open … Organisation: Exempla kommun. Units (pass one as unit): kommunhuset (Kommunhuset), biblioteket (Exempla bibliotek), …"
 */
export function toolDescription(tool: ChatTool, target: Organization | Schedule | undefined): string {
  if (target === undefined || !isOrganization(target)) return tool.description;
  return `${tool.description} ${placesSentence(target)}`;
}

/**
 * The organisation and its units in one sentence, for descriptions and instructions.
 *
 * @example
 * placesSentence(exempla) // => "Organisation: Exempla kommun. Units (pass one as unit): kommunhuset (Kommunhuset), … No unit: …"
 */
export function placesSentence(organization: Organization): string {
  if (organization.units.length <= 1) return `Organisation: ${organization.name}.`;
  const list = organization.units.map((unit) => `${unit.id} (${unit.name}${unit.aliases.length > 0 ? `; also ${unit.aliases.join(", ")}` : ""})`).join(", ");
  const fallback = defaultUnit(organization.units);
  return (
    `Organisation: ${organization.name}. Units (pass one as unit, by id or name): ${list}. ` +
    (fallback ? `Without unit: ${fallback.name}.` : "Without unit there is no answer: it has no hours of its own.")
  );
}

import type { Organization } from "../contacts/createOrganization";
import { defaultUnit, unitMatchMessage } from "../contacts/findUnit";
import type { Place } from "../contacts/place";
import type { Loaded } from "./loadConfig";
import { UsageError } from "./usageError";

/** What a one-place command answers for: the loaded config, narrowed to one place. */
export interface Selected extends Loaded {
  /** The place (a unit, or the organisation's own place), or null for a bare schedule. */
  readonly place: Place | null;
}

/**
 * Narrows a loaded config to the place `--unit` names (by id or name, through findUnit),
 * or without `--unit` to the organisation's own place or only unit. Throws UsageError (exit
 * 2) for an unclear or unknown unit (listing the candidates), for `--unit` on a schedule
 * config, and for an organisation of several units and no own hours without `--unit`: the
 * CLI never picks one of them silently.
 *
 * @example
 * selectPlace(loadConfig("examples/organization.json"), "biblioteket").name // => "Exempla bibliotek (Exempla kommun)"
 */
export function selectPlace(loaded: Loaded, unitText: string | undefined): Selected {
  const organization = loaded.organization;
  if (!organization) {
    if (unitText !== undefined) throw new UsageError("--unit needs an organisation config with units; this config is the opening hours of one place");
    return { ...loaded, place: null };
  }
  if (unitText !== undefined) {
    const found = organization.findUnit(unitText);
    if (!found.unit) throw new UsageError(`--unit: ${unitMatchMessage(found)}`);
    return placeOf(organization, found.unit);
  }
  const unit = defaultUnit(organization.units);
  if (!unit) throw new UsageError(`${organization.name} has ${organization.units.length} units and no hours of its own: choose one with --unit (${unitList(organization)})`);
  return placeOf(organization, unit);
}

/**
 * The units of an organisation as `id (name)`, for messages.
 *
 * @example
 * unitList(exempla) // => "kommunhuset (Kommunhuset), biblioteket (Exempla bibliotek), …"
 */
export function unitList(organization: Organization): string {
  return organization.units.map((unit) => `${unit.id} (${unit.name})`).join(", ");
}

function placeOf(organization: Organization, unit: Organization["units"][number]): Selected {
  const name = unit.own ? organization.name : `${unit.name} (${organization.name})`;
  return { name, schedule: unit.hours, organization, place: unit };
}

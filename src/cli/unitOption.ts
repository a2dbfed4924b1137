import { InvalidArgumentError } from "commander";
import type { Organization } from "../contacts/createOrganization";
import type { Language } from "../schedule/rules";
import { statusText } from "../texts/statusText";

/**
 * A commander argument parser that refuses an option given twice (`--config a.json
 * --config b.json` would otherwise keep the last one silently): a usage error, exit 2.
 *
 * @example
 * new Option("--config <file>").argParser(onlyOnce("--config"))
 */
export function onlyOnce(flag: string): (value: string, previous: string | undefined) => string {
  return (value, previous) => {
    if (previous !== undefined) throw new InvalidArgumentError(`${flag} is given twice (${JSON.stringify(previous)} and ${JSON.stringify(value)}); give it once`);
    return value;
  };
}

/**
 * Every unit's status line, for `oppettider` without a command on an organisation of
 * several units and no hours of its own.
 *
 * @example
 * unitsOverview(exempla, new Date(), "sv")
 * // Exempla kommun
 * //   Kommunhuset (kommunhuset): Öppet · stänger 12.00
 * //   …
 * // (--unit ID for one unit's week)
 */
export function unitsOverview(organization: Organization, at: Date, language: Language): string {
  const width = Math.max(...organization.units.map((unit) => `${unit.name} (${unit.id})`.length));
  const lines = organization.units.map((unit) => `  ${`${unit.name} (${unit.id}):`.padEnd(width + 1)} ${statusText(unit.hours, at, { language })}`);
  const hint = language === "sv" ? "(--unit ID visar en enhets vecka)" : "(--unit ID shows one unit's week)";
  return [organization.name, ...lines, hint].join("\n");
}

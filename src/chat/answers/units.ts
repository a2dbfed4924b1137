import type { Organization } from "../../contacts/createOrganization";
import { statusText } from "../../texts/statusText";
import { isoInZone, parseChatInstant } from "../../zone/isoInstant";
import type { ChatToolArgs } from "../tools";

/* The `units` tool: the organisation's places, each with its status. */

/**
 * `units`: the organisation's places with hours, each with its status.
 *
 * @example
 * callTool(exempla, "units", { at: "2026-12-23T11:00" }).units.map((u) => [u.id, u.open])
 * // => [["kommunhuset", true], ["biblioteket", true], ["socialjouren", false], ["atervinningscentralen", false]]
 */
export interface UnitsResult {
  readonly at: string;
  readonly timeZone: string;
  readonly organization: string;
  readonly units: readonly {
    readonly id: string;
    readonly name: string;
    readonly aliases: readonly string[];
    readonly open: boolean;
    /** `Öppet · stänger 12.00`. */
    readonly text: string;
    readonly nextOpening: string | null;
    readonly nextClosing: string | null;
    readonly web: string | null;
    /** The visiting address on one line, or null. */
    readonly address: string | null;
  }[];
  /** One line a unit: `Exempla bibliotek (biblioteket): Öppet · stänger 14.00`. */
  readonly text: string;
}

/**
 * Answers `units` for an organisation: every unit with its status at `at` (default: now).
 *
 * @example
 * units(exempla, { at: "2026-12-23T11:00", language: "sv" }, () => new Date()).units.map((u) => u.id)
 * // => ["kommunhuset", "biblioteket", "socialjouren", "atervinningscentralen"]
 */
export function units(organization: Organization, args: ChatToolArgs["units"], now: () => Date): UnitsResult {
  const { language } = args;
  const timeZone = organization.timeZone;
  const at = args.at === undefined ? now() : parseChatInstant(args.at, timeZone, "at", now().getTime());
  const list = organization.units.map((unit) => {
    const status = unit.status(at);
    const address = unit.visitingAddress;
    return {
      id: unit.id,
      name: unit.name,
      aliases: [...unit.aliases],
      open: status.open,
      text: statusText(unit.hours, at, { language }),
      nextOpening: isoInZone(status.nextOpening, unit.timeZone),
      nextClosing: isoInZone(status.nextClosing, unit.timeZone),
      web: unit.web,
      address: address ? [address.streetAddress, [address.postalCode, address.locality].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null : null,
    };
  });
  return {
    at: isoInZone(at, timeZone)!,
    timeZone,
    organization: organization.name,
    units: list,
    text: list.map((unit) => `${unit.name} (${unit.id}): ${unit.text}`).join("\n"),
  };
}

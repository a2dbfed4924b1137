import { readFileSync } from "node:fs";
import { createOrganization, type Organization } from "../contacts/createOrganization";
import type { OrganizationConfig } from "../contacts/schema";
import { presets } from "../presets/index";
import { createSchedule, type Schedule } from "../schedule/createSchedule";
import type { ScheduleConfig } from "../schedule/schema";
import { UsageError } from "./usageError";

/** What the CLI answers about: a schedule, and the organisation when the config is one. */
export interface Loaded {
  readonly name: string | null;
  readonly schedule: Schedule;
  readonly organization: Organization | null;
}

/**
 * Reads `--config FILE` (an organisation or a schedule, as JSON), or the embedded
 * Arjeplog default. An organisation is recognised by its `name` and `hours` or `units`.
 *
 * @example
 * loadConfig(undefined).name // => "Arjeplogs kommun"
 */
export function loadConfig(file: string | undefined): Loaded {
  if (file === undefined) return fromOrganization(createOrganization(presets.arjeplogKommun));
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const isOrganization = typeof json === "object" && json !== null && "name" in json && ("hours" in json || "units" in json);
  if (isOrganization) return fromOrganization(createOrganization(json as OrganizationConfig));
  return { name: null, schedule: createSchedule(json as ScheduleConfig), organization: null };
}

function fromOrganization(organization: Organization): Loaded {
  return { name: organization.name, schedule: organization.hours, organization };
}

import type { Organization } from "../contacts/createOrganization";
import { createOrganization } from "../contacts/withPhones";
import type { OrganizationConfig } from "../contacts/schema";
import { presets } from "../presets/index";
import { createSchedule, type Schedule } from "../schedule/createSchedule";
import type { ScheduleConfig } from "../schedule/schema";
import { ConfigError } from "../validation/configError";
import { configKind } from "./configKind";
import { readConfigFile } from "./readConfigFile";
import { UsageError } from "./usageError";

/** What the CLI answers about: a schedule, and the organisation when the config is one. */
export interface Loaded {
  readonly name: string | null;
  readonly schedule: Schedule;
  readonly organization: Organization | null;
}

/**
 * Reads `--config FILE` (an organisation or a schedule, as JSON), or the embedded
 * Arjeplog default. An organisation is recognised by its keys (`name`, `hours`,
 * `contacts`, … or a near-typo of one); when one is incomplete the message says what it
 * looks like and what is missing, before the list of problems.
 *
 * @example
 * loadConfig(undefined).name // => "Arjeplogs kommun"
 */
export function loadConfig(file: string | undefined): Loaded {
  if (file === undefined) return fromOrganization(createOrganization(presets.arjeplogKommun));
  const json = readConfigFile(file);
  let kind: ReturnType<typeof configKind>;
  try {
    kind = configKind(json, file);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  try {
    if (kind.kind === "organization") return fromOrganization(createOrganization(json as OrganizationConfig));
    return { name: null, schedule: createSchedule(json as ScheduleConfig), organization: null };
  } catch (error) {
    if (error instanceof ConfigError && kind.hint) throw new UsageError(`${kind.hint}.\n${error.message}`);
    throw error;
  }
}

function fromOrganization(organization: Organization): Loaded {
  return { name: organization.name, schedule: organization.hours, organization };
}

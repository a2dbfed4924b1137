import { isOrganization } from "../contacts/isOrganization";
import type { Organization } from "../contacts/createOrganization";
import { createOrganization } from "../contacts/withPhones";
import type { OrganizationConfig } from "../contacts/schema";
import { ConfigError, type ConfigIssue } from "../validation/configError";

/*
 * What the service answers from: the last good organisation, and the problems of the last
 * edit that could not be loaded. A request takes the organisation once, at its start, so
 * a reload in the middle of it changes nothing for it.
 */

/** The organisation in service, and when it was loaded. */
export interface Loaded {
  readonly organization: Organization;
  /** Epoch ms of the load: the DTSTAMP of calendar answers, and `loadedAt` in /v1/health. */
  readonly loadedAt: number;
  /** Counts the loads, from 1. */
  readonly version: number;
}

/** An edit that was not loaded: when, and every problem. */
export interface Rejected {
  readonly at: number;
  readonly issues: readonly ConfigIssue[];
}

/**
 * The service's organisation, replaceable while it serves.
 *
 * @example
 * const state = createServiceState(presets.arjeplogKommun);
 * state.load(editedConfig); // => [] when it loaded, else its problems (and the old config keeps serving)
 */
export interface ServiceState {
  /** The organisation in service now. */
  current(): Loaded;
  /** The problems of the last edit when it was not loaded (cleared by a good load); else null. */
  rejected(): Rejected | null;
  /**
   * Validates and puts a new organisation in service. Returns its problems when it is not
   * valid; the last good one then keeps serving.
   */
  load(input: unknown): readonly ConfigIssue[];
  /** Records problems found before validation (a file that is not JSON). */
  reject(issues: readonly ConfigIssue[]): void;
  /** Where the config comes from, for /v1/health (a file name), or null. */
  readonly source: string | null;
}

/** An organisation, or a config to make one from. */
export { isOrganization } from "../contacts/isOrganization";

export type OrganizationInput = Organization | OrganizationConfig;


/**
 * A service state starting from an organisation or its config. Throws `ConfigError` when the
 * first config is not valid: there is nothing to serve then.
 *
 * @example
 * createServiceState(presets.arjeplogKommun, { now: Date.now, source: "kommun.json" }).current().organization.name // => "Arjeplogs kommun"
 */
export function createServiceState(input: OrganizationInput, options: { now?: () => number; source?: string | null } = {}): ServiceState {
  const now = options.now ?? Date.now;
  const organizationOf = (value: unknown) => (isOrganization(value) ? value : createOrganization(value as OrganizationConfig));
  let loaded: Loaded = Object.freeze({ organization: organizationOf(input), loadedAt: now(), version: 1 });
  let rejected: Rejected | null = null;
  return {
    current: () => loaded,
    rejected: () => rejected,
    load(value: unknown) {
      try {
        loaded = Object.freeze({ organization: organizationOf(value), loadedAt: now(), version: loaded.version + 1 });
        rejected = null;
        return [];
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        rejected = Object.freeze({ at: now(), issues: error.issues });
        return error.issues;
      }
    },
    reject(issues: readonly ConfigIssue[]) {
      rejected = Object.freeze({ at: now(), issues: Object.freeze([...issues]) });
    },
    source: options.source ?? null,
  };
}

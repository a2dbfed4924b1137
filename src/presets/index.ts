import { arjeplog } from "./arjeplog";
import { arjeplogKommun } from "./arjeplogKommun";

/**
 * Ready-made configurations: `arjeplog` (visiting hours, a schedule config) and
 * `arjeplogKommun` (the whole organisation with its contacts).
 *
 * @example
 * createSchedule(presets.arjeplog).isOpen(Date.now())
 * createOrganization(presets.arjeplogKommun).reachable(Date.now())
 */
export const presets = Object.freeze({ arjeplog, arjeplogKommun });

import { arjeplog } from "./arjeplog";

/**
 * Ready-made configurations.
 *
 * @example
 * createSchedule(presets.arjeplog).isOpen(Date.now())
 */
export const presets = Object.freeze({ arjeplog });

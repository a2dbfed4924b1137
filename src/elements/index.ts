/// <reference lib="dom" />
/**
 * The custom elements for municipal websites and kiosks: `<oppettider-status>`,
 * `<oppettider-week>`, `<oppettider-deviations>`, `<oppettider-contacts>` and `<oppettider-calendar>`. The subpath
 * `oppettider/elements` (src/entries/elements.ts) re-exports this module and defines them.
 *
 * @example
 * import "oppettider/elements";
 * // <oppettider-status config="/kommun.json"></oppettider-status>
 */
import { OppettiderCalendar } from "./calendarElement";
import { OppettiderContacts } from "./contactsElement";
import { OppettiderDeviations } from "./deviationsElement";
import { OppettiderStatus } from "./statusElement";
import { OppettiderWeek } from "./weekElement";

export { OppettiderElement } from "./baseElement";
export type { NextChange, RenderContext } from "./baseElement";
export type { Place, PlaceContact } from "./buildPlace";
export { OppettiderCalendar, OppettiderContacts, OppettiderDeviations, OppettiderStatus, OppettiderWeek };

/** The elements by tag name. */
export const ELEMENTS = {
  "oppettider-status": OppettiderStatus,
  "oppettider-week": OppettiderWeek,
  "oppettider-deviations": OppettiderDeviations,
  "oppettider-contacts": OppettiderContacts,
  "oppettider-calendar": OppettiderCalendar,
} as const;

/**
 * Defines the five elements unless the page already has them (a second copy of the
 * script is harmless). Does nothing outside a browser.
 *
 * @example
 * defineOppettiderElements();
 * document.createElement("oppettider-status") instanceof OppettiderStatus // => true
 */
export function defineOppettiderElements(): void {
  if (typeof customElements === "undefined") return;
  for (const [name, element] of Object.entries(ELEMENTS)) if (!customElements.get(name)) customElements.define(name, element);
}

/// <reference lib="dom" />
/**
 * oppettider/elements — drop-in custom elements for municipal websites and kiosks:
 * `<oppettider-status>`, `<oppettider-week>`, `<oppettider-deviations>`,
 * `<oppettider-contacts>` and `<oppettider-calendar>`. Importing this module defines them (once, and only in a browser).
 * It is the one module of the package with a side effect, listed under "sideEffects" in
 * package.json so that bundlers keep `import "oppettider/elements"`.
 *
 * @example
 * import "oppettider/elements";
 * // <oppettider-status config="/kommun.json"></oppettider-status>
 */
import { defineOppettiderElements } from "../elements/index";

export * from "../elements/index";

defineOppettiderElements();

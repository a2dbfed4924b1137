import { DAY_KINDS, NAMED_DAYS, WEEKDAYS } from "../index";
import { el, field } from "./dom";
import { hoursToText, textToHours } from "./hoursField";
import { weekdayNames, word, type StudioLanguage } from "./words";

/* The form of one unit's hours: weekly hours, day kinds and named days. Exceptions have a form of their own. */

/** A config being edited: plain JSON, changed in place. */
export type EditedConfig = { name?: string; units: ({ id?: string; name?: string; hours?: Record<string, unknown> } & Record<string, unknown>)[] } & Record<string, unknown>;

const DAY_KIND_WORDS: Record<string, Record<StudioLanguage, string>> = {
  publicHoliday: { sv: "Röda dagar", en: "Public holidays" },
  workFreeEve: { sv: "Midsommar-, jul- och nyårsafton", en: "Midsummer, Christmas and New Year's Eve" },
  bridgeDay: { sv: "Klämdag", en: "Bridge day" },
  dayBeforeEve: { sv: "Dag före afton", en: "Day before an eve" },
  dayBeforeRedDay: { sv: "Dag före röd dag", en: "Day before a public holiday" },
};

/**
 * What the form edits: a unit (`units[i]`) or the organisation's own place (its top-level
 * `hours` and `contacts`, path ""), so that one set of forms serves both.
 */
export interface EditedPlace {
  readonly node: { name?: string; hours?: Record<string, unknown> } & Record<string, unknown>;
  /** The ConfigError path of the place: "units[0]", or "" for the organisation's own. */
  readonly path: string;
}

/**
 * A key's ConfigError path under a place: `under("units[0]", "hours")` is "units[0].hours",
 * `under("", "hours")` is "hours".
 *
 * @example
 * under("", "contacts") // => "contacts"
 */
export function under(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * Renders the organisation name and a place's hours form into `form`; every change is
 * written into `config` and reported with `changed()`.
 *
 * @example
 * renderUnitForm(form, config, { node: config.units[0], path: "units[0]" }, "sv", () => refresh());
 */
export function renderUnitForm(form: HTMLElement, config: EditedConfig, place: EditedPlace, language: StudioLanguage, changed: (rerender?: boolean) => void): void {
  const unit = place.node;
  const hours = (unit.hours ??= {}) as Record<string, unknown>;
  const base = under(place.path, "hours");
  const org = field("org-name", word("orgName", language), config.name ?? "", "name");
  org.input.addEventListener("change", () => ((config.name = org.input.value), changed()));
  // The organisation's own place is named by the organisation's name, above.
  const unitName = place.path ? field("unit-name", word("unitName", language), unit.name ?? "", under(place.path, "name")) : null;
  unitName?.input.addEventListener("change", () => ((unit.name = unitName.input.value), changed()));

  const weekly = (hours.weekly ??= {}) as Record<string, unknown>;
  const weeklyFields = WEEKDAYS.map((day, i) => {
    const f = field(`weekly-${day}`, weekdayNames(language)[i]!, hoursToText(weekly[day]), `${base}.weekly.${day}`);
    f.input.addEventListener("change", () => {
      const value = textToHours(f.input.value);
      if (Array.isArray(value) && value.length === 0) delete weekly[day];
      else weekly[day] = value;
      changed();
    });
    return f.wrapper;
  });

  const dayKinds = (hours.dayKinds ??= {}) as Record<string, { hours: unknown } | undefined>;
  const kindFields = DAY_KINDS.map((kind) => {
    const f = field(`daykind-${kind}`, DAY_KIND_WORDS[kind]?.[language] ?? kind, hoursToText(dayKinds[kind]?.hours), `${base}.dayKinds.${kind}`, language === "sv" ? "tomt = som vanligt" : "empty = as usual");
    f.input.addEventListener("change", () => {
      if (f.input.value.trim() === "") delete dayKinds[kind];
      else dayKinds[kind] = { hours: textToHours(f.input.value) };
      changed();
    });
    return f.wrapper;
  });

  form.replaceChildren(
    org.wrapper,
    ...(unitName ? [unitName.wrapper] : []),
    el("fieldset", {}, el("legend", {}, word("weekly", language)), el("p", { class: "hint" }, word("hoursHint", language)), ...weeklyFields),
    el("fieldset", {}, el("legend", {}, word("dayKinds", language)), ...kindFields),
    namedDaysFieldset(hours, base, language, changed),
  );
}

function namedDaysFieldset(hours: Record<string, unknown>, base: string, language: StudioLanguage, changed: (rerender?: boolean) => void): HTMLElement {
  const named = (hours.namedDays ??= {}) as Record<string, { hours: unknown }>;
  const fieldset = el("fieldset", { "data-path": `${base}.namedDays` }, el("legend", {}, word("namedDays", language)));
  fieldset.append(el("span", { class: "problems", "data-problems-for": `${base}.namedDays`, role: "status" }));
  for (const [name, rule] of Object.entries(named)) {
    const f = field(`named-${name}`, name, hoursToText(rule.hours), `${base}.namedDays.${name}`);
    f.input.addEventListener("change", () => ((named[name] = { ...rule, hours: textToHours(f.input.value) }), changed()));
    const remove = el("button", { type: "button" }, `${word("remove", language)}: ${name}`);
    remove.addEventListener("click", () => (delete named[name], changed(true)));
    f.wrapper.append(remove);
    fieldset.append(f.wrapper);
  }
  const picker = el("select", { id: "named-day-pick" }, ...NAMED_DAYS.filter((n) => !(n in named)).map((n) => el("option", { value: n }, n)));
  const add = el("button", { type: "button", id: "add-named-day" }, word("addNamedDay", language));
  add.addEventListener("click", () => ((named[picker.value] = { hours: [] }), changed(true)));
  fieldset.append(el("div", { class: "field" }, el("label", { for: "named-day-pick" }, word("addNamedDay", language)), picker, add));
  return fieldset;
}

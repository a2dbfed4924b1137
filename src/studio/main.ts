import { presets, type Organization } from "../index";
import { explainDay } from "../schedule/explainDay";
import { renderCalendar } from "./calendarPane";
import { renderUnitForm, under, type EditedConfig, type EditedPlace } from "./configForm";
import { el } from "./dom";
import { renderContacts } from "./contactsForm";
import { renderExceptions } from "./exceptionsForm";
import { renderExports } from "./exportPane";
import { mountFileIo } from "./fileIo";
import { renderNextYear } from "./nextYear";
import { renderPeriods } from "./periodsForm";
import { checkConfig, showProblems } from "./problems";
import { mountSavePane } from "./savePane";
import { mountTextPane } from "./textPane";
import { whyInWords } from "./whyDay";
import { languageOf, word } from "./words";

/* The studio page: wires the panes to one config being edited. */

const language = languageOf(location.href);
const served = location.protocol === "http:" || location.protocol === "https:";
document.documentElement.lang = language;
document.title = word("title", language);

let config = startingConfig();
/** Which place the form edits: a unit's index, or OWN for the organisation's own hours. */
const OWN = -1;
let unitIndex = 0;
let lastGood: Organization | null = null;
/** The config (JSON) lastGood was made from: the calendar element reads it. */
let lastGoodJson = "";
const today = new Date().toISOString().slice(0, 10);
let year = Number(today.slice(0, 4));
let picked = today;

const section = (id: string) => el("section", { id: `pane-${id}` });
const toggle = new URL(location.href);
toggle.searchParams.set("lang", language === "sv" ? "en" : "sv");
const problems = el("div", { id: "problems", role: "region", "aria-label": word("problems", language) });
const textSection = section("text");
const formSection = section("form");
const unitPicker = el("select", { id: "unit-pick" });
const form = el("div", { id: "unit-form" });
const periods = el("div", { id: "periods" });
const exceptions = el("div", { id: "exceptions" });
const contacts = el("div", { id: "contacts" });
const calendarSection = section("calendar");
const yearPicker = el("input", { id: "year-pick", type: "number", min: "1900", max: "2100", step: "1" });
const calendarPane = el("div", { id: "calendar-pane" });
const why = el("div", { id: "why", role: "status" });
const nextYear = el("div", { id: "next-year" });
const exportSection = section("export");
const outputs = el("div", { id: "outputs" });
const saveSection = section("save");

document.body.replaceChildren(
  el("header", {}, el("h1", {}, word("title", language)), el("a", { href: toggle.search, id: "lang-toggle", lang: language === "sv" ? "en" : "sv" }, word("language", language))),
  el("main", {}, problems, textSection, formSection, calendarSection, exportSection, saveSection),
);
formSection.append(el("h2", {}, word("formHeading", language)), el("div", { class: "field" }, el("label", { for: "unit-pick" }, word("unit", language)), unitPicker), form, periods, exceptions, contacts);
calendarSection.append(el("h2", {}, word("calendarHeading", language)), el("div", { class: "field" }, el("label", { for: "year-pick" }, word("year", language)), yearPicker), calendarPane, why, nextYear);
textSection.setAttribute("aria-label", word("textHeading", language));
exportSection.setAttribute("aria-label", word("exportHeading", language));
saveSection.setAttribute("aria-label", word("saveHeading", language));

mountTextPane(textSection, language, (reading) => {
  const hours = (place().node.hours ??= {});
  Object.assign(hours, reading.config);
  refresh(true);
});
const files = mountFileIo(exportSection, language, (json) => load(json), (message) => problems.replaceChildren(el("p", { class: "problem" }, message)));
exportSection.append(outputs);
if (served) mountSavePane(saveSection, language, location.origin, () => config, (saved) => load(saved));
else saveSection.append(el("h2", {}, word("saveHeading", language)), el("p", {}, word("notServed", language)));

yearPicker.addEventListener("change", () => {
  const chosen = Number(yearPicker.value);
  if (Number.isInteger(chosen) && chosen >= 1900 && chosen <= 2100) ((year = chosen), refresh(false));
});
unitPicker.addEventListener("change", () => ((unitIndex = Number(unitPicker.value)), refresh(true)));

function load(json: unknown): void {
  config = json as EditedConfig;
  unitIndex = 0;
  refresh(true);
}

/** Checks the config and redraws what depends on it; `rerender` also redraws the form. */
function refresh(rerender: boolean): void {
  if (isScheduleFile(config)) {
    // A plain schedule file (weekly hours at the top level): the form edits organisations, and
    // must not turn the file into one before a save.
    problems.replaceChildren(el("p", { class: "problem" }, word("scheduleFile", language)));
    for (const pane of [form, periods, exceptions, contacts, calendarPane, why, nextYear, outputs]) pane.replaceChildren();
    unitPicker.replaceChildren();
    files.update(config, (config.id as string | undefined) ?? "oppettider");
    return;
  }
  const hasOwn = config.hours !== undefined;
  const units = Array.isArray(config.units) ? config.units : [];
  // A new, empty organisation gets a unit to fill in; one with its own hours is edited as it is.
  if (units.length === 0 && !hasOwn) config.units = [{ id: "enhet", name: "Enhet", hours: {} }];
  if (unitIndex === OWN ? !hasOwn : unitIndex >= (config.units?.length ?? 0)) unitIndex = hasOwn ? OWN : 0;
  if (rerender) {
    const ownOption = hasOwn ? [el("option", { value: String(OWN) }, `${config.name || word("ownPlace", language)} (${word("ownPlace", language)})`)] : [];
    unitPicker.replaceChildren(...ownOption, ...(config.units ?? []).map((u, i) => el("option", { value: String(i) }, u.name || String(i + 1))));
    unitPicker.value = String(unitIndex);
    const edited = place();
    const hours = (edited.node.hours ??= {});
    const hoursPath = under(edited.path, "hours");
    renderUnitForm(form, config, edited, language, (again) => refresh(again === true));
    renderPeriods(periods, hours, hoursPath, language, (again) => refresh(again === true));
    renderContacts(contacts, edited.node, edited.path, language, (again) => refresh(again === true));
    exceptionForm = renderExceptions(exceptions, hours, hoursPath, language, (again) => refresh(again === true));
  }
  yearPicker.value = String(year);
  const checked = checkConfig(config);
  showProblems(document.body, problems, checked.issues, language);
  if (checked.organization) ((lastGood = checked.organization), (lastGoodJson = JSON.stringify(config)));
  files.update(config, (config.id as string | undefined) ?? "oppettider");
  if (!lastGood) return;
  const id = unitIndex === OWN ? null : config.units[unitIndex]!.id;
  const unit = (id === null ? lastGood.units.find((u) => u.own) : lastGood.units.find((u) => !u.own && u.id === id)) ?? lastGood.units[0]!;
  renderCalendar(calendarPane, { configJson: lastGoodJson, unitId: unit.own ? null : unit.id, year }, language, pickDay);
  showWhy();
  renderNextYear(nextYear, unit.hours, year, language);
  renderExports(outputs, config, lastGood, unit.id, language, served ? location.origin : null);

  function showWhy(): void {
    const words = whyInWords(explainDay(unit.hours, picked), language);
    why.replaceChildren(
      el("h3", {}, `${word("why", language)}: ${picked}`),
      el("p", { id: "why-text" }, words.hours, " ", el("span", { id: "why-rule" }, words.rule), words.overrides ? " " : "", words.overrides ? el("span", { id: "why-overrides" }, words.overrides) : ""),
    );
  }
}

let exceptionForm = { openFor: (_date: string) => undefined as void };
function pickDay(date: string): void {
  picked = date;
  refresh(false);
  exceptionForm.openFor(date);
}

/** Without a saved config: Arjeplogs kommun's hours (the embedded default) as one unit to edit. */
/** The place the form edits. */
function place(): EditedPlace {
  return unitIndex === OWN ? { node: config, path: "" } : { node: config.units[unitIndex]!, path: `units[${unitIndex}]` };
}

/** Whether the config is a plain schedule (weekly hours at the top level), not an organisation. */
function isScheduleFile(edited: EditedConfig): boolean {
  const record = edited as unknown as Record<string, unknown>;
  if (record.units !== undefined || record.hours !== undefined) return false;
  return record.weekly !== undefined || record.periods !== undefined || record.exceptions !== undefined;
}

function startingConfig(): EditedConfig {
  const preset = JSON.parse(JSON.stringify(presets.arjeplogKommun)) as { name: string; timeZone: string; hours: Record<string, unknown>; contacts?: unknown };
  return { id: "arjeplogs-kommun", name: preset.name, timeZone: preset.timeZone, units: [{ id: "kommunhuset", name: preset.name, hours: preset.hours, contacts: preset.contacts }] };
}

async function start(): Promise<void> {
  if (served) {
    try {
      const response = await fetch(`${location.origin}/v1/config`, { cache: "no-store" });
      if (response.ok) config = (await response.json()) as EditedConfig;
    } catch {
      // No edit API: start from the default.
    }
  }
  refresh(true);
}
void start();

import { summaryText, toSchemaOrg, type Organization } from "../index";
import { el } from "./dom";
import { word, type StudioLanguage } from "./words";

/**
 * The outputs of a valid config: its JSON, the summary in Swedish and English, the embed
 * snippet, schema.org JSON-LD and (when served) the iCalendar link.
 *
 * @example
 * renderExports(section, config, organization, "biblioteket", "sv", "http://127.0.0.1:8080");
 */
export function renderExports(section: HTMLElement, config: unknown, organization: Organization, unitId: string, language: StudioLanguage, serviceOrigin: string | null): void {
  const unit = organization.unit(unitId);
  const output = (id: string, label: string, text: string) =>
    el("div", { class: "output" }, el("label", { for: id }, label), Object.assign(el("textarea", { id, readonly: "", rows: "6" }), { value: text }));
  const json = JSON.stringify(config, null, 2);
  const embed = `<script type="module" src="oppettider-elements.js"></script>\n<oppettider-week config="${organization.id}.json" unit="${unit.id}"></oppettider-week>`;
  const jsonLd = JSON.stringify(toSchemaOrg(unit, { from: new Date().toISOString().slice(0, 10), days: 60 }), null, 2);
  section.replaceChildren(
    el("h2", {}, word("exportHeading", language)),
    output("out-json", word("config", language), json),
    output("out-summary-sv", word("summarySv", language), summaryText(unit.hours, { language: "sv" })),
    output("out-summary-en", word("summaryEn", language), summaryText(unit.hours, { language: "en" })),
    output("out-embed", word("embed", language), embed),
    output("out-jsonld", word("jsonLd", language), jsonLd),
  );
  if (serviceOrigin) {
    const href = `${serviceOrigin}/v1/units/${encodeURIComponent(unit.id)}/calendar.ics`;
    section.append(el("p", {}, `${word("ics", language)}: `, el("a", { href, id: "ics-link" }, href)));
  }
}

import { el, field } from "./dom";
import { word, type StudioLanguage } from "./words";
import { under } from "./configForm";

type Contact = { id?: string; name?: string; phones?: unknown[]; emails?: unknown[] } & Record<string, unknown>;

/** A comma list as typed ("a, b") and back; entries that are not strings (a phone with a type) stay as they are. */
const listText = (list: unknown[] | undefined) => (list ?? []).map((item) => (typeof item === "string" ? item : JSON.stringify(item))).join(", ");
const textList = (text: string) => text.split(",").map((item) => item.trim()).filter(Boolean).map((item) => (item.startsWith("{") ? safeJson(item) : item));
const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * A unit's contact points: name, phones and e-mail addresses of each, and one to add. Their
 * own hours, when they have any, stay as they are in the config.
 *
 * @example
 * renderContacts(section, unit, "units[0]", "sv", changed);
 */
export function renderContacts(section: HTMLElement, unit: Record<string, unknown>, base: string, language: StudioLanguage, changed: (rerender?: boolean) => void): void {
  const contacts = (unit.contacts ??= []) as Contact[];
  const boxes = contacts.map((contact, i) => {
    const path = `${under(base, "contacts")}[${i}]`;
    const name = field(`contact-${i}-name`, word("contactName", language), contact.name ?? "", `${path}.name`);
    const phones = field(`contact-${i}-phones`, word("contactPhones", language), listText(contact.phones), `${path}.phones`, word("listHint", language));
    const emails = field(`contact-${i}-emails`, word("contactEmails", language), listText(contact.emails), `${path}.emails`, word("listHint", language));
    name.input.addEventListener("change", () => ((contact.name = name.input.value), changed()));
    phones.input.addEventListener("change", () => ((contact.phones = textList(phones.input.value)), changed()));
    emails.input.addEventListener("change", () => ((contact.emails = textList(emails.input.value)), changed()));
    const remove = el("button", { type: "button" }, `${word("remove", language)}: ${contact.name ?? i + 1}`);
    remove.addEventListener("click", () => (contacts.splice(i, 1), changed(true)));
    return el("fieldset", { class: "contact" }, el("legend", {}, contact.name || String(i + 1)), el("span", { class: "problems", "data-problems-for": path, role: "status" }), name.wrapper, phones.wrapper, emails.wrapper, remove);
  });
  const add = el("button", { type: "button", id: "add-contact" }, word("addContact", language));
  add.addEventListener("click", () => (contacts.push({ id: `kontakt-${contacts.length + 1}`, name: word("contactNew", language), phones: [] }), changed(true)));
  section.replaceChildren(el("h3", {}, word("contacts", language)), el("span", { class: "problems", "data-problems-for": under(base, "contacts"), role: "status" }), ...boxes, add);
}

/// <reference lib="dom" />
import { capitalize } from "../texts/words";
import { OppettiderElement, type NextChange, type RenderContext } from "./baseElement";
import type { PlaceContact } from "./buildPlace";
import { h, title } from "./dom";
import { CONTACTS_CSS, LIST_CSS } from "./styles";

/**
 * `<oppettider-contacts>`: the contact points with phone (`tel:`) and e-mail links, whether
 * each can be reached now and until when (or when next), and a vCard to save. A phone
 * link reads "Ring Medborgarservice, 0961-144 44" to a screen reader and shows the number.
 * With `reachable`, only those that answer the phone now ("Nås i telefon just nu"), or
 * who answers next. `heading` (2–6) and `label` as on `<oppettider-deviations>`.
 *
 * @example
 * <oppettider-contacts config="/kommun.json" heading="2"></oppettider-contacts>
 */
export class OppettiderContacts extends OppettiderElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, "reachable", "heading", "label"];
  }

  protected override readonly withContacts = true;
  protected override readonly css = LIST_CSS + CONTACTS_CSS;

  protected render(content: HTMLElement, context: RenderContext): NextChange {
    const { place, now, words, nextDay } = context;
    const onlyReachable = this.hasAttribute("reachable");
    let next = nextDay;
    for (const contact of place.contacts) next = Math.min(next, contact.nextChange(now) ?? Infinity);
    // A contact known only from the service's answer, past the change it named: ask again.
    if (place.contacts.some((contact) => contact.stale(now))) this.refresh();

    const heading = title(this, onlyReachable ? words.reachableNow : words.contacts, "title");
    const shown = onlyReachable ? place.contacts.filter((contact) => contact.phones.length > 0 && contact.reachableAt(now) === true) : place.contacts;
    if (shown.length === 0) {
      content.replaceChildren(heading, h("p", { part: "empty" }, onlyReachable ? nobodyNow(place.contacts, context) : ""));
      return next;
    }
    content.replaceChildren(heading, h("ul", { part: "list", "aria-labelledby": "title" }, ...shown.map((contact) => this.#card(contact, context, onlyReachable))));
    return next;
  }

  #card(contact: PlaceContact, { now, language, words }: RenderContext, onlyReachable: boolean): HTMLElement {
    const card = h("li", { part: "contact", "data-contact": contact.id }, h("span", { part: "name" }, contact.title));
    if (contact.role) card.append(" ", h("span", { part: "role" }, contact.role));
    const ways = h("ul", { part: "ways" });
    for (const phone of contact.phones) {
      // The visible number is inside the link's name: "Ring Medborgarservice, 0961-144 44".
      const link = h("a", { part: "phone", href: phone.uri }, h("span", { class: "vh" }, words.call(contact.title)), phone.display);
      ways.append(h("li", {}, h("span", { part: "way-label" }, phone.type === "cell" ? words.mobile : words.phone), " ", link));
    }
    if (!onlyReachable) for (const email of contact.emails) ways.append(h("li", {}, h("span", { part: "way-label" }, words.email), " ", h("a", { part: "email", href: email.uri }, email.address)));
    card.append(ways);

    const reachable = contact.reachableAt(now);
    const text = contact.reachText(now, language);
    if (reachable !== null && text !== null) card.append(h("p", { part: "reach", "data-reachable": String(reachable) }, h("span", { part: "icon", "aria-hidden": "true" }), capitalize(text)));
    if (contact.vCard && !onlyReachable) {
      const href = `data:text/vcard;charset=utf-8,${encodeURIComponent(contact.vCard)}`;
      // The visible words start the link's name (no aria-label that would differ from them).
      card.append(h("a", { part: "vcard", href, download: `${contact.id}.vcf` }, words.saveContact, h("span", { class: "vh" }, words.saveContactOf(contact.title))));
    }
    return card;
  }
}

/** "Ingen nås i telefon just nu. Medborgarservice nås måndag 28 december kl. 08.00." */
function nobodyNow(contacts: readonly PlaceContact[], { now, language, words }: RenderContext): string {
  let first: { contact: PlaceContact; at: number } | null = null;
  for (const contact of contacts) {
    if (contact.phones.length === 0) continue;
    const at = contact.nextReachable(now);
    if (at !== null && (first === null || at < first.at)) first = { contact, at };
  }
  if (!first) return words.nobodyNow;
  return `${words.nobodyNow} ${first.contact.title} ${first.contact.reachText(now, language)}.`;
}

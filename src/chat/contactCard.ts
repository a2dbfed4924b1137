import type { ContactPoint } from "../contacts/contactPoint";
import type { PhoneType } from "../contacts/phone";

/**
 * Who a contact is and how to reach it, as answers give it: the chat tools' `contacts` and the
 * service's `/contacts` alike (each adds whether and when the contact can be reached).
 *
 * @example
 * contactCard(kommun.contact("vaxel")).phones[0].uri // => "tel:+4696114000"
 */
export function contactCard(contact: ContactPoint): ContactCard {
  return {
    id: contact.id,
    name: contact.name,
    role: contact.role,
    person: contact.person ? { ...contact.person } : null,
    phones: contact.phones.map((phone) => ({ display: phone.display, e164: phone.e164, international: phone.international, uri: phone.uri, type: phone.type })),
    emails: contact.emails.map((email) => ({ address: email.address, uri: email.uri })),
    web: contact.web,
  };
}

/**
 * A contact's card: name, role, person, phones (display, E.164, international, `tel:` URI),
 * e-mail addresses and web page.
 *
 * @example
 * const card: ContactCard = contactCard(kommun.contact("medborgarservice"));
 */
export interface ContactCard {
  readonly id: string;
  readonly name: string;
  readonly role: string | null;
  readonly person: { readonly name: string; readonly title?: string } | null;
  readonly phones: readonly {
    readonly display: string;
    readonly e164: string;
    readonly international: string;
    readonly uri: string;
    readonly type: PhoneType;
  }[];
  readonly emails: readonly { readonly address: string; readonly uri: string }[];
  readonly web: string | null;
}

import type { PostalAddressLeaf } from "schema-dts";
import type { Address } from "../contacts/schema";
import type { SchemaOrgPostalAddress } from "./jsonLdTypes";

/**
 * An organisation's address as a schema.org `PostalAddress`: `streetAddress`,
 * `postOfficeBoxNumber`, `postalCode`, `addressLocality` and `addressCountry`, each only when
 * the address has it. The country is written as configured (Google recommends the ISO 3166-1
 * alpha-2 code, `"SE"`).
 *
 * @example
 * toSchemaOrgAddress({ streetAddress: "Torget 1", postalCode: "938 31", locality: "Arjeplog", country: "SE" })
 * // => { "@type": "PostalAddress", streetAddress: "Torget 1", postalCode: "938 31", addressLocality: "Arjeplog", addressCountry: "SE" }
 */
export function toSchemaOrgAddress(address: Readonly<Address>): SchemaOrgPostalAddress {
  return {
    "@type": "PostalAddress",
    ...(address.streetAddress !== undefined && { streetAddress: address.streetAddress }),
    ...(address.postOfficeBox !== undefined && { postOfficeBoxNumber: address.postOfficeBox }),
    ...(address.postalCode !== undefined && { postalCode: address.postalCode }),
    ...(address.locality !== undefined && { addressLocality: address.locality }),
    ...(address.country !== undefined && { addressCountry: address.country }),
  } satisfies PostalAddressLeaf;
}

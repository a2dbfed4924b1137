// The elements as one file for a <script type="module"> tag (issue #12): the library and its
// dependencies inside, at most 45 KB gzipped, measured on the file the packed package ships
// (dist/browser/oppettider-elements.js, built by scripts/build-elements.mjs). libphonenumber-js
// is in a second file beside it, loaded only by a page that shows contacts; of luxon only its
// IANAZone is in (scripts/luxonZone.mjs), as in the rest of the package.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, inject, it } from "vitest";

const BUDGET_GZIP_BYTES = 45 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

describe("dist/browser/oppettider-elements.js, as the package ships it", () => {
  let elements = "";
  let phone = "";

  beforeAll(() => {
    const browser = join(inject("consumer"), "node_modules/oppettider/dist/browser");
    elements = readFileSync(join(browser, "oppettider-elements.js"), "utf8");
    phone = readFileSync(join(browser, "oppettider-elements-phone.js"), "utf8");
    console.log(
      `oppettider-elements.js: ${kb(Buffer.byteLength(elements))} minified, ${kb(gzip(elements))} gzipped (budget ${kb(BUDGET_GZIP_BYTES)}); ` +
        `oppettider-elements-phone.js: ${kb(gzip(phone))} gzipped, loaded only for contacts`,
    );
  });

  it("is at most 45 KB minified and gzipped", () => {
    expect(gzip(elements)).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it("has the library inside: the five elements, zod/mini and the Swedish holidays' names", () => {
    for (const tag of ["oppettider-status", "oppettider-week", "oppettider-deviations", "oppettider-contacts", "oppettider-calendar"]) expect(elements).toContain(tag);
    expect(elements).toContain("$ZodType"); // zod's core
    expect(elements).toContain("Sveriges nationaldag"); // swedish-holidays' names (ASCII: the file escapes å, ä, ö)
  });

  it("imports nothing statically; only the phone file, on demand", () => {
    expect(elements).not.toMatch(/(?:^|[;}\s])import\s*[{*"'\w]/); // no static import statement
    expect(elements).toContain("oppettider-elements-phone.js");
    expect(phone).toContain("country_calling_codes"); // libphonenumber-js's metadata is in the phone file…
    expect(elements).not.toContain("country_calling_codes"); // …and not in the elements file
  });

  it("has luxon's IANAZone for the zone offsets, not the whole of luxon", () => {
    expect(elements).toContain("Intl.DateTimeFormat"); // IANAZone's way to the tz database
    expect(elements).not.toContain("Invalid DateTime"); // a text of luxon's DateTime
  });
});

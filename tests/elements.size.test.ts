// The one-file elements build for a <script type="module"> tag (scripts/build-elements.mjs):
// the library and its dependencies inside, at most 45 KB gzipped (issue #12). libphonenumber-js
// is in a second file loaded only for contacts; luxon is replaced by its Intl subset.
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { buildElements, type ElementsBuild } from "../scripts/build-elements.mjs";

const BUDGET_GZIP_BYTES = 45 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe("dist/browser/oppettider-elements.js", () => {
  let built: ElementsBuild;
  let gzip: number;

  beforeAll(async () => {
    built = await buildElements();
    gzip = gzipSync(built.elements, { level: 9 }).length;
    const phone = gzipSync(built.phone, { level: 9 }).length;
    console.log(`oppettider-elements.js: ${kb(Buffer.byteLength(built.elements))} minified, ${kb(gzip)} gzipped (budget ${kb(BUDGET_GZIP_BYTES)}); oppettider-elements-phone.js: ${kb(phone)} gzipped, loaded only for contacts`);
  }, 60_000);

  const output = () => Object.entries(built.metafile.outputs).find(([path]) => path.endsWith("oppettider-elements.js"))![1];
  const shipped = () => Object.entries(output().inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);

  it("is at most 45 KB minified and gzipped, with the library inside", () => {
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(shipped()).toEqual(expect.arrayContaining(["src/schedule/createSchedule.ts", "src/texts/statusText.ts", "src/elements/statusElement.ts", "src/contacts/createOrganization.ts"]));
    expect(shipped().some((path) => path.includes("node_modules/zod/"))).toBe(true);
    expect(shipped().some((path) => path.includes("node_modules/swedish-holidays/"))).toBe(true);
  });

  it("imports nothing statically; only the phone file, on demand", () => {
    expect(output().imports.filter((i) => i.kind !== "dynamic-import")).toEqual([]);
    expect(built.elements).toContain("oppettider-elements-phone.js");
  });

  it("leaves luxon and libphonenumber-js out (Intl subset; the phone file)", () => {
    expect(shipped().filter((path) => /node_modules\/(luxon|libphonenumber-js)\//.test(path))).toEqual([]);
    expect(shipped()).toContain("src/elements/browser/luxonSubset.ts");
    expect(shipped()).not.toContain("src/zone/isoInstant.ts"); // luxon's DateTime.fromISO is not in the subset
    expect(built.phone).toMatch(/parsePhoneNumberFromString|export\{/);
  });
});

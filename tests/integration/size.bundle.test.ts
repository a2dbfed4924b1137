// What a web page ships when it uses oppettider, measured on the package as users get it:
// the packed tarball installed into an empty project (tests/integration/globalSetup.ts), each
// page of bench/bundle-size.mjs bundled by esbuild for the browser (ESM, minified), gzipped
// at level 9, against its budget (issue #9: the status page at most 40 KB). `npm run bench`
// measures the same pages the same way.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { bundlePage, bundlePageFromSource, describePage, isNodeBuiltin, PAGES, type BundleReport, type Page } from "../../bench/bundle-size.mjs";

/** Code of a part of the library (or a dependency), recognised by a text only it has. */
const MARKERS = {
  "phone numbers (libphonenumber-js)": "country_calling_codes",
  vCard: "BEGIN:VCARD",
  iCalendar: "BEGIN:VCALENDAR",
  "chat tools": "next_opening",
  "schema.org": "OpeningHoursSpecification",
  "JSON Schema (zod's toJSONSchema)": "toJSONSchema",
} as const;
type Part = keyof typeof MARKERS;

/** What each page must contain and must leave out. */
const EXPECTED: Record<string, { has: Part[]; lacks: Part[] }> = {
  status: { has: [], lacks: Object.keys(MARKERS) as Part[] },
  contacts: { has: ["phone numbers (libphonenumber-js)"], lacks: ["vCard", "iCalendar", "chat tools", "schema.org", "JSON Schema (zod's toJSONSchema)"] },
  "contacts, from oppettider/contacts": {
    has: ["phone numbers (libphonenumber-js)"],
    lacks: ["vCard", "iCalendar", "chat tools", "schema.org", "JSON Schema (zod's toJSONSchema)"],
  },
  elements: { has: ["phone numbers (libphonenumber-js)", "vCard"], lacks: ["iCalendar", "chat tools", "schema.org", "JSON Schema (zod's toJSONSchema)"] },
  everything: { has: Object.keys(MARKERS) as Part[], lacks: [] },
};

/** How much more a page may weigh from the package than from src/: the split build must tree-shake as well. */
const PACKAGING_SLACK_BYTES = 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const parts = (report: BundleReport) => (Object.keys(MARKERS) as Part[]).filter((part) => report.text.includes(MARKERS[part]));

describe.each(PAGES.map((page) => [page.name, page] as const))("page %s", (_name, page: Page) => {
  let report: BundleReport;
  let fromSource: BundleReport;

  beforeAll(async () => {
    [report, fromSource] = await Promise.all([bundlePage(page, inject("consumer")), bundlePageFromSource(page)]);
    console.log(describePage(page, report, fromSource).join("\n"));
  }, 60_000);

  it("is within its budget", () => {
    expect(report.gzipBytes, `${kb(report.gzipBytes)} gzipped, budget ${kb(page.budget)}`).toBeLessThanOrEqual(page.budget);
  });

  it("is bundled from the installed package, not from src/", () => {
    const shipped = report.inputs.filter((input) => input.bytes > 0).map((input) => input.path);
    expect(shipped.filter((path) => path.includes("node_modules/oppettider/dist/")).length).toBeGreaterThan(0);
    expect(shipped.filter((path) => path !== "<stdin>" && path !== "page.js" && !path.includes("node_modules/oppettider/dist/"))).toEqual([]);
  });

  it("tree-shakes through the package as well as through src/", () => {
    expect(report.gzipBytes).toBeLessThanOrEqual(fromSource.gzipBytes + PACKAGING_SLACK_BYTES);
  });

  it("contains what the page uses and nothing it does not", () => {
    const expected = EXPECTED[page.name]!;
    const found = parts(report);
    expect(found).toEqual(expect.arrayContaining(expected.has));
    expect(found.filter((part) => expected.lacks.includes(part))).toEqual([]);
  });

  if (page.name === "elements") {
    it("has every element, the calendar included", () => {
      for (const tag of ["oppettider-status", "oppettider-week", "oppettider-deviations", "oppettider-contacts", "oppettider-calendar"]) expect(report.text).toContain(tag);
    });
  }

  it("has no Node built-in and nothing left to load", () => {
    expect(Object.keys(report.metafile.inputs).filter(isNodeBuiltin)).toEqual([]);
    expect(report.imports.map((i) => i.path)).toEqual([]);
    expect(report.text).not.toMatch(/\bnode:[a-z_/]+/);
  });
});

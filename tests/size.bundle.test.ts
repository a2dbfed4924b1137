// The footprint budget (issue: browser bundle ≤ 45 KB gzipped). A page that imports
// `createSchedule` and `presets` and asks `isOpen` — luxon, zod and swedish-holidays
// included — bundled by esbuild for the browser, minified, gzipped at level 9.
import { beforeAll, describe, expect, it } from "vitest";
import { BROWSER_ENTRY, bundleOppettider, bytesByPackage, isNodeBuiltin, type BundleReport } from "../bench/bundle-size.mjs";

const BUDGET_GZIP_BYTES = 45 * 1024;
/** Parts of src/ a page asking `isOpen` has no use for; they must be tree-shaken out. */
const UNUSED_IN_BROWSER = /format|export|contact|cli/i;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe(`browser bundle of ${BROWSER_ENTRY}`, () => {
  let report: BundleReport;

  beforeAll(async () => {
    report = await bundleOppettider();
    const lines = report.inputs
      .slice(0, 12)
      .map(({ path, bytes }) => `  ${kb(bytes).padStart(9)}  ${path}`);
    const packages = bytesByPackage(report.inputs)
      .slice(0, 8)
      .map(({ name, bytes }) => `  ${kb(bytes).padStart(9)}  ${name}`);
    console.log(
      [
        `browser bundle: ${kb(report.minifiedBytes)} minified, ${kb(report.gzipBytes)} gzipped (${report.gzipBytes} B; budget ${kb(BUDGET_GZIP_BYTES)})`,
        "top inputs by bytes in the minified output:",
        ...lines,
        "by package:",
        ...packages,
      ].join("\n"),
    );
  }, 60_000);

  it("is at most 45 KB minified and gzipped", () => {
    expect(report.gzipBytes).toBeGreaterThan(0);
    expect(report.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it("includes no Node built-in module", () => {
    const inputs = Object.keys(report.metafile.inputs);
    expect(inputs.filter(isNodeBuiltin)).toEqual([]);
    expect(report.imports.map((i) => i.path)).toEqual([]); // nothing left external either
  });

  it("contains no `node:` import", () => {
    expect(report.text).not.toMatch(/\bnode:[a-z_/]+/);
  });

  it("bundles luxon, zod and swedish-holidays (the real dependencies are measured)", () => {
    const packages = bytesByPackage(report.inputs).map((p) => p.name);
    expect(packages).toEqual(expect.arrayContaining(["luxon", "zod", "swedish-holidays"]));
  });

  // esbuild lists in `metafile.inputs` every module it parsed, tree-shaken or not (src/index.ts
  // re-exports them all); what ships is the output's inputs with bytes in it.
  it("leaves out the parts of src/ a page asking isOpen does not use", () => {
    const shipped = report.inputs.filter((input) => input.bytes > 0).map((input) => input.path);
    const fromSrc = shipped.filter((path) => path.startsWith("src/"));
    expect(fromSrc.length).toBeGreaterThan(0);
    expect(fromSrc.filter((path) => UNUSED_IN_BROWSER.test(path.slice("src/".length)))).toEqual([]);
    expect(shipped.filter((path) => path.includes("node_modules/libphonenumber-js/"))).toEqual([]);
  });
});

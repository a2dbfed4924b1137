// The elements for a <script type="module"> tag: one ES module with the library and its
// dependencies inside, that defines <oppettider-status|week|deviations|contacts|calendar>:
//
//   <script type="module" src="oppettider-elements.js"></script>
//   <oppettider-status config="kommun.json">Öppet måndag–fredag 08.00–16.00</oppettider-status>
//
// Writes dist/browser/oppettider-elements.js and, beside it, oppettider-elements-phone.js:
// libphonenumber-js (about 28 KB gzipped, most of the library's weight) is loaded from
// that file only by a page with <oppettider-contacts> whose phones need formatting, so the
// elements file stays within its 45 KB budget. For the same reason the zone offsets take only
// luxon's IANAZone, tree-shaken from luxon's sources (scripts/luxonZone.mjs), not all of luxon.
// Run with `npm run build:elements`.
// Files are written to a temporary name and renamed, so no reader sees half a file.
import { build } from "esbuild";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { BROWSER_BUNDLE, ROOT as root, writeOutputFiles } from "./browserBundle.mjs";
import { luxonZone } from "./luxonZone.mjs";

const outdir = join(root, "dist/browser");
const LAZY_PHONE = join(root, "src/elements/browser/lazyPhone.ts");

/** Both the library's libphonenumber-js import and the elements' phone loader go to the lazy module. */
const lazyPhonePlugin = {
  name: "lazy-phone",
  setup(build) {
    build.onResolve({ filter: /^libphonenumber-js\/min$/ }, () => ({ path: LAZY_PHONE }));
    build.onResolve({ filter: /^\.\/phoneSupport$/ }, (args) => (args.importer.startsWith(join(root, "src/elements")) ? { path: LAZY_PHONE } : undefined));
  },
};

const common = { ...BROWSER_BUNDLE, legalComments: "none" };

/** Builds both files in memory: { files: [{ path, contents }], elements, phone } with the two files' texts. */
async function buildElements() {
  const [elements, phone] = await Promise.all([
    build({ ...common, entryPoints: ["src/entries/elements.ts"], outfile: join(outdir, "oppettider-elements.js"), plugins: [lazyPhonePlugin, luxonZone()] }),
    build({ ...common, entryPoints: ["src/elements/browser/phoneEntry.ts"], outfile: join(outdir, "oppettider-elements-phone.js") }),
  ]);
  const text = (result) => result.outputFiles.find((file) => file.path.endsWith(".js")).text;
  return { files: [...elements.outputFiles, ...phone.outputFiles], elements: text(elements), phone: text(phone) };
}

const { files, elements, phone } = await buildElements();
writeOutputFiles(files);
const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} kB, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} kB gzipped`;
console.log(`${relative(process.cwd(), join(outdir, "oppettider-elements.js"))}: ${kb(elements)}`);
console.log(`${relative(process.cwd(), join(outdir, "oppettider-elements-phone.js"))}: ${kb(phone)} (loaded only for contacts)`);

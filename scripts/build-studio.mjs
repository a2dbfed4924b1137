// The studio page (issue 19): one self-contained HTML file, dist/studio/index.html, with the
// script and the CSS inline, so that it works opened as a file (file://) and served by
// `oppettider serve` at /studio (which sends it with a CSP allowing exactly these two inline
// blocks by hash). It is a file of its own: nothing in the web-page entries imports src/studio.
import { build } from "esbuild";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BROWSER_BUNDLE, ROOT } from "./browserBundle.mjs";
import { luxonZone } from "./luxonZone.mjs";

const CSS = `
body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; line-height: 1.4; color: #1a1a1a; background: #fff; }
header { display: flex; justify-content: space-between; align-items: baseline; }
section { border-top: 2px solid #444; margin-top: 1.5rem; padding-top: .5rem; }
.field { margin: .4rem 0; } .field label { display: block; font-weight: 600; }
input[type=text], textarea, select { font: inherit; padding: .25rem; border: 1px solid #555; }
textarea { width: 100%; box-sizing: border-box; }
.hint { display: block; color: #444; font-size: .9em; }
.problems, .problem { color: #a00000; display: block; }
[aria-invalid=true] { border: 2px solid #a00000; }
.reading .unread { color: #a00000; } .reading .read .verdict { color: #1f5f1f; }
table.month td { padding: 0; } table.month button { width: 6.5rem; min-height: 3rem; font: inherit; text-align: left; background: #f4f4f4; border: 1px solid #888; color: #1a1a1a; }
table.month .day { font-weight: 700; display: block; } table.month .hours { font-size: .85em; }
button { font: inherit; margin: .2rem .2rem .2rem 0; }
a { color: #0645ad; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

const result = await build({ ...BROWSER_BUNDLE, sourcemap: false, entryPoints: ["src/studio/main.ts"], outfile: join(ROOT, "dist/studio/studio.js"), plugins: [luxonZone()] });
const script = result.outputFiles.find((file) => file.path.endsWith(".js")).text;
// A "</script" inside the bundle would end the inline block early.
const safeScript = script.replace(/<\/(script)/gi, "<\\/$1");
// The calendar element draws its style inside its shadow root: the CSP allows inline style by
// hash only, so the page carries that exact text in an inert <template> for studioCsp to hash.
const shadowCss = await build({ stdin: { contents: `import { BASE_CSS, CALENDAR_CSS } from "./src/elements/styles"; export default BASE_CSS + CALENDAR_CSS;`, resolveDir: ROOT, loader: "ts" }, bundle: true, write: false, format: "esm", platform: "neutral" });
const { default: calendarCss } = await import(`data:text/javascript;base64,${Buffer.from(shadowCss.outputFiles[0].text).toString("base64")}`);
const html = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Öppettider – studio</title>
<style>${CSS}</style>
</head>
<body>
<noscript>Studion behöver JavaScript. / The studio needs JavaScript.</noscript>
<template id="shadow-styles"><style>${calendarCss}</style></template>
<script type="module">${safeScript}</script>
</body>
</html>
`;
const outdir = join(ROOT, "dist/studio");
mkdirSync(outdir, { recursive: true });
writeFileSync(join(outdir, "index.html.tmp"), html);
renameSync(join(outdir, "index.html.tmp"), join(outdir, "index.html"));
console.log(`dist/studio/index.html: ${(Buffer.byteLength(html) / 1024).toFixed(1)} kB`);

// `import "oppettider/elements"` from the installed package, bundled as a web app bundles it
// (esbuild, code splitting), in a real Chromium: the phone numbers (libphonenumber-js) are a
// chunk of their own that a page fetches only when it shows contacts, and the contacts show
// the numbers. Expected numbers: Arjeplog's area code is 0961 (+46 961) in the Swedish
// numbering plan (PTS); the config is examples/arjeplogs-kommun.json.
import { basename, join } from "node:path";
import * as esbuild from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../helpers/browser";
import { openPage } from "../helpers/elementsPage";
import { startStaticServer, type StaticServer } from "../helpers/staticServer";

const KOMMUN = "/examples/arjeplogs-kommun.json";

let server: StaticServer;
let browser: Browser;
/** The path the phone chunk is served at. */
let phoneChunk = "";

/** A page with the bundled elements and the given body; returns its URL. */
function bundledPage(name: string, body: string): string {
  const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${name}</title>
<script type="module" src="/bundled/page.js"></script></head><body><main>${body}</main></body></html>`;
  server.route(`/test/${name}.html`, () => ({ status: 200, body: html, type: "text/html; charset=utf-8" }));
  return `${server.url}/test/${name}.html`;
}

beforeAll(async () => {
  const consumer = inject("consumer");
  const result = await esbuild.build({
    absWorkingDir: consumer,
    stdin: { contents: 'import "oppettider/elements";\n', resolveDir: consumer, loader: "js", sourcefile: "page.js" },
    entryNames: "page",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    minify: true,
    outdir: join(consumer, "bundled"),
    write: false,
    logLevel: "silent",
  });
  server = await startStaticServer();
  for (const file of result.outputFiles) {
    const path = `/bundled/${basename(file.path)}`;
    server.route(path, () => ({ status: 200, body: file.text, type: "text/javascript; charset=utf-8" }));
    if (file.text.includes("country_calling_codes")) phoneChunk = path;
  }
  browser = (await launchChromium()).browser;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('import "oppettider/elements" bundled from the installed package', () => {
  it("has the phone numbers in a chunk of their own, not in the page's file", () => {
    expect(phoneChunk).toMatch(/^\/bundled\/.+\.js$/);
    expect(phoneChunk).not.toBe("/bundled/page.js");
  });

  it("fetches the phone chunk only for contacts, and shows the numbers as links", async () => {
    const statusOnly = await openPage(browser, bundledPage("status", `<oppettider-status config="${KOMMUN}"></oppettider-status>`), { start: "2026-12-23T14:00:00+01:00" });
    try {
      expect(statusOnly.console.filter((line) => line.startsWith("pageerror"))).toEqual([]);
    } finally {
      await statusOnly.context.close();
    }
    expect(server.hits.get(phoneChunk) ?? 0).toBe(0);

    const { context, page, console: messages } = await openPage(browser, bundledPage("contacts", `<oppettider-contacts config="${KOMMUN}"></oppettider-contacts>`), {
      start: "2026-12-23T14:00:00+01:00",
    });
    try {
      expect(server.hits.get(phoneChunk)).toBe(1);
      const call = page.locator("oppettider-contacts").getByRole("link", { name: "Ring Medborgarservice, 0961-144 44", exact: true });
      expect(await call.getAttribute("href")).toBe("tel:+4696114444");
      expect(await page.getByRole("link", { name: "Ring Martin Stråmo, 070-206 52 98" }).first().getAttribute("href")).toBe("tel:+46702065298");
      expect(messages.filter((line) => line.startsWith("pageerror"))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

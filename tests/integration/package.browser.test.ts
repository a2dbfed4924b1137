// The installed package in a browser without a bundler: its ES modules served as they are
// (as a CDN would serve node_modules/oppettider) and imported by a page. dist/*.js import each
// other by relative paths only, so they load in a browser; the answers are the library's.
// Expected values from the almanac: 24 December 2026 is Julafton, closed; open again Monday
// 28 December 08.00 CET.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../helpers/browser";

const TYPES: Record<string, string> = { ".js": "text/javascript", ".html": "text/html", ".json": "application/json" };

/** What the page runs: imports from the package's files by URL, as a page without a bundler does. */
const PAGE_SCRIPT = `(async () => {
  const root = await import("/dist/index.js");
  const contacts = await import("/dist/contacts.js");
  const chat = await import("/dist/chat.js");
  const exportsModule = await import("/dist/exports.js");
  const schedule = root.createSchedule(root.presets.arjeplog);
  const kommun = contacts.createOrganization(root.presets.arjeplogKommun);
  return {
    open: schedule.isOpen(new Date("2026-12-24T10:00:00+01:00")),
    nextOpening: schedule.nextOpening(new Date("2026-12-24T10:00:00+01:00")).toISOString(),
    phone: kommun.contact("medborgarservice").phones[0].display,
    sameFunction: contacts.createOrganization === root.createOrganization,
    tool: chat.callTool(kommun, "is_open", { at: "2026-12-24T10:00" }).open,
    tag: exportsModule.toOpeningHoursTag(schedule, { from: "2026-12-24", to: "2026-12-24" }),
  };
})()`;

let server: Server | undefined;
let base = "";
let browser: Browser | undefined;

/** Serves the installed package's folder on 127.0.0.1 (a free port), plus an empty page. */
function servePackage(root: string): Promise<[Server, string]> {
  return new Promise((resolve) => {
    const http = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
      if (path === "/") {
        response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>oppettider</title>");
        return;
      }
      readFile(join(root, path)).then(
        (body) => response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body),
        () => response.writeHead(404).end(),
      );
    });
    http.listen(0, "127.0.0.1", () => resolve([http, `http://127.0.0.1:${(http.address() as AddressInfo).port}`]));
  });
}

beforeAll(async () => {
  [server, base] = await servePackage(join(inject("consumer"), "node_modules/oppettider"));
  browser = (await launchChromium()).browser;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("the installed package's ES modules in a browser, without a bundler", () => {
  it("load from the root and the subpaths and answer", async () => {
    const context = await browser!.newContext({ timezoneId: "America/Los_Angeles" });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${base}/`);
      // A string, not a function: the test runner would rewrite a function's import().
      const answers = await page.evaluate(PAGE_SCRIPT);
      expect(answers).toEqual({
        open: false,
        nextOpening: "2026-12-28T07:00:00.000Z",
        phone: "0961-144 44",
        sameFunction: true,
        tool: false,
        tag: expect.stringContaining("Dec 24 off"),
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

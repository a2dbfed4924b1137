// The service on real edge runtimes, over real HTTP on 127.0.0.1: examples/edge/worker.js in
// workerd (Miniflare), and the built `oppettider/server` handler (dist/server.js) under Deno
// and Bun (tests/integration/helpers/edgeServe.mjs). The runtimes come from the npm registry
// as devDependencies (miniflare → workerd, deno, bun); a runtime whose binary cannot run here
// is skipped, and its describe title says so and why. The title of one that runs carries its
// version, so `npm test` shows which ran.
//
// All three serve examples/organization.json (Exempla kommun). The expected hours come from
// that config and from the calendar (date-holidays), not from the service's answers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Holidays from "date-holidays";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/builtCli";
import { wranglerCompatibilityDate } from "../../examples/edge/dev.mjs";
import { BINARIES, newestCompatibilityDate, probe, startScript, startWorkerd, type RunningService } from "./helpers/edgeRuntimes";

const CONFIG = "examples/organization.json";
const organization = JSON.parse(readFileSync(join(ROOT, CONFIG), "utf8"));
const library = organization.units.find((unit: { id: string }) => unit.id === "biblioteket");

// A Monday outside the summer weeks and before the Christmas eves, and juldagen.
const MONDAY = "2026-12-14";
const JULDAGEN = "2026-12-25";
/** "10:00-19:00" as the service writes hours: "10.00–19.00". */
const written = (interval: string) => interval.replaceAll(":", ".").replace("-", "–");
const mondayHours: string = library.hours.weekly.mon[0];
const mondayClose = mondayHours.split("-")[1];

const RUNTIMES = [
  { name: "workerd (Miniflare), examples/edge/worker.js", bin: BINARIES.workerd, start: startWorkerd },
  { name: "Deno, dist/server.js", bin: BINARIES.deno, start: () => startScript("deno", CONFIG) },
  { name: "Bun, dist/server.js", bin: BINARIES.bun, start: () => startScript("bun", CONFIG) },
];

describe("the calendar and config the expectations come from", () => {
  it("Monday and juldagen are what the tests take them for", () => {
    expect(new Date(`${MONDAY}T12:00:00Z`).getUTCDay()).toBe(1);
    const holiday = new Holidays("SE").isHoliday(new Date(`${JULDAGEN}T12:00:00+01:00`));
    expect(holiday && holiday.some((h) => h.type === "public")).toBe(true);
    expect(library.hours.dayKinds.publicHoliday.hours).toEqual([]); // the library is closed on red days
    expect(mondayHours).toMatch(/^\d\d:\d\d-\d\d:\d\d$/);
  });

  it("a runtime that cannot run here is found out by its probe, with the reason", () => {
    const missing = probe(join(ROOT, "node_modules/.bin/no-such-runtime"));
    expect(missing).toMatchObject({ runs: false, reason: expect.stringContaining("ENOENT") });
    const failing = probe("false"); // runs, exits 1
    expect(failing).toMatchObject({ runs: false, reason: expect.stringContaining("exited 1") });
  });
});

const probed = RUNTIMES.map((runtime) => {
  const found = probe(runtime.bin);
  return { ...runtime, found, title: found.runs ? `${runtime.name}: ${found.version}` : `${runtime.name}: SKIPPED, ${found.reason}` };
});
// One line in `npm test`'s output (the default reporter shows describe titles only on failure).
beforeAll(() => console.log(`edge runtimes: ${probed.map((runtime) => runtime.title).join("; ")}`));

for (const { found, title, ...runtime } of probed) {
  describe.skipIf(!found.runs)(title, () => {
    let service: RunningService;
    beforeAll(async () => {
      service = await runtime.start();
    });
    afterAll(async () => {
      await service?.stop();
    });
    const get = (path: string, init?: RequestInit) => fetch(`${service.origin}${path}`, init);

    it("status: open on a Monday until the config's closing time, closed on juldagen", async () => {
      const monday = await get(`/v1/units/biblioteket/status?at=${MONDAY}T12:00`);
      expect(monday.status).toBe(200);
      expect(monday.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
      // December: CET, +01:00.
      expect(await monday.json()).toMatchObject({ open: true, until: `${MONDAY}T${mondayClose}:00+01:00`, today: { hours: written(mondayHours) } });
      const juldagen = await get(`/v1/units/biblioteket/status?at=${JULDAGEN}T12:00`);
      expect(await juldagen.json()).toMatchObject({ open: false, today: { hours: "stängt", rule: { kind: "publicHoliday" } } });
    });

    it("days: the Monday's weekly hours, juldagen closed as a public holiday", async () => {
      const response = await get(`/v1/units/biblioteket/days?from=${MONDAY}&to=${JULDAGEN}`);
      expect(response.status).toBe(200);
      const { days } = (await response.json()) as { days: { date: string; hours: string; rule: { kind: string } }[] };
      expect(days).toHaveLength(12);
      expect(days[0]).toMatchObject({ date: MONDAY, hours: written(mondayHours), rule: { kind: "weekly" } });
      expect(days.at(-1)).toMatchObject({ date: JULDAGEN, hours: "stängt", rule: { kind: "publicHoliday" } });
    });

    it("calendar.ics: an iCalendar that ical.js reads, with the Monday's opening as a timed event", async () => {
      const response = await get(`/v1/units/biblioteket/calendar.ics?from=${MONDAY}&to=${MONDAY}&intervals=true`);
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      const starts = calendar.getAllSubcomponents("vevent").map((event) => event.getFirstPropertyValue("dtstart")!.toString());
      expect(starts).toContain(`${MONDAY}T${mondayHours.split("-")[0]}:00`);
    });

    it("304 on If-None-Match with the ETag just received, with no body", async () => {
      const path = `/v1/units/biblioteket/status?at=${MONDAY}T12:00`;
      const first = await get(path);
      const tag = first.headers.get("ETag");
      expect(tag).toMatch(/^(W\/)?"/);
      const cached = await get(path, { headers: { "If-None-Match": tag! } });
      expect(cached.status).toBe(304);
      expect(await cached.text()).toBe("");
    });

    it("a bad `at` is a 400 application/problem+json naming the parameter", async () => {
      const response = await get("/v1/units/biblioteket/status?at=2026-02-30T10:00");
      expect(response.status).toBe(400);
      expect(response.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
      const problem = (await response.json()) as { status: number; errors: { name: string }[] };
      expect(problem.status).toBe(400);
      expect(problem.errors.map((error) => error.name)).toEqual(["at"]);
    });
  });
}

const workerd = probe(BINARIES.workerd);
describe.skipIf(!workerd.runs)("examples/edge/wrangler.toml", () => {
  it("asks for a compatibility date that the installed workerd supports", () => {
    const newest = workerd.runs ? newestCompatibilityDate(workerd.version) : "";
    expect(wranglerCompatibilityDate() <= newest, `${wranglerCompatibilityDate()} is after ${newest}`).toBe(true);
  });
});

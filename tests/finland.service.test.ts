/**
 * The service for a Finnish municipality (examples/sjoby-kommun.json): the unit JSON names the
 * calendar, days, iCalendar and the OpenAPI description follow it. (The MCP server:
 * tests/integration/mcp.finland.test.ts, since the MCP SDK loads zod's locale for the whole
 * process.) Almanac: självständighetsdagen Mon 6 December 2027; Helsinki is +02:00 in December.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { OrganizationConfig } from "../src/index";
import { createApp } from "../src/server/index";

const config = JSON.parse(readFileSync(new URL("../examples/sjoby-kommun.json", import.meta.url), "utf8")) as OrganizationConfig;
const app = createApp(config, { now: () => Date.parse("2027-12-06T10:00:00+02:00") });
const getJson = async (path: string) => (await app.fetch(new Request(`http://oppettider.test${path}`))).json() as Promise<Record<string, any>>;

describe("the service", () => {
  it("names the calendar and the zone, and answers on Finland's days", async () => {
    expect((await getJson("/v1")).organization).toEqual({ id: "sjoby-kommun", name: "Sjöby kommun", timeZone: "Europe/Helsinki", calendar: "FI" });
    expect(await getJson("/v1/units/biblioteket")).toMatchObject({ calendar: "FI", timeZone: "Europe/Helsinki" });
    const status = await getJson("/v1/units/sjoby-kommun/status");
    expect(status).toMatchObject({ open: false, rule: { kind: "publicHoliday", label: "Självständighetsdagen" } });
    const days = await getJson("/v1/units/sjoby-kommun/days?from=2027-12-06&to=2027-12-06&lang=en");
    expect(JSON.stringify(days)).toContain("Independence Day");
    // The unit's config, as an element or another service would rebuild it, keeps the calendar.
    expect(await getJson("/v1/units/biblioteket/config")).toMatchObject({ calendar: "FI", timeZone: "Europe/Helsinki" });
  });

  it("puts självständighetsdagen in the iCalendar feed and Finland's holidays in the OpenAPI description", async () => {
    const ics = await (await app.fetch(new Request("http://oppettider.test/v1/units/sjoby-kommun/calendar.ics?from=2027-12-01&to=2027-12-31"))).text();
    expect(ics).toContain("SUMMARY:Självständighetsdagen: stängt");
    expect(ics).toContain("TZID:Europe/Helsinki");
    expect((await getJson("/v1/openapi.json")).info.description).toContain("with Finnish public holidays, eves");
  });
});

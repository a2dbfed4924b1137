// An app that also loads the full `zod` (or the MCP SDK, which does) installs English locale
// texts in zod's one global config. Our issues must keep their own wording regardless.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as zod from "zod";
import { readFileSync } from "node:fs";
import { createSchedule, presets, type OrganizationConfig } from "../src/index";
import { createApp } from "../src/server/index";
import { callTool } from "../src/chat/callTool";

const messages = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return String((error as Error).message);
  }
  throw new Error("expected an error");
};

describe("issues keep their own words when the full zod's English locale is loaded", () => {
  beforeAll(() => zod.config(zod.locales.en()));
  afterAll(() => zod.config({ localeError: undefined }));

  it("the locale is really on (control): zod's own parse now says 'expected string, received number'", () => {
    expect(zod.string().safeParse(800).error?.issues[0]?.message).toMatch(/expected string, received number/);
  });

  it("a config: a number where a time range belongs names the number", () => {
    const message = messages(() => createSchedule({ ...presets.arjeplog, weekly: { mon: [800] } } as never));
    expect(message).toContain("weekly.mon[0]");
    expect(message).toContain("800");
    expect(message).not.toMatch(/Invalid input/);
  });

  it("a config: a missing unit's hours say 'is required'", () => {
    const message = messages(() => createSchedule({ ...presets.arjeplog, exceptions: [{ date: "2026-12-28" }] } as never));
    expect(message).toMatch(/exceptions\[0\]\.hours: is required/);
  });

  it("a chat tool's arguments", () => {
    const message = messages(() => callTool(createSchedule(presets.arjeplog), "hours_on", { date: 20261224 }));
    expect(message).toContain("hours_on");
    expect(message).not.toMatch(/Invalid input/);
  });

  it("a service parameter", async () => {
    const config = JSON.parse(readFileSync(new URL("../examples/organization.json", import.meta.url), "utf8")) as OrganizationConfig;
    const app = createApp(config);
    const response = await app.fetch(new Request("http://localhost/v1/units/biblioteket/days?lang=de"));
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/Invalid input/);
  });
});

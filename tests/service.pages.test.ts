// examples/service/lastGood.js, the kiosk's lifeline, against the real app (createApp's
// fetch): the config is stored with its ETag, a 304 keeps it, and with the service down the
// stored config still gives the right hours. Expected hours from examples/organization.json
// and the almanac: 2026-12-24 is julafton (library closed), 2026-07-04 a Saturday of week 27
// (summer: library closed), 2026-06-13 a Saturday of week 24 (11–15).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lastGoodConfig, storageKey } from "../examples/service/lastGood.js";
import { createSchedule, type OrganizationConfig } from "../src/index";
import { createApp } from "../src/server/index";

const config = JSON.parse(readFileSync(new URL("../examples/organization.json", import.meta.url), "utf8")) as OrganizationConfig;
const API = "https://oppettider.example/v1";

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value), map };
}

describe("examples/service/lastGood.js", () => {
  it("stores the config, revalidates with If-None-Match, and answers from storage when the service is down", async () => {
    const app = createApp(config);
    const statuses: number[] = [];
    const up = async (url: string, init?: RequestInit) => {
      const response = await app.fetch(new Request(url, init));
      statuses.push(response.status);
      return response;
    };
    const down = async () => {
      throw new TypeError("fetch failed");
    };
    const storage = memoryStorage();

    const first = await lastGoodConfig({ api: API, unit: "biblioteket", fetch: up, storage });
    expect(first.source).toBe("service");
    expect(JSON.parse(storage.getItem(storageKey(API, "biblioteket"))!).etag).toMatch(/^"/);

    const second = await lastGoodConfig({ api: API, unit: "biblioteket", fetch: up, storage });
    expect(statuses).toEqual([200, 304]);
    expect(second.config).toEqual(first.config);

    const offline = await lastGoodConfig({ api: API, unit: "biblioteket", fetch: down, storage });
    expect(offline.source).toBe("stored");
    expect(offline.error?.message).toBe("fetch failed");
    const schedule = createSchedule(offline.config as never);
    expect(schedule.day("2026-12-24").intervals).toEqual([]);
    expect(schedule.day("2026-07-04").intervals).toEqual([]);
    expect(schedule.day("2026-06-13").intervals).toEqual([{ from: "11:00", to: "15:00" }]);
    expect(schedule.isOpen(Date.parse("2026-12-23T13:59:00+01:00"))).toBe(true);
  });

  it("rejects when the service is down and nothing is stored; an unknown unit is the service's 404", async () => {
    const storage = memoryStorage();
    await expect(lastGoodConfig({ api: API, unit: "biblioteket", fetch: async () => Promise.reject(new TypeError("fetch failed")), storage })).rejects.toThrow("fetch failed");
    const app = createApp(config);
    await expect(lastGoodConfig({ api: API, unit: "bibblan", fetch: async (url, init) => app.fetch(new Request(url, init)), storage })).rejects.toThrow(/404 no unit has the id "bibblan"/);
  });
});

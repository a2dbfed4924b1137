// The edit API's saves on the file store: the history (its rotation at 50, restoring a
// version), concurrent saves with the same If-Match, and a crash between writing the new
// file and renaming it over the config, which must leave the old file whole. The failures
// are injected into the store's file operations (createNodeConfigStore's `fs` option).
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { rename } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HistorySchema, SavedSchema } from "../src/server/editSchemas";
import { createApp, createMemoryConfigStore, createServiceState } from "../src/server/index";
import { editApp, editFolder, example, EXAMPLE, TOKEN } from "./helpers/editApp";

let folder: ReturnType<typeof editFolder>;
beforeEach(() => {
  folder = editFolder();
});
afterEach(() => folder.remove());

const original = readFileSync(EXAMPLE);
const withMonday = (hours: string) => {
  const config = example();
  config.units[1].hours.weekly.mon = [hours];
  return JSON.stringify(config);
};
const restore = (request: ReturnType<typeof editApp>["request"], id: string, ifMatch: string, token = TOKEN) =>
  request(`/v1/config/history/${id}/restore`, { method: "POST", headers: { Authorization: `Bearer ${token}`, "If-Match": ifMatch } });

describe("the history", () => {
  it("keeps the last 50 versions, newest first, each as it was", async () => {
    const { put, etag, request } = editApp(folder.file);
    const bodies = [original.toString("utf8")];
    for (let n = 0; n < 52; n++) {
      const body = withMonday(`10:00-${11 + (n % 8)}:${String(n).padStart(2, "0")}`);
      const response = await put(body, await etag());
      expect(response.status, `save ${n}`).toBe(200);
      SavedSchema.parse(await response.json());
      bodies.push(body);
    }
    const history = HistorySchema.parse(await (await request("/v1/config/history")).json());
    expect(history.versions).toHaveLength(50);
    // The versions replaced, newest first: every body but the last (in service) and the two oldest.
    const expected = bodies.slice(2, -1).reverse();
    const ids = history.versions.map((version) => version.id);
    expect([...ids].sort().reverse()).toEqual(ids);
    expect(new Set(ids).size).toBe(50);
    for (const [index, version] of history.versions.entries()) {
      expect(await (await request(`/v1/config/history/${version.id}`)).text()).toBe(expected[index]);
      expect(version.bytes).toBe(Buffer.byteLength(expected[index]!));
    }
    expect(readdirSync(`${folder.file}.history`)).toHaveLength(50);
    expect(readFileSync(folder.file, "utf8")).toBe(bodies.at(-1));
  });

  it("restores a version as a save of it, the current one going into the history", async () => {
    const { put, etag, request, mondayHours } = editApp(folder.file);
    chmodSync(folder.file, 0o640);
    const first = (await (await put(withMonday("10:00-18:00"), await etag())).json()) as { previous: string };
    await put(withMonday("10:00-17:00"), await etag());
    expect(await mondayHours()).toBe("10.00–17.00");
    const current = await etag();

    expect((await restore(request, first.previous, current, "wrong-token-0123456789")).status).toBe(401);
    expect((await restore(request, first.previous, '"stale"')).status).toBe(412);
    expect((await restore(request, "2020-01-01T00.00.00.000Z", current)).status).toBe(404);
    expect((await restore(request, "..%2F..%2Fkommun", current)).status).toBe(404);
    expect((await request(`/v1/config/history/${first.previous}/restore`, { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(428);
    expect(readFileSync(folder.file, "utf8")).toBe(withMonday("10:00-17:00"));

    const restored = await restore(request, first.previous, current);
    expect(restored.status).toBe(200);
    const answer = SavedSchema.parse(await restored.json());
    expect(readFileSync(folder.file).equals(original)).toBe(true);
    expect(await mondayHours()).toBe("10.00–19.00");
    expect(statSync(folder.file).mode & 0o777).toBe(0o640);
    const history = HistorySchema.parse(await (await request("/v1/config/history")).json());
    expect(history.versions[0]!.id).toBe(answer.previous);
    expect(await (await request(`/v1/config/history/${answer.previous}`)).text()).toBe(withMonday("10:00-17:00"));
  });

  it("a version that is not a valid config is not restored", async () => {
    const { put, etag, request } = editApp(folder.file);
    writeFileSync(folder.file, '{ "name": '); // broken by hand; the service keeps the good config
    const saved = (await (await put(withMonday("10:00-18:00"), await etag())).json()) as { previous: string };
    expect(await (await request(`/v1/config/history/${saved.previous}`)).text()).toBe('{ "name": ');
    const response = await restore(request, saved.previous, await etag());
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].message).toMatch(/^the request body is not valid JSON/);
    expect(readFileSync(folder.file, "utf8")).toBe(withMonday("10:00-18:00"));
  });
});

describe("saving safely", () => {
  it("of concurrent saves with the same If-Match, exactly one wins; the others get 412", async () => {
    const { put, etag, request } = editApp(folder.file);
    const current = await etag();
    const bodies = ["10:00-18:00", "10:00-17:00", "10:00-16:00", "10:00-15:00"].map(withMonday);
    const responses = await Promise.all(bodies.map((body) => put(body, current)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(3);
    const winner = bodies[statuses.indexOf(200)]!;
    expect(readFileSync(folder.file, "utf8")).toBe(winner);
    expect(((await (await request("/v1/config/history")).json()) as { versions: unknown[] }).versions).toHaveLength(1);
  });

  it("a failure between writing the new file and renaming it leaves the old file whole, and nothing of the save", async () => {
    const failing = editApp(folder.file, {
      fs: {
        rename: async (from, to) => {
          if (to === folder.file) throw Object.assign(new Error("simulated failure before the rename"), { code: "EIO" });
          return rename(from, to);
        },
      },
    });
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const response = await failing.put(withMonday("10:00-18:00"), await failing.etag());
      expect(response.status).toBe(500);
    } finally {
      console.error = log;
    }
    expect(errors).toHaveLength(1);
    expect(readFileSync(folder.file).equals(original)).toBe(true);
    expect(readdirSync(folder.dir).sort()).toEqual(["kommun.json", "kommun.json.history"]);
    expect(readdirSync(`${folder.file}.history`)).toEqual([]);
    expect(await failing.mondayHours()).toBe("10.00–19.00");
  });

  it("a crash between writing the new file and renaming it: the old file whole, the temporary file ignored, then removed", async () => {
    let written: string | undefined;
    const crashing = editApp(folder.file, {
      fs: {
        rename: (from, to) => {
          if (to !== folder.file) return rename(from, to);
          written = String(from);
          return new Promise<void>(() => undefined); // the process dies here: the rename never happens
        },
      },
    });
    void crashing.put(withMonday("10:00-18:00"), await crashing.etag());
    while (written === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
    // The new text was written whole and flushed, beside the config; the config is untouched.
    expect(readFileSync(written, "utf8")).toBe(withMonday("10:00-18:00"));
    expect(readFileSync(folder.file).equals(original)).toBe(true);

    // The service starts again on the same folder.
    const restarted = editApp(folder.file);
    const read = await restarted.request("/v1/config");
    expect(Buffer.from(await read.arrayBuffer()).equals(original)).toBe(true);
    const response = await restarted.put(withMonday("10:00-17:00"), read.headers.get("ETag"));
    expect(response.status).toBe(200);
    expect(readFileSync(folder.file, "utf8")).toBe(withMonday("10:00-17:00"));
    expect(readdirSync(folder.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(readdirSync(`${folder.file}.history`).filter((name) => !name.endsWith(".json"))).toEqual([]);
  });

  it("the memory store saves the same way, for runtimes without files", async () => {
    const state = createServiceState(example());
    const app = createApp(state, { edit: { token: TOKEN, store: createMemoryConfigStore(original.toString("utf8")) } });
    const request = (path: string, init: RequestInit = {}) => app.fetch(new Request(`http://oppettider.test${path}`, init));
    const current = (await request("/v1/config")).headers.get("ETag")!;
    const headers = { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json", "If-Match": current };
    expect((await request("/v1/config", { method: "PUT", headers, body: withMonday("10:00-18:00") })).status).toBe(200);
    expect((await request("/v1/config", { method: "PUT", headers, body: withMonday("10:00-17:00") })).status).toBe(412);
    expect(await (await request("/v1/config")).text()).toBe(withMonday("10:00-18:00"));
    const history = HistorySchema.parse(await (await request("/v1/config/history")).json());
    expect(await (await request(`/v1/config/history/${history.versions[0]!.id}`)).text()).toBe(original.toString("utf8"));
  });
});

// The edit API (issue 19, /work/brief/EDIT_API.md) in-process, on a config file in a
// temporary folder: reading with its ETag, a save going into service at once, and every way
// a save is refused — each of which leaves the file byte for byte as it was. The hours come
// from examples/organization.json: the library opens 10.00–19.00 on Mondays in winter.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createApp, createMemoryConfigStore, createServiceState } from "../src/server/index";
import { constantTimeEqual } from "../src/server/digest";
import { editApp, editFolder, example, EXAMPLE, TOKEN } from "./helpers/editApp";

let folder: ReturnType<typeof editFolder>;
beforeEach(() => {
  folder = editFolder();
});
afterEach(() => folder.remove());

const original = readFileSync(EXAMPLE);
/** The ETag a client can compute itself: SHA-256 of the bytes, base64url, quoted. */
const sha256Tag = (bytes: Uint8Array) => `"${createHash("sha256").update(bytes).digest("base64url")}"`;
const mondayEdit = (hours: string[]) => {
  const config = example();
  config.units[1].hours.weekly.mon = hours;
  return config;
};

describe("without an edit token", () => {
  it("the edit routes do not exist (404), and other writes are still 405", async () => {
    const app = createApp(example());
    const cases: [string, string][] = [
      ["GET", "/v1/config"],
      ["PUT", "/v1/config"],
      ["OPTIONS", "/v1/config"],
      ["GET", "/v1/config/history"],
      ["GET", "/v1/config/history/2026-12-06T12.00.00.000Z"],
      ["POST", "/v1/config/history/2026-12-06T12.00.00.000Z/restore"],
    ];
    for (const [method, path] of cases) {
      const response = await app.fetch(new Request(`http://oppettider.test${path}`, { method }));
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
      expect(await response.json()).toMatchObject({ type: "about:blank", title: "Not Found", status: 404 });
    }
    expect((await app.fetch(new Request("http://oppettider.test/v1/units", { method: "PUT" }))).status).toBe(405);
    const document = (await (await app.fetch(new Request("http://oppettider.test/v1/openapi.json"))).json()) as { paths: object };
    expect(Object.keys(document.paths)).not.toContain("/v1/config");
  });

  it("createApp refuses a short token and a store that is not one", () => {
    const state = createServiceState(example());
    const store = createMemoryConfigStore("{}");
    expect(() => createApp(state, { edit: { token: "kort", store } })).toThrow(/at least 16 characters, got 4/);
    expect(() => createApp(state, { edit: { token: "with a space in it!", store } })).toThrow(/no spaces/);
    expect(() => createApp(state, { edit: { token: TOKEN, store: {} as never } })).toThrow(/edit.store must be a ConfigStore/);
  });
});

describe("GET /v1/config", () => {
  it("is the file's bytes exactly, with a strong ETag of them, never cached, readable by any origin", async () => {
    const { request } = editApp(folder.file);
    const response = await request("/v1/config", { headers: { Origin: "https://studio.example" } });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(original)).toBe(true);
    expect(response.headers.get("ETag")).toBe(sha256Tag(original));
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Expose-Headers")).toBe("ETag");
    const again = await request("/v1/config", { headers: { "If-None-Match": response.headers.get("ETag")! } });
    expect(again.status).toBe(304);
    const head = await request("/v1/config", { method: "HEAD" });
    expect([head.status, await head.text(), head.headers.get("ETag")]).toEqual([200, "", sha256Tag(original)]);
  });
});

describe("PUT /v1/config", () => {
  it("saves the body as sent, answers with the new ETag, and the service answers with the new hours at once", async () => {
    const { put, request, etag, mondayHours, saved } = editApp(folder.file);
    const before = await etag();
    expect(await mondayHours()).toBe("10.00–19.00");
    const body = JSON.stringify(mondayEdit(["10:00-18:30"]), null, 2);
    const response = await put(body, before);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { etag: string; savedAt: string; previous: string };
    const bytes = Buffer.from(body);
    expect(answer.etag).toBe(sha256Tag(bytes));
    expect(answer.etag).not.toBe(before);
    expect(response.headers.get("ETag")).toBe(answer.etag);
    expect(answer.savedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(readFileSync(folder.file).equals(bytes)).toBe(true);
    expect(await etag()).toBe(answer.etag);
    expect(await mondayHours()).toBe("10.00–18.30");
    const health = (await (await request("/v1/health")).json()) as any;
    expect(health).toMatchObject({ status: "ok", config: { version: 2 } });
    expect(saved).toEqual([{ text: body, etag: answer.etag, savedAt: Date.parse(answer.savedAt), previous: answer.previous, version: 2 }]);

    // The version it replaced, kept byte for byte.
    const history = (await (await request("/v1/config/history")).json()) as any;
    expect(history.versions).toEqual([{ id: answer.previous, savedAt: expect.any(String), etag: sha256Tag(original), bytes: original.length }]);
    const kept = await request(`/v1/config/history/${answer.previous}`);
    expect(Buffer.from(await kept.arrayBuffer()).equals(original)).toBe(true);
    expect(kept.headers.get("ETag")).toBe(sha256Tag(original));
  });

  it("the same config again is saved as nothing new: no history entry", async () => {
    const { put, etag, request } = editApp(folder.file);
    const response = await put(original, await etag());
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).previous).toBeNull();
    expect(((await (await request("/v1/config/history")).json()) as any).versions).toEqual([]);
  });

  it("refuses every bad save with its status, and the file stays byte for byte as it was", async () => {
    const { put, request, etag, mondayHours } = editApp(folder.file);
    const current = await etag();
    const good = JSON.stringify(mondayEdit(["10:00-18:30"]));
    const broken = mondayEdit(["19:00-10:00"]);
    broken.units[2].id = "biblioteket";
    const huge = `{"name":"${"x".repeat(1_048_576)}"}`;
    const oversized = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new Uint8Array(300_000).fill(32));
        controller.close();
      },
    });
    const cases: [string, Promise<Response>, number, Record<string, unknown>][] = [
      ["no token", put(good, current, { Authorization: "" }), 401, { title: "Unauthorized", detail: expect.stringMatching(/needs the edit token/) }],
      ["a wrong token", put(good, current, { Authorization: `Bearer ${TOKEN.replace(/.$/, "X")}` }), 401, { detail: expect.stringMatching(/not right/) }],
      ["a token of another length", put(good, current, { Authorization: "Bearer abc" }), 401, {}],
      ["Basic instead of Bearer", put(good, current, { Authorization: `Basic ${btoa(`x:${TOKEN}`)}` }), 401, {}],
      ["no If-Match", put(good, null), 428, { type: "/v1/problems/if-match-required" }],
      ["a stale If-Match", put(good, '"stale"'), 412, { type: "/v1/problems/config-changed", detail: expect.stringMatching(/saved by someone else/) }],
      ["a weak tag of the current version", put(good, `W/${current}`), 412, {}],
      ["text/plain", put(good, current, { "Content-Type": "text/plain" }), 415, { title: "Unsupported Media Type" }],
      ["JSON in Latin-1", put(good, current, { "Content-Type": "application/json; charset=iso-8859-1" }), 415, {}],
      ["over 1 MB", put(huge, current), 413, { title: "Content Too Large" }],
      ["over 1 MB, streamed without a length", put(oversized, current), 413, {}],
      ["not JSON", put('{ "name": ', current), 400, { type: "/v1/problems/invalid-config", errors: [{ path: "", message: expect.stringMatching(/^the request body is not valid JSON: line 1, column 10: /) }] }],
      ["not UTF-8", put(new Uint8Array([0x7b, 0xff, 0x7d]), current), 400, { errors: [{ path: "", message: "the request body is not UTF-8 text" }] }],
      ["an invalid config", put(broken, current), 400, { detail: expect.stringMatching(/^2 problems, the first: units\[1\]\.hours\.weekly\.mon\[0\]: /) }],
    ];
    for (const [what, pending, status, problem] of cases) {
      const response = await pending;
      expect(response.status, what).toBe(status);
      expect(response.headers.get("Content-Type"), what).toBe("application/problem+json; charset=utf-8");
      expect(await response.json(), what).toMatchObject({ status, ...problem });
      if (status === 401) expect(response.headers.get("WWW-Authenticate"), what).toMatch(/^Bearer realm="oppettider"/);
      if (status === 412) expect(response.headers.get("ETag"), what).toBe(current);
      expect(readFileSync(folder.file).equals(original), what).toBe(true);
    }
    const invalid = (await (await put(broken, current)).json()) as any;
    expect(invalid.errors).toEqual([
      { path: "units[1].hours.weekly.mon[0]", message: expect.stringMatching(/^"19:00-10:00" ends before it starts/) },
      { path: "units[2].id", message: expect.stringMatching(/biblioteket/) },
    ]);
    expect(readdirSync(folder.dir)).toEqual(["kommun.json"]); // no history folder, no temporary file
    expect(await mondayHours()).toBe("10.00–19.00");
    expect(((await (await request("/v1/health")).json()) as any).config.version).toBe(1);
  });

  it("compares the token as SHA-256 digests, in constant time", async () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([9, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
    const { put, etag } = editApp(folder.file);
    const current = await etag();
    const digest = vi.spyOn(crypto.subtle, "digest");
    try {
      // A guess of 3 characters is hashed to 32 bytes like the token: the compare never sees its length.
      expect((await put("{}", current, { Authorization: "Bearer abc" })).status).toBe(401);
      const hashed = digest.mock.calls.map(([, data]) => new TextDecoder().decode(data as Uint8Array));
      expect(hashed).toContain("abc");
    } finally {
      digest.mockRestore();
    }
  });
});

describe("the rest of HTTP", () => {
  it("preflights allow saving from another origin; other methods are 405 with Allow", async () => {
    const { request } = editApp(folder.file);
    const preflight = await request("/v1/config", {
      method: "OPTIONS",
      headers: { Origin: "null", "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "authorization, if-match, content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries(["Access-Control-Allow-Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers"].map((name) => [name, preflight.headers.get(name)]))).toEqual({
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, HEAD, PUT, OPTIONS",
      "Access-Control-Allow-Headers": "Authorization, If-Match, If-None-Match, Content-Type",
    });
    const restore = await request("/v1/config/history/2026-12-06T12.00.00.000Z/restore", { method: "OPTIONS" });
    expect(restore.headers.get("Access-Control-Allow-Methods")).toBe("POST, OPTIONS");
    for (const [method, path, allow] of [
      ["DELETE", "/v1/config", "GET, HEAD, PUT, OPTIONS"],
      ["POST", "/v1/config", "GET, HEAD, PUT, OPTIONS"],
      ["PUT", "/v1/config/history", "GET, HEAD, OPTIONS"],
      ["GET", "/v1/config/history/2026-12-06T12.00.00.000Z/restore", "POST, OPTIONS"],
    ] as const) {
      const response = await request(path, { method });
      expect([response.status, response.headers.get("Allow")], `${method} ${path}`).toEqual([405, allow]);
    }
    expect((await request("/v1/units", { method: "PUT" })).status).toBe(405);
    expect((await request("/v1/health")).status).toBe(200);
  });

  it("the OpenAPI document lists the edit routes, and is valid", async () => {
    const { request } = editApp(folder.file);
    const document = (await (await request("/v1/openapi.json")).json()) as any;
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(Object.keys(document.paths).filter((path) => path.startsWith("/v1/config"))).toEqual([
      "/v1/config",
      "/v1/config/history",
      "/v1/config/history/{id}",
      "/v1/config/history/{id}/restore",
    ]);
    const put = document.paths["/v1/config"].put;
    expect(put.security).toEqual([{ editToken: [] }]);
    expect(Object.keys(put.responses)).toEqual(["200", "400", "401", "412", "413", "415", "428"]);
    // The body's schema is the organisation config's own: its units and their ids as the validator checks them.
    expect(document.components.schemas.OrganizationConfig.properties.units.items.properties.id).toEqual({ type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" });
    expect(document.paths["/v1/config/history/{id}"].get.parameters[0].schema.pattern).toBe("^\\d{4}-\\d{2}-\\d{2}T\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{3}Z(?:-\\d{1,6})?$");
  });
});

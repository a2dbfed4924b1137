import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OrganizationConfig } from "../../src/index";
import { createApp, createServiceState, type SavedConfig } from "../../src/server/index";
import { createNodeConfigStore, type NodeConfigStoreOptions } from "../../src/server/nodeConfigStore";

/*
 * The edit API in-process: examples/organization.json copied into a temporary folder, the
 * service state made from it, and an app whose edit store is that file.
 */

export const EXAMPLE = new URL("../../examples/organization.json", import.meta.url);
export const TOKEN = "test-edit-token-0123456789";
export const example = () => JSON.parse(readFileSync(EXAMPLE, "utf8")) as OrganizationConfig & { units: any[] };

/** A folder removed by `remove()`, with a copy of the example as `kommun.json`. */
export function editFolder() {
  const dir = mkdtempSync(join(tmpdir(), "oppettider-edit-"));
  const file = join(dir, "kommun.json");
  copyFileSync(EXAMPLE, file);
  return { dir, file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An app editing `file`; `saved` collects what onSaved was told. */
export function editApp(file: string, storeOptions: NodeConfigStoreOptions = {}) {
  const state = createServiceState(JSON.parse(readFileSync(file, "utf8")) as OrganizationConfig);
  const store = createNodeConfigStore(file, storeOptions);
  const saved: SavedConfig[] = [];
  const app = createApp(state, { edit: { token: TOKEN, store, onSaved: (event) => saved.push(event) } });
  const request = async (path: string, init: RequestInit = {}): Promise<Response> => app.fetch(new Request(`http://oppettider.test${path}`, init));
  /** PUT /v1/config with the token and a JSON body (an object is stringified). */
  const put = (body: unknown, ifMatch: string | null, headers: Record<string, string> = {}) =>
    request("/v1/config", {
      method: "PUT",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json", ...(ifMatch === null ? {} : { "If-Match": ifMatch }), ...headers },
      body: typeof body === "string" || body instanceof Uint8Array || body instanceof ReadableStream ? (body as BodyInit) : JSON.stringify(body, null, 2),
      ...(body instanceof ReadableStream && { duplex: "half" }),
    } as RequestInit);
  const etag = async () => (await request("/v1/config")).headers.get("ETag")!;
  /** The library's hours on Monday 30 November 2026, as the service answers them now. */
  const mondayHours = async () => {
    const response = await request("/v1/units/biblioteket/days?from=2026-11-30&to=2026-11-30");
    return ((await response.json()) as { days: { hours: string }[] }).days[0]!.hours;
  };
  return { app, state, store, saved, request, put, etag, mondayHours };
}

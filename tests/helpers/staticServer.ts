// A static file server for the browser tests, in the test process: the repository root on
// 127.0.0.1 (a free port), plus routes a test adds (a fake service, a failing URL).
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** A route's answer: status, body, content type. */
export interface Answer {
  status: number;
  body: string;
  type?: string;
}

export type Route = (request: IncomingMessage) => Answer | Promise<Answer>;

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** Adds or replaces the answer for a path (`/v1/units/x/config`). */
  route(path: string, answer: Route | null): void;
  /** How many requests each path got. */
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Starts the server; close it in afterAll.
 *
 * @example
 * const server = await startStaticServer();
 * await page.goto(`${server.url}/examples/website/`);
 */
export async function startStaticServer(): Promise<StaticServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const server = createServer((request, response) => void handle(request, response));

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = ({ status, body, type }: Answer) => {
      response.writeHead(status, { "content-type": type ?? "text/plain; charset=utf-8", "cache-control": "no-store", "access-control-allow-origin": "*" });
      response.end(body);
    };
    const route = routes.get(path);
    if (route) return send(await route(request));
    let file = resolve(ROOT, `.${path}`);
    if (file !== ROOT && !file.startsWith(ROOT + sep)) return send({ status: 403, body: "forbidden" });
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      send({ status: 200, body: await readFile(file, "utf8"), type: TYPES[extname(file)] ?? "application/octet-stream" });
    } catch {
      send({ status: 404, body: `not found: ${path}` });
    }
  }

  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    route(path, answer) {
      if (answer === null) routes.delete(path);
      else routes.set(path, answer);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

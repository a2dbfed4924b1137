// A tiny static file server for the browser examples: serves the repository root on
// localhost, so that examples/website/ and examples/kiosk/ can load
// ../../dist/browser/oppettider-elements.js.
//
//   npm run build
//   node examples/serve.mjs [port]        # or PORT=8080 node examples/serve.mjs
//
// Port 0 picks a free port. The first line printed is the address, e.g.
// `Serving /work/main at http://127.0.0.1:8080/` (the tests read it).
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
const host = process.env.HOST ?? "127.0.0.1";

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve.mjs: not a port: ${process.argv[2] ?? process.env.PORT}`);
  process.exit(2);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
};

function send(res, status, text, headers = {}) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(text);
}

const server = createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "Method not allowed\n", { allow: "GET, HEAD" });
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    return send(res, 400, "Bad request\n");
  }
  const file = resolve(root, `.${pathname}`);
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, "Forbidden\n");

  let stat;
  try {
    stat = statSync(file);
  } catch {
    return send(res, 404, `Not found: ${pathname}\n`);
  }
  if (stat.isDirectory()) {
    // A folder's relative links need the trailing slash: /examples/kiosk → /examples/kiosk/.
    if (!pathname.endsWith("/")) return send(res, 301, "", { location: `${pathname}/${new URL(req.url ?? "/", "http://localhost").search}` });
    return serveFile(req, res, join(file, "index.html"));
  }
  return serveFile(req, res, file, stat);
});

function serveFile(req, res, file, stat) {
  try {
    stat ??= statSync(file);
  } catch {
    return send(res, 404, "Not found\n");
  }
  res.writeHead(200, {
    "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "content-length": stat.size,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  if (req.method === "HEAD") return res.end();
  createReadStream(file).pipe(res);
}

server.listen(port, host, () => {
  const address = server.address();
  console.log(`Serving ${root} at http://${host}:${address.port}/`);
  console.log(`  website: http://${host}:${address.port}/examples/website/`);
  console.log(`  kiosk:   http://${host}:${address.port}/examples/kiosk/`);
});

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/*
 * GET /studio on `oppettider serve`: the built studio page (dist/studio/index.html, by
 * scripts/build-studio.mjs), sent with a strict CSP that allows exactly its inline script and
 * style, by their hashes, and connections to this service only.
 */

/** The studio page and its headers, or null when the build has no studio page. */
export interface StudioPage {
  readonly html: string;
  readonly headers: Record<string, string>;
}

const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The CSP of a page: its inline `<script>` and `<style>` blocks allowed by hash, nothing else.
 *
 * @example
 * studioCsp("<style>a{}</style><script type=module>1</script>") // => "default-src 'none'; script-src 'sha256-…'; …"
 */
export function studioCsp(html: string): string {
  const blocks = (tag: string) => [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => hashOf(m[1]!));
  return [
    "default-src 'none'",
    `script-src ${blocks("script").join(" ")}`,
    `style-src ${blocks("style").join(" ")}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Reads the built studio page beside the CLI (dist/studio/index.html).
 *
 * @example
 * readStudioPage()?.headers["Content-Type"] // => "text/html; charset=utf-8"
 */
export function readStudioPage(file = findStudioFile()): StudioPage | null {
  if (file === null || !existsSync(file)) return null;
  const html = readFileSync(file, "utf8");
  return {
    html,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": studioCsp(html),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-cache",
    },
  };
}

function findStudioFile(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, "studio/index.html"), join(here, "../studio/index.html"), join(here, "../../dist/studio/index.html")].find((path) => existsSync(path)) ?? null;
}

/**
 * Wraps a service's fetch so that GET/HEAD /studio answers the studio page.
 *
 * @example
 * nodeServe({ fetch: withStudio(app.fetch, readStudioPage()) });
 */
export function withStudio(fetch: (request: Request) => Response | Promise<Response>, page: StudioPage | null): (request: Request) => Response | Promise<Response> {
  return (request) => {
    const { pathname } = new URL(request.url);
    if (page === null || (pathname !== "/studio" && pathname !== "/studio/") || (request.method !== "GET" && request.method !== "HEAD")) return fetch(request);
    return new Response(request.method === "HEAD" ? null : page.html, { status: 200, headers: page.headers });
  };
}

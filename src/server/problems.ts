import type { ParameterProblem } from "./parameters";

/*
 * Errors as RFC 9457 problem details (`application/problem+json`). The problem types are
 * relative URIs under /v1/problems/, which the service describes itself; a request for an
 * unknown route is plain `about:blank` with the status's title.
 */

/** The problem types of the service, with their titles and what they mean. */
export const PROBLEM_TYPES = {
  "invalid-parameters": {
    status: 400,
    title: "Invalid parameters",
    description: "One or more query parameters are unknown, given twice or have a bad value; `errors` lists every one with its name.",
  },
  "unknown-unit": {
    status: 404,
    title: "Unknown unit",
    description: "No unit has this id; `candidates` lists the units the id could have meant (or every unit), each with its id, name and URL.",
  },
  "outside-supported-years": {
    status: 400,
    title: "Outside the supported years",
    description: "The question needs a date outside the years the Swedish calendar is known for (2005–2100).",
  },
  // The edit API's (editRoutes.ts).
  "invalid-config": {
    status: 400,
    title: "Invalid config",
    description: "The config sent is not JSON, or not a valid organisation config; `errors` lists every problem with its path (`units[1].hours.weekly.mon[0]`). Nothing was saved.",
  },
  "config-changed": {
    status: 412,
    title: "The config has changed",
    description: "Someone saved the config after you read it: the If-Match tag is not its ETag now (the answer's ETag is). Nothing was saved; read it again, then save.",
  },
  "if-match-required": {
    status: 428,
    title: "If-Match required",
    description: "A save must say which version it replaces: send If-Match with the ETag of GET /v1/config. Nothing was saved.",
  },
} as const;

/** A problem type's name. */
export type ProblemType = keyof typeof PROBLEM_TYPES;

/** The body of a problem answer. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly [extension: string]: unknown;
}

/** On every answer: any origin may read it, its ETag included (Cache-Control is readable anyway). */
export const CORS_HEADERS = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag" } as const;

const PROBLEM_HEADERS = { ...CORS_HEADERS, "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store" };

/**
 * A problem answer of one of the service's types, with extension members.
 *
 * @example
 * problemResponse("unknown-unit", "no unit has the id \"bibblan\"", "/v1/units/bibblan/status", { candidates: [] }).status // => 404
 */
export function problemResponse(type: ProblemType, detail: string, instance: string, extensions: Record<string, unknown> = {}): Response {
  const { status, title } = PROBLEM_TYPES[type];
  return json({ type: `/v1/problems/${type}`, title, status, detail, instance, ...extensions }, status);
}

/**
 * A 400 answer listing every parameter problem (`errors`).
 *
 * @example
 * invalidParameters([{ in: "query", name: "lang", detail: 'lang must be "sv" or "en", got "de"' }], "/v1/units/a/status?lang=de")
 */
export function invalidParameters(problems: readonly ParameterProblem[], instance: string): Response {
  const detail = problems.length === 1 ? problems[0]!.detail : `${problems.length} problems: ${problems.map((p) => p.detail).join("; ")}`;
  return problemResponse("invalid-parameters", detail, instance, { errors: problems });
}

/**
 * A plain problem for a status without a type of its own (404 for an unknown route,
 * 405 for a method other than GET, HEAD and OPTIONS, 500).
 *
 * @example
 * plainProblem(404, "Not Found", "no route GET /v2/units", "/v2/units").status // => 404
 */
export function plainProblem(status: number, title: string, detail: string, instance: string, headers: Record<string, string> = {}): Response {
  return json({ type: "about:blank", title, status, detail, instance }, status, headers);
}

function json(body: ProblemDetails, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...PROBLEM_HEADERS, ...headers } });
}

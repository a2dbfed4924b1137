import * as z from "zod/mini";
import { holidaysInEnglish } from "../calendar/calendars";
import { version } from "../../package.json";
import type { Organization } from "../contacts/createOrganization";
import { editOpenApi } from "./editOpenApi";
import { ROUTE_PARAMETERS } from "./parameters";
import { PROBLEM_TYPES } from "./problems";
import type { Route } from "./routes";

/*
 * The OpenAPI 3.1 description of the service. The query parameters come from the zod
 * schemas that check them (zod's JSON Schema output is draft 2020-12, the dialect of
 * OpenAPI 3.1), the paths from the route table: nothing here repeats a parameter rule.
 */

type JsonObject = Record<string, unknown>;

const PROBLEM_SCHEMA = {
  type: "object",
  description: "RFC 9457 problem details.",
  properties: {
    type: { type: "string", description: "A URI reference naming the problem type: /v1/problems/{type}, or about:blank." },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string", description: "What went wrong, for a person." },
    instance: { type: "string", description: "The request's path and query." },
    errors: {
      type: "array",
      description: "invalid-parameters: every problem, with the parameter's name.",
      items: {
        type: "object",
        properties: { in: { type: "string", enum: ["query", "path"] }, name: { type: "string" }, detail: { type: "string" } },
        required: ["in", "name", "detail"],
      },
    },
    candidates: {
      type: "array",
      description: "unknown-unit: the units the id could have meant, or every unit.",
      items: { type: "object", properties: { id: { type: "string" }, name: { type: "string" }, href: { type: "string" } }, required: ["id", "name", "href"] },
    },
  },
  required: ["type", "title", "status", "detail"],
};

/** The query parameters of a route, from its zod schema. */
function queryParameters(route: Route): JsonObject[] {
  const schema = z.toJSONSchema(ROUTE_PARAMETERS[route.name], { io: "input" }) as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: "query", required: (schema.required ?? []).includes(name), ...(description !== undefined && { description }), schema: rest };
  });
}

function problemResponse(description: string): JsonObject {
  return { description, content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } };
}

/**
 * The OpenAPI document of an organisation's service.
 *
 * @example
 * openApiDocument(organization, ROUTES).paths["/v1/units/{unit}/status"].get.parameters.map((p) => p.name)
 * // => ["unit", "at", "lang"]
 * openApiDocument(organization, ROUTES, { edit: true }).paths["/v1/config"].put.operationId // => "putConfig"
 */
export function openApiDocument(organization: Organization, routes: readonly Route[], options: { edit?: boolean } = {}): JsonObject {
  const unitParameter = {
    name: "unit",
    in: "path",
    required: true,
    description: `The unit's id: ${organization.units.map((unit) => `${unit.id} (${unit.name})`).join(", ")}.`,
    schema: { type: "string", enum: organization.units.map((unit) => unit.id) },
  };
  const paths: JsonObject = {};
  for (const route of routes) {
    const hasUnit = route.path.includes("{unit}");
    const cached = route.name !== "health";
    paths[route.path] = {
      get: {
        operationId: route.name,
        summary: route.summary,
        description: route.description,
        parameters: [...(hasUnit ? [unitParameter] : []), ...queryParameters(route)],
        responses: {
          "200": {
            description: route.summary,
            content: { [route.produces.split(";")[0]!]: {} },
            headers: cached
              ? {
                  "Cache-Control": { description: "public, max-age until the answer can next change (capped)", schema: { type: "string" } },
                  ETag: { description: "A strong tag of the body; send it as If-None-Match to get 304.", schema: { type: "string" } },
                }
              : { "Cache-Control": { description: "no-store", schema: { type: "string" } } },
          },
          ...(cached && { "304": { description: "Not modified: the If-None-Match tag is the answer's." } }),
          "400": problemResponse("Invalid parameters (every problem listed in `errors`), or a date outside 2005–2100."),
          ...(hasUnit && { "404": problemResponse("No unit with this id (`candidates` lists what it could have meant).") }),
        },
      },
    };
  }
  const edit = options.edit ? editOpenApi() : null;
  return {
    openapi: "3.1.0",
    info: {
      title: `Öppettider: ${organization.name}`,
      version,
      description:
        `Opening hours, contacts and calendars of ${organization.name} and its units (${organization.units.map((unit) => unit.name).join(", ")}), ` +
        `with ${holidaysInEnglish(organization.calendar)}, eves, days before eves and red days, bridge days and summer weeks. ` +
        (edit ? "GET, and saving the config with the edit token (PUT /v1/config); " : "GET only; ") +
        "CORS open to every origin. Errors are RFC 9457 problem details.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    paths: { ...paths, ...edit?.paths },
    components: {
      schemas: { Problem: PROBLEM_SCHEMA, ...edit?.schemas },
      ...(edit && { securitySchemes: edit.securitySchemes }),
    },
    "x-problem-types": Object.fromEntries(Object.entries(PROBLEM_TYPES).map(([name, type]) => [`/v1/problems/${name}`, type])),
  };
}

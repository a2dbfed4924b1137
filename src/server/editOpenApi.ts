import * as z from "zod/mini";
import { OrganizationConfigSchema } from "../contacts/schema";
import { HistoryIdSchema, HistorySchema, SavedSchema } from "./editSchemas";

/*
 * The edit API in the OpenAPI document, when it is on: its paths, with the request body
 * and the answers made from the zod schemas that check and shape them (the organisation
 * config's schema is the one every save is validated with).
 */

type JsonObject = Record<string, unknown>;

/** zod's JSON Schema of a schema, without `$schema` (the document names its dialect once). */
function jsonSchema(schema: z.core.$ZodType, io: "input" | "output" = "output"): JsonObject {
  // The config's checks (phone numbers, time ranges) are code, not JSON Schema: they show as
  // plain strings, and a save answers 400 with their messages.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonObject;
  return rest;
}

const problem = (description: string): JsonObject => ({ description, content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } });
const configProblem = (description: string): JsonObject => ({ description, content: { "application/problem+json": { schema: { $ref: "#/components/schemas/ConfigProblem" } } } });
const etagHeader = { ETag: { description: "A strong tag of the config's bytes (SHA-256): send it as If-Match to save.", schema: { type: "string" } } };
const ifMatch = {
  name: "If-Match",
  in: "header",
  required: true,
  description: "The ETag of the version this save replaces (from GET /v1/config). Missing: 428; not the current one: 412.",
  schema: { type: "string" },
};
const { description: idDescription, ...idSchema } = jsonSchema(HistoryIdSchema);
const idParameter = { name: "id", in: "path", required: true, description: idDescription, schema: idSchema };

/** The answers a save can get (PUT, restore). */
function saveResponses(what: string): JsonObject {
  return {
    "200": { description: `Saved: ${what} is in service.`, headers: etagHeader, content: { "application/json": { schema: { $ref: "#/components/schemas/Saved" } } } },
    "400": configProblem("Not JSON, or not a valid config: `errors` lists every problem with its path. Nothing was saved."),
    "401": problem("No edit token, or a wrong one (`WWW-Authenticate: Bearer`). Nothing was saved."),
    "412": problem("The If-Match tag is not the config's ETag now: someone saved first. The answer's ETag is the current one. Nothing was saved."),
    "428": problem("If-Match is missing. Nothing was saved."),
  };
}

const versionAnswer = (description: string): JsonObject => ({ description, headers: etagHeader, content: { "application/json": {} } });

/**
 * The edit API's paths and the schemas they refer to, for the OpenAPI document.
 *
 * @example
 * Object.keys(editOpenApi().paths) // => ["/v1/config", "/v1/config/history", "/v1/config/history/{id}", "/v1/config/history/{id}/restore"]
 */
export function editOpenApi(): { paths: JsonObject; schemas: JsonObject; securitySchemes: JsonObject } {
  const security = [{ editToken: [] }];
  return {
    paths: {
      "/v1/config": {
        get: {
          operationId: "getConfig",
          summary: "The config, as stored",
          description: "The config file's JSON text exactly as stored, with its ETag (for If-Match when saving). No token needed: it is what the service publishes. Never cached.",
          responses: { "200": versionAnswer("The config."), "304": { description: "Not modified: the If-None-Match tag is the config's." }, "404": problem("The config file is missing.") },
        },
        put: {
          operationId: "putConfig",
          summary: "Save a new config",
          description:
            "Validates the config and saves it atomically (a temporary file, fsync, rename), keeping the version it replaces in the history; " +
            "the service answers with it from the moment this answer is sent. Refused (and the stored config left byte for byte as it was) without the token, " +
            "without If-Match or with a stale one, for another media type, over 1 MB, or for an invalid config.",
          security,
          parameters: [ifMatch],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/OrganizationConfig" } } } },
          responses: {
            ...saveResponses("the config sent"),
            "413": problem("The body is over 1 MB (1048576 bytes). Nothing was saved."),
            "415": problem("The body is not sent as application/json. Nothing was saved."),
          },
        },
      },
      "/v1/config/history": {
        get: {
          operationId: "getConfigHistory",
          summary: "The previous versions of the config",
          description: "The versions the saves replaced, newest first (the last 50), each with its id, when it was saved, its ETag and its size. Never cached.",
          responses: { "200": { description: "The previous versions.", content: { "application/json": { schema: jsonSchema(HistorySchema) } } } },
        },
      },
      "/v1/config/history/{id}": {
        get: {
          operationId: "getConfigVersion",
          summary: "A previous version of the config",
          description: "The version's JSON text exactly as it was stored, with its ETag.",
          parameters: [idParameter],
          responses: { "200": versionAnswer("The version."), "304": { description: "Not modified." }, "404": problem("No version has this id.") },
        },
      },
      "/v1/config/history/{id}/restore": {
        post: {
          operationId: "restoreConfigVersion",
          summary: "Put a previous version back",
          description: "Saves the version as PUT /v1/config would save it (validated, atomically; the config it replaces goes into the history). No body.",
          security,
          parameters: [idParameter, ifMatch],
          responses: { ...saveResponses("the version"), "404": problem("No version has this id.") },
        },
      },
    },
    schemas: {
      OrganizationConfig: { description: "An organisation config, as `createOrganization` takes it.", ...jsonSchema(OrganizationConfigSchema, "input") },
      Saved: jsonSchema(SavedSchema),
      ConfigProblem: {
        allOf: [
          { $ref: "#/components/schemas/Problem" },
          {
            type: "object",
            properties: {
              errors: {
                type: "array",
                description: "invalid-config: every problem (the first 100), with its path in the config.",
                items: { type: "object", properties: { path: { type: "string", description: "units[1].hours.weekly.mon[0]; empty for the config as a whole." }, message: { type: "string" } }, required: ["path", "message"] },
              },
            },
          },
        ],
      },
    },
    securitySchemes: { editToken: { type: "http", scheme: "bearer", description: "The edit token of `oppettider serve --edit-token-file` (or OPPETTIDER_EDIT_TOKEN)." } },
  };
}

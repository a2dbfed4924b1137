/**
 * oppettider/server — the service of SPEC §11 as a web-standard `fetch` handler (Hono),
 * for Node (`oppettider serve`), serverless and edge runtimes. Needs the optional peer
 * dependency `hono`.
 *
 * @example
 * import { createApp } from "oppettider/server";
 * export default { fetch: createApp(config).fetch };
 */
export { createApp } from "./createApp";
export type { App, AppOptions } from "./createApp";
export { createServiceState, isOrganization } from "./state";
export type { Loaded, OrganizationInput, Rejected, ServiceState } from "./state";
export { DEFAULT_MAX_AGE_CAP } from "./caching";
export { MAX_DAYS, MAX_EXPORT_DAYS } from "./parameters";
export type { ParameterProblem } from "./parameters";
export { PROBLEM_TYPES } from "./problems";
export type { ProblemDetails, ProblemType } from "./problems";
export { createMemoryConfigStore, HISTORY_LIMIT } from "./configStore";
export type { ConfigStore, Replaced, StoredConfig, StoredVersion } from "./configStore";
export type { EditOptions, SavedConfig } from "./editRoutes";
export type { McpHttpOptions } from "./mcpRoutes";
export { MIN_EDIT_TOKEN_LENGTH } from "./editToken";

/*
 * zod/mini carries no message texts, so the checks word their generic issues themselves
 * (messageOf in configError.ts, issueText in validateToolArgs.ts, …), recognising an issue
 * zod left unworded by the message "Invalid input". But zod keeps one global config for all
 * its builds: an app that also loads the full `zod` (or a dependency that does, like the MCP
 * SDK) installs English locale texts there ("Invalid input: expected string, received
 * number"), and our issues would lose their own wording. A per-parse error map comes before
 * the global config (a schema's own `error` still comes first), so every parse passes this.
 */

/** What zod writes for an issue no one worded. */
export const UNWORDED = "Invalid input";

/**
 * Parse options that keep zod's global locale out of our issues.
 *
 * @example
 * schema.safeParse(input, { ...WITHOUT_LOCALE, reportInput: true })
 */
export const WITHOUT_LOCALE = Object.freeze({ error: () => UNWORDED });

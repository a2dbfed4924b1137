import { UsageError } from "./usageError";

/*
 * The packages only some commands need are optional peer dependencies of oppettider
 * (package.json "peerDependenciesMeta"): `npm install oppettider` for a website does not
 * install them. The command that needs one imports it here, on demand; when it is missing,
 * the user gets the one step that installs it instead of a module-not-found stack trace.
 */

/** The optional peers, by the command that needs them. */
export const OPTIONAL_PEERS = {
  mcp: { what: "the MCP SDK", packages: ["@modelcontextprotocol/sdk"] },
  serve: { what: "Hono and its Node adapter", packages: ["hono", "@hono/node-server"] },
} as const;

/** A command that needs optional peers. */
export type PeerCommand = keyof typeof OPTIONAL_PEERS;

/** An optional peer dependency is not installed: says which, and how to install it. Exit status 2. */
export class MissingPeerError extends UsageError {
  override name = "MissingPeerError";
}

/**
 * The message for a command whose optional peers are missing.
 *
 * @example
 * missingPeerMessage("mcp")
 * // => "oppettider mcp needs the MCP SDK (@modelcontextprotocol/sdk), an optional peer dependency that is not installed. …"
 */
export function missingPeerMessage(command: PeerCommand): string {
  const { what, packages } = OPTIONAL_PEERS[command];
  const list = packages.join(" ");
  const plural = packages.length > 1;
  return [
    `oppettider ${command} needs ${what} (${packages.join(", ")}), ${plural ? "optional peer dependencies that are" : "an optional peer dependency that is"} not installed.`,
    `Install ${plural ? "them" : "it"} next to oppettider:`,
    `  npm install ${list}`,
    `or, with npx:`,
    `  npx ${["oppettider", ...packages].map((name) => `-p ${name}`).join(" ")} oppettider ${command}`,
  ].join("\n");
}

/**
 * Imports an optional peer for a command: `load` is the `import()` itself (a literal
 * specifier, so that types and bundlers see it). Throws `MissingPeerError` when the peer is
 * not installed; any other failure (a broken install) is passed on as it is.
 *
 * @example
 * const { McpServer } = await importOptionalPeer("mcp", () => import("@modelcontextprotocol/sdk/server/mcp.js"));
 */
export async function importOptionalPeer<T>(command: PeerCommand, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissing(error, OPTIONAL_PEERS[command].packages)) throw new MissingPeerError(missingPeerMessage(command));
    throw error;
  }
}

/** Whether an import failed because one of the packages is not installed (not because it broke). */
function isMissing(error: unknown, packages: readonly string[]): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") return false;
  // Node: "Cannot find package '@modelcontextprotocol/sdk' imported from …" (the package
  // itself, not a file inside it or one of its own dependencies).
  return typeof message === "string" && packages.some((name) => message.includes(`'${name}'`) || message.includes(`"${name}"`));
}

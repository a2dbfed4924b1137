import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { Command, Option } from "commander";
import { createOrganization } from "../contacts/withPhones";
import type { OrganizationConfig } from "../contacts/schema";
import { presets } from "../presets/index";
import { checkMcpOrigins } from "../server/mcpOrigins";
import type { ConfigIssue } from "../validation/configError";
import type { CliIo } from "./cliIo";
import { importOptionalPeer } from "./optionalPeer";
import { parseConfigText, readConfigText } from "./readConfigFile";
import { EDIT_TOKEN_VARIABLE, readEditToken, serveEditing } from "./serveEditing";
import { readStudioPage, withStudio } from "./studioPage";
import { onlyOnce } from "./unitOption";
import { UsageError } from "./usageError";
import { watchConfigFile } from "./watchConfigFile";

/*
 * `oppettider serve`: the service of SPEC §11 on Node, through @hono/node-server. The
 * config file is watched: a valid edit goes into service at once, an invalid one is logged
 * with every problem (and shown in /v1/health) while the last good config keeps serving.
 * SIGTERM and SIGINT stop taking connections, let the requests in flight finish, and exit 0.
 * With an edit token, the edit API saves into the config file (serveEditing.ts). `/mcp`
 * answers the chat tools over MCP (src/server/mcpRoutes.ts); --mcp-origin names the web
 * pages that may call it.
 */

/** How long a stop waits for requests in flight before it closes their connections, in ms. */
const DRAIN_TIMEOUT_MS = 10_000;

interface ServeOptions {
  port: string;
  host: string;
  editTokenFile?: string;
  mcpOrigin: string[];
}

/**
 * Adds `serve` to the program.
 *
 * @example
 * addServeCommand(program, io); // oppettider serve --config kommun.json --port 8080
 */
export function addServeCommand(program: Command, io: CliIo): void {
  program
    .command("serve")
    .description("serve the organisation and its units over HTTP (JSON, iCalendar, JSON-LD, OpenAPI under /v1; the chat tools over MCP at /mcp); the --config file is watched for edits")
    .addOption(new Option("--port <n>", "TCP port (0: any free port)").default("8080"))
    .addOption(new Option("--host <host>", "address to listen on").default("127.0.0.1"))
    .addOption(
      new Option("--edit-token-file <file>", `turn on the edit API (PUT /v1/config) with the token in this file (or in ${EDIT_TOKEN_VARIABLE}); needs --config`).argParser(onlyOnce("--edit-token-file")),
    )
    .addOption(
      new Option("--mcp-origin <origin>", 'a web page origin (https://chat.example.org) that may call POST /mcp; repeatable; "*" for any page (default: none, only clients without Origin)')
        .argParser((value: string, previous: string[]) => [...previous, value])
        .default([]),
    )
    .action(async (options: ServeOptions, command: Command) => {
      const globals = command.optsWithGlobals() as { config?: string; unit?: string };
      if (globals.unit !== undefined) throw new UsageError("serve answers for every unit (/v1/units/{unit}/…); --unit does not apply to it");
      await serve(globals.config, options, io);
    });
}

async function serve(file: string | undefined, options: ServeOptions, io: CliIo): Promise<void> {
  const port = Number(options.port);
  if (!/^\d+$/.test(options.port) || port > 65_535) throw new UsageError(`--port must be a whole number 0–65535, got ${JSON.stringify(options.port)}`);
  const mcpOrigins = mcpOriginsOption(options.mcpOrigin);
  const token = readEditToken(options.editTokenFile, process.env[EDIT_TOKEN_VARIABLE], file);
  const { createApp, createServiceState, nodeServe } = await loadServer();

  const initialText = file === undefined ? null : readConfigText(file);
  const organization = createOrganization(initialText === null ? presets.arjeplogKommun : (parseConfigText(initialText, file!) as OrganizationConfig));
  const state = createServiceState(organization, { source: file ?? null });
  let serving = initialText; // the text in service, whether the watcher or the edit API loaded it
  const editing =
    token === null
      ? null
      : serveEditing(file!, token, (saved) => {
          serving = saved.text;
          io.out(`oppettider: config saved through the edit API (version ${saved.version})${saved.previous ? `; the previous one kept as ${saved.previous}` : ""}`);
        });
  const app = createApp(state, { mcp: { origins: mcpOrigins }, ...(editing ? { edit: editing.edit } : {}) });

  const server = await listen(() => nodeServe({ fetch: withStudio(app.fetch, readStudioPage()), port, hostname: options.host }) as Server, options.host, port);
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const units = organization.units.length;
  io.out(
    `oppettider: serving ${organization.name} (${units} unit${units === 1 ? "" : "s"}) at http://${host}:${address.port}/v1 — ` +
      (file === undefined ? "the embedded Arjeplog default" : `config ${file}, watched for edits`),
  );
  io.out(`oppettider: MCP (Streamable HTTP) at http://${host}:${address.port}/mcp${mcpOrigins.length ? ` for pages from ${mcpOrigins.join(", ")}` : ""}`);
  if (editing) io.out(`oppettider: the edit API is on: PUT /v1/config with the edit token; previous versions in ${editing.historyFolder}`);

  const stopWatching =
    initialText === null
      ? () => undefined
      : watchConfigFile(
          file!,
          initialText,
          (text) => reload(text),
          (error) => {
            const issues = [{ path: "", message: `cannot read ${file}: ${error.code ?? error.message}` }];
            state.reject(issues);
            logRejected(issues);
          },
        );

  function reload(text: string): void {
    // A save through the edit API is put in service by the API itself, before it answers.
    if (editing?.isSaving(text) || (text === serving && state.rejected() === null)) return;
    // Read as at start and as every other command reads a config: a byte-order mark is fine, a
    // syntax error is reported with its line and column.
    let json: unknown;
    try {
      json = parseConfigText(text, file!);
    } catch (error) {
      const issues = [{ path: "", message: (error as Error).message }];
      state.reject(issues);
      logRejected(issues);
      return;
    }
    const issues = state.load(json);
    if (issues.length > 0) return logRejected(issues);
    serving = text;
    const { organization: now, version } = state.current();
    io.out(`oppettider: config reloaded (version ${version}): ${now.name}, ${now.units.length} unit${now.units.length === 1 ? "" : "s"}`);
  }

  function logRejected(issues: readonly ConfigIssue[]): void {
    io.err(
      `oppettider: ${file} was not loaded; still serving version ${state.current().version}. Problems:\n` +
        issues.map((issue) => `  ${issue.path || "(config)"}: ${issue.message}`).join("\n"),
    );
  }

  await stopOnSignal(server, io);
  stopWatching();
}

/** The --mcp-origin values, checked (a usage error names the bad one). */
function mcpOriginsOption(values: readonly string[]): readonly string[] {
  try {
    return checkMcpOrigins(values);
  } catch (error) {
    throw new UsageError(`--mcp-origin: ${(error as Error).message}`);
  }
}

/** hono and @hono/node-server are optional peer dependencies: loaded here, on demand. */
async function loadServer() {
  // ../server/index is the oppettider/server entry: the CLI build leaves it to dist/server.js
  // (tsup.config.ts), so that hono is imported only here, when `serve` runs.
  const [{ createApp, createServiceState }, { serve }] = await Promise.all([
    importOptionalPeer("serve", () => import("../server/index")),
    importOptionalPeer("serve", () => import("@hono/node-server")),
  ]);
  return { createApp, createServiceState, nodeServe: serve };
}

/** Starts the server and waits until it listens; a port in use is a usage error. */
function listen(start: () => Server, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = start();
    const onError = (error: NodeJS.ErrnoException) => {
      reject(new UsageError(`cannot listen on ${host}:${port}: ${error.code ?? error.message}`));
    };
    server.once("error", onError);
    server.once("listening", () => {
      server.off("error", onError);
      resolve(server);
    });
  });
}

/**
 * Waits for SIGTERM or SIGINT, then stops: no new connections, the requests in flight
 * answered, idle keep-alive connections closed (after DRAIN_TIMEOUT_MS, every connection).
 */
function stopOnSignal(server: Server, io: CliIo): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      io.out(`oppettider: ${signal}: stopping, finishing the requests in flight`);
      // A keep-alive connection becomes idle once its request is answered: close it then.
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      const force = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
      server.close(() => {
        clearInterval(idle);
        clearTimeout(force);
        io.out("oppettider: stopped");
        resolve();
      });
      server.closeIdleConnections();
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
}

import { describe } from "../calendar/plainDate";
import { isPlainObject } from "../validation/checkConfigShape";
import { clip } from "../validation/quote";

/*
 * The checks of one incoming JSON-RPC message, shared by the stdio transport (one message
 * per line, lineTransport.ts) and the HTTP route (one message per POST, server/mcpRoutes.ts),
 * so that both answer the same malformed input with the same code and message: text that is
 * not JSON −32700, JSON that is not a message object (null, 123, a batch array) −32600, a
 * request whose params are malformed −32602; never an echo of the input or a schema dump.
 * No Node modules: the HTTP route runs on edge runtimes too.
 */

/** JSON-RPC 2.0 error codes. */
export const JSON_RPC = { parseError: -32700, invalidRequest: -32600, methodNotFound: -32601, invalidParams: -32602 } as const;

/** The checks a transport adds to the envelope's (both return a problem text, or null). */
export interface MessageChecks {
  /**
   * Checks a message the envelope checks passed (e.g. the SDK's `JSONRPCMessageSchema`);
   * returns a problem text, or null when it is a message.
   */
  checkMessage?: (message: Record<string, unknown>) => string | null;
  /** Checks the params of a request by method; returns a problem text, or null when they are fine. */
  checkParams?: (method: string, params: unknown) => string | null;
}

/** A JSON-RPC error to answer, with the id of the request when it had a valid one. */
export interface MessageError {
  readonly id: string | number | null;
  readonly code: number;
  readonly message: string;
}

/** One message read: the message, or the error to answer it with. */
export type ReadMessage = { message: Record<string, unknown> } | { error: MessageError };

/**
 * Reads one JSON-RPC message from its text. `batchHint` ends the message for a JSON array
 * (how to send one message instead).
 *
 * @example
 * readJsonRpcMessage('{"jsonrpc":"2.0","id":1,"method":"tools/list"}') // => { message: { jsonrpc: "2.0", id: 1, method: "tools/list" } }
 * readJsonRpcMessage("{oops").error.code // => -32700
 * readJsonRpcMessage('{"foo":1}').error.code // => -32600
 */
export function readJsonRpcMessage(text: string, checks: MessageChecks = {}, batchHint = "send one message per line"): ReadMessage {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch (error) {
    return failure(null, JSON_RPC.parseError, `Parse error: not valid JSON (${clip((error as Error).message.replace(/, ".*" is not valid JSON$/s, ""), 120)})`);
  }
  if (Array.isArray(message)) return failure(null, JSON_RPC.invalidRequest, `Invalid Request: batches (JSON arrays) are not supported; ${batchHint}`);
  if (!isPlainObject(message)) {
    return failure(null, JSON_RPC.invalidRequest, `Invalid Request: a JSON-RPC message is an object like {"jsonrpc":"2.0","id":1,"method":"tools/list"}, got ${describe(message)}`);
  }
  const id = validId(message.id) ? message.id : null;
  const envelope = envelopeProblem(message);
  if (envelope) return failure(id, JSON_RPC.invalidRequest, `Invalid Request: ${envelope}`);
  if (typeof message.method === "string" && id !== null) {
    const problem = checks.checkParams?.(message.method, message.params) ?? null;
    if (problem) return failure(id, JSON_RPC.invalidParams, `Invalid params: ${problem}`);
  }
  const problem = checks.checkMessage?.(message) ?? null;
  if (problem) return failure(id, JSON_RPC.invalidRequest, `Invalid Request: ${problem}`);
  return { message };
}

/**
 * A JSON-RPC error response.
 *
 * @example
 * jsonRpcError({ id: 7, code: -32602, message: "Invalid params: …" })
 * // => { jsonrpc: "2.0", id: 7, error: { code: -32602, message: "Invalid params: …" } }
 */
export function jsonRpcError({ id, code, message }: MessageError): { jsonrpc: "2.0"; id: string | number | null; error: { code: number; message: string } } {
  return { jsonrpc: "2.0", id, error: { code, message } };
}

/**
 * Whether a value is a valid JSON-RPC id (a text or a finite number).
 *
 * @example
 * validId(7) // => true
 * validId(null) // => false
 */
export function validId(id: unknown): id is string | number {
  return typeof id === "string" || (typeof id === "number" && Number.isFinite(id));
}

function failure(id: string | number | null, code: number, message: string): ReadMessage {
  return { error: { id, code, message } };
}

/** What is wrong with a message's JSON-RPC envelope, or null. */
function envelopeProblem(message: Record<string, unknown>): string | null {
  if (message.jsonrpc !== "2.0") return `"jsonrpc" must be "2.0", got ${message.jsonrpc === undefined ? "nothing" : describe(message.jsonrpc)}`;
  if ("method" in message) {
    if (typeof message.method !== "string" || message.method === "") return `"method" must be a text, got ${describe(message.method)}`;
    if ("id" in message && !validId(message.id)) return `"id" must be a text or a number, got ${describe(message.id)}`;
    if ("params" in message && !isPlainObject(message.params)) return `"params" must be an object, got ${describe(message.params)}`;
    return null;
  }
  if ("result" in message || "error" in message) return validId(message.id) ? null : `a response needs the "id" of its request, got ${describe(message.id)}`;
  return 'a message needs a "method" (a request or notification) or a "result" or "error" (a response)';
}

import type { Readable, Writable } from "node:stream";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { describe } from "../calendar/plainDate";
import { isPlainObject } from "../validation/checkConfigShape";
import { MAX_MCP_LINE_BYTES } from "../validation/limits";
import { clip } from "../validation/quote";

/*
 * MCP over stdio, one JSON-RPC message per line, hardened for input the server does not
 * control (the SDK's own stdio transport exits silently on a line over 10 MB, answers
 * nothing to malformed JSON, and lets one `drain` listener pile up per pending reply):
 *
 * - a line over the limit is skipped as it streams in (never held whole) and answered
 *   with an error (its id, when the line's start names one); the server keeps serving;
 * - text that is not JSON gets −32700, JSON that is not a message object (null, 123, a
 *   batch array) −32600, a request whose params are malformed −32602, each with a short
 *   message, never an echo of the input or a schema dump;
 * - replies are written one after another, waiting for `drain` once, however many are pending;
 * - when the input ends, the requests already read are answered before the transport closes.
 */

/** JSON-RPC 2.0 error codes. */
export const JSON_RPC = { parseError: -32700, invalidRequest: -32600, methodNotFound: -32601, invalidParams: -32602 } as const;

/** Options of {@link LineTransport}. */
export interface LineTransportOptions {
  /** The longest line read, in bytes (default 10 MB). */
  maxLineBytes?: number;
  /**
   * Checks a message the envelope checks passed (e.g. the SDK's `JSONRPCMessageSchema`);
   * returns a problem text, or null when it is a message.
   */
  checkMessage?: (message: Record<string, unknown>) => string | null;
  /** Checks the params of a request by method; returns a problem text, or null when they are fine. */
  checkParams?: (method: string, params: unknown) => string | null;
}

/** How much of a skipped line is kept to find its id. */
const PREFIX_BYTES = 1024;

/**
 * A Model Context Protocol transport over a line stream (stdin/stdout by default).
 *
 * @example
 * const transport = new LineTransport(process.stdin, process.stdout, { checkParams });
 * await server.connect(transport);
 */
export class LineTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private readonly maxLineBytes: number;
  private chunks: Buffer[] = [];
  private lineBytes = 0;
  private skipping = false;
  private skippedPrefix: Buffer = Buffer.alloc(0);
  private writes: Promise<void> = Promise.resolve();
  /** Requests read and not yet answered, by id. */
  private readonly pending = new Set<string>();
  private ended = false;
  private closed = false;

  constructor(
    private readonly input: Readable = process.stdin,
    private readonly output: Writable = process.stdout,
    private readonly options: LineTransportOptions = {},
  ) {
    this.maxLineBytes = options.maxLineBytes ?? MAX_MCP_LINE_BYTES;
  }

  async start(): Promise<void> {
    this.input.on("data", this.onData);
    this.input.on("end", this.onEnd);
    this.input.on("error", this.onInputError);
    this.output.on("error", this.onOutputError);
  }

  send(message: JSONRPCMessage): Promise<void> {
    const id = (message as { id?: unknown }).id;
    if (id !== undefined && ("result" in message || "error" in message)) {
      this.pending.delete(idKey(id));
      if (this.ended) queueMicrotask(() => this.closeWhenAnswered());
    }
    return this.write(`${JSON.stringify(message)}\n`);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.off("data", this.onData);
    this.input.off("end", this.onEnd);
    this.input.off("error", this.onInputError);
    this.output.off("error", this.onOutputError);
    this.chunks = [];
    await this.writes.catch(() => undefined);
    this.onclose?.();
  }

  private readonly onData = (data: Buffer | string) => {
    let chunk = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    for (;;) {
      const newline = chunk.indexOf(10);
      if (newline === -1) {
        this.take(chunk);
        return;
      }
      this.take(chunk.subarray(0, newline));
      this.endLine();
      chunk = chunk.subarray(newline + 1);
    }
  };

  private readonly onEnd = () => {
    if (this.lineBytes > 0 || this.skipping) this.endLine(); // a last line without a newline
    this.ended = true;
    this.closeWhenAnswered();
  };

  private readonly onInputError = (error: Error) => {
    this.onerror?.(error);
    void this.close();
  };

  private readonly onOutputError = (error: Error) => {
    // The client went away (EPIPE): nothing more can be said to it.
    this.onerror?.(error);
    void this.close();
  };

  private closeWhenAnswered(): void {
    if (this.ended && this.pending.size === 0) void this.close();
  }

  /** Adds a piece of the current line, switching to skipping once it passes the limit. */
  private take(piece: Buffer): void {
    if (piece.length === 0) return;
    if (this.skipping) {
      this.lineBytes += piece.length;
      return;
    }
    if (this.lineBytes + piece.length > this.maxLineBytes) {
      const start = Buffer.concat([...this.chunks, piece.subarray(0, PREFIX_BYTES)]);
      this.skippedPrefix = start.subarray(0, PREFIX_BYTES);
      this.chunks = [];
      this.skipping = true;
      this.lineBytes += piece.length;
      return;
    }
    this.chunks.push(piece);
    this.lineBytes += piece.length;
  }

  private endLine(): void {
    if (this.skipping) {
      const id = idFromPrefix(this.skippedPrefix.toString("utf8"));
      this.reply(id, JSON_RPC.invalidRequest, `Invalid Request: the message is ${this.lineBytes} bytes, over the limit of ${this.maxLineBytes} bytes (10 MB); it was not read`);
      this.skipping = false;
      this.skippedPrefix = Buffer.alloc(0);
    } else {
      const text = Buffer.concat(this.chunks).toString("utf8");
      this.handleLine(text.endsWith("\r") ? text.slice(0, -1) : text);
    }
    this.chunks = [];
    this.lineBytes = 0;
  }

  private handleLine(line: string): void {
    if (line.trim() === "") return;
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch (error) {
      this.reply(null, JSON_RPC.parseError, `Parse error: not valid JSON (${clip((error as Error).message.replace(/, ".*" is not valid JSON$/s, ""), 120)})`);
      return;
    }
    if (Array.isArray(message)) {
      this.reply(null, JSON_RPC.invalidRequest, "Invalid Request: batches (JSON arrays) are not supported; send one message per line");
      return;
    }
    if (!isPlainObject(message)) {
      this.reply(null, JSON_RPC.invalidRequest, `Invalid Request: a JSON-RPC message is an object like {"jsonrpc":"2.0","id":1,"method":"tools/list"}, got ${describe(message)}`);
      return;
    }
    const id = validId(message.id) ? message.id : null;
    const envelope = envelopeProblem(message);
    if (envelope) {
      this.reply(id, JSON_RPC.invalidRequest, `Invalid Request: ${envelope}`);
      return;
    }
    if (typeof message.method === "string" && id !== null) {
      const problem = this.options.checkParams?.(message.method, message.params) ?? null;
      if (problem) {
        this.reply(id, JSON_RPC.invalidParams, `Invalid params: ${problem}`);
        return;
      }
    }
    const problem = this.options.checkMessage?.(message) ?? null;
    if (problem) {
      this.reply(id, JSON_RPC.invalidRequest, `Invalid Request: ${problem}`);
      return;
    }
    if (typeof message.method === "string" && id !== null) this.pending.add(idKey(id));
    this.onmessage?.(message as unknown as JSONRPCMessage);
  }

  private reply(id: string | number | null, code: number, message: string): void {
    void this.write(`${JSON.stringify({ jsonrpc: "2.0", id, error: { code, message } })}\n`);
  }

  /** Writes in order; when the stream is full, waits for one `drain` before the next write. */
  private write(text: string): Promise<void> {
    this.writes = this.writes.then(
      () =>
        new Promise<void>((resolve) => {
          if (this.output.destroyed || this.output.writableEnded) return resolve();
          if (this.output.write(text)) return resolve();
          const done = () => {
            this.output.off("drain", done);
            this.output.off("close", done);
            resolve();
          };
          this.output.on("drain", done);
          this.output.on("close", done);
        }),
    );
    return this.writes;
  }
}

function validId(id: unknown): id is string | number {
  return typeof id === "string" || (typeof id === "number" && Number.isFinite(id));
}

function idKey(id: unknown): string {
  return typeof id === "string" ? `s:${id}` : `n:${String(id)}`;
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

/** The id of a message from the start of its line (`{"jsonrpc":"2.0","id":7,…`), when it comes before any nested value. */
function idFromPrefix(prefix: string): string | number | null {
  const head = prefix.slice(0, Math.max(0, prefix.slice(1).search(/[{[]/) + 1) || prefix.length);
  const match = /"id"\s*:\s*(-?\d{1,15}|"(?:[^"\\]|\\.){0,200}")/.exec(head);
  if (!match) return null;
  try {
    return JSON.parse(match[1]!) as string | number;
  } catch {
    return null;
  }
}

import type { Readable, Writable } from "node:stream";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { MAX_MCP_LINE_BYTES } from "../validation/limits";
import { JSON_RPC, readJsonRpcMessage, validId, type MessageChecks } from "./jsonRpcMessage";

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

/** Options of {@link LineTransport}. */
export interface LineTransportOptions extends MessageChecks {
  /** The longest line read, in bytes (default 10 MB). */
  maxLineBytes?: number;
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
    const read = readJsonRpcMessage(line, this.options);
    if ("error" in read) {
      this.reply(read.error.id, read.error.code, read.error.message);
      return;
    }
    const { message } = read;
    if (typeof message.method === "string" && validId(message.id)) this.pending.add(idKey(message.id));
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

function idKey(id: unknown): string {
  return typeof id === "string" ? `s:${id}` : `n:${String(id)}`;
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

/*
 * `oppettider mcp` against input it does not control (issue #13 item 9): a line over
 * 10 MB, malformed JSON, `null`, `123`, malformed tools/call params, many requests at
 * once, and stdin closing with requests in flight. Spoken to as raw JSON-RPC lines, the
 * way a broken or hostile client would.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, ROOT } from "../helpers/builtCli";

interface Reply {
  jsonrpc: "2.0";
  id: number | string | null;
  result?: { content?: { type: string; text: string }[]; isError?: boolean; tools?: unknown[] };
  error?: { code: number; message: string };
}

/** The server as a process, with every reply line parsed and stderr kept. */
class RawClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly replies: Reply[] = [];
  stderr = "";
  readonly exited: Promise<number | null>;
  private buffer = "";
  private waiters: (() => void)[] = [];

  constructor() {
    this.child = spawn(process.execPath, [CLI, "mcp"], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout.setEncoding("utf8");
    this.child.stdout.on("data", (text: string) => {
      this.buffer += text;
      let newline: number;
      while ((newline = this.buffer.indexOf("\n")) >= 0) {
        const line = this.buffer.slice(0, newline);
        this.buffer = this.buffer.slice(newline + 1);
        if (line.trim()) this.replies.push(JSON.parse(line) as Reply);
      }
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child.stderr.setEncoding("utf8");
    this.child.stderr.on("data", (text: string) => (this.stderr += text));
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  write(text: string): void {
    this.child.stdin.write(text);
  }

  send(message: object): void {
    this.write(`${JSON.stringify(message)}\n`);
  }

  call(id: number, name: string, args: unknown): void {
    this.send({ jsonrpc: "2.0", id, method: "tools/call", params: { name, arguments: args } });
  }

  async initialize(): Promise<void> {
    this.send({ jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } } });
    await this.until((replies) => replies.some((r) => r.id === 0));
    this.send({ jsonrpc: "2.0", method: "notifications/initialized" });
  }

  /** Waits until the replies so far satisfy a condition (or the test's timeout). */
  async until(done: (replies: Reply[]) => boolean): Promise<void> {
    while (!done(this.replies)) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  reply(id: number | string | null): Reply | undefined {
    return this.replies.find((r) => r.id === id);
  }
}

let client: RawClient | undefined;
afterEach(async () => {
  if (client && client.child.exitCode === null) {
    client.child.stdin.end();
    await client.exited;
  }
  client = undefined;
});

describe("oppettider mcp: input it does not control", () => {
  it("a line over 10 MB is answered with an error for its id, and the server keeps serving", async () => {
    client = new RawClient();
    await client.initialize();
    client.call(1, "hours_on", { date: "2026-12-24" });
    // 11 MB: the arguments hold one long text; the id comes first, as clients write it.
    client.write(`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"is_open","arguments":{"at":"${"x".repeat(11 * 1024 * 1024)}"}}}\n`);
    client.call(3, "hours_on", { date: "2026-12-23" });
    await client.until((replies) => [1, 2, 3].every((id) => replies.some((r) => r.id === id)));
    expect(client.reply(2)!.error).toMatchObject({ code: -32600 });
    expect(client.reply(2)!.error!.message).toMatch(/^Invalid Request: the message is \d+ bytes, over the limit of 10485760 bytes \(10 MB\); it was not read$/);
    expect(JSON.parse(client.reply(1)!.result!.content![0]!.text).rule.kind).toBe("workFreeEve");
    expect(JSON.parse(client.reply(3)!.result!.content![0]!.text).rule.kind).toBe("dayBeforeEve");
    expect(client.child.exitCode).toBeNull();
    client.child.stdin.end();
    expect(await client.exited).toBe(0);
  }, 60_000);

  it("malformed JSON gets −32700; null, 123, a batch and a message without jsonrpc get −32600", async () => {
    client = new RawClient();
    await client.initialize();
    for (const line of ["{bad json", "null", "123", '"text"', "[1,2]", '{"id":9,"method":"tools/list"}']) client.write(`${line}\n`);
    await client.until((replies) => replies.length >= 7);
    const errors = client.replies.slice(1).map((r) => [r.id, r.error?.code, r.error?.message]);
    expect(errors).toEqual([
      [null, -32700, "Parse error: not valid JSON (Expected property name or '}' in JSON at position 1)"],
      [null, -32600, 'Invalid Request: a JSON-RPC message is an object like {"jsonrpc":"2.0","id":1,"method":"tools/list"}, got null'],
      [null, -32600, 'Invalid Request: a JSON-RPC message is an object like {"jsonrpc":"2.0","id":1,"method":"tools/list"}, got number 123'],
      [null, -32600, 'Invalid Request: a JSON-RPC message is an object like {"jsonrpc":"2.0","id":1,"method":"tools/list"}, got "text"'],
      [null, -32600, "Invalid Request: batches (JSON arrays) are not supported; send one message per line"],
      [9, -32600, 'Invalid Request: "jsonrpc" must be "2.0", got nothing'],
    ]);
    client.call(10, "hours_on", { date: "2026-06-18" });
    await client.until((replies) => replies.some((r) => r.id === 10));
    expect(client.reply(10)!.result!.isError).toBeFalsy();
  }, 30_000);

  it("tools/call without a name, or with array arguments, gets −32602 saying what is wrong", async () => {
    client = new RawClient();
    await client.initialize();
    client.send({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { arguments: { at: "2026-12-24" } } });
    client.send({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "is_open", arguments: [1, 2] } });
    client.send({ jsonrpc: "2.0", id: 3, method: "tools/call" });
    client.send({ jsonrpc: "2.0", id: 4, method: "tools/call", params: { name: 42 } });
    client.send({ jsonrpc: "2.0", id: 5, method: "tools/call", params: [] });
    await client.until((replies) => [1, 2, 3, 4, 5].every((id) => replies.some((r) => r.id === id)));
    const tools = "is_open, next_opening, hours_on, week, deviations, contacts, units";
    expect(client.reply(1)!.error).toEqual({ code: -32602, message: `Invalid params: tools/call needs params.name, the name of a tool (${tools}), got nothing` });
    expect(client.reply(2)!.error).toEqual({ code: -32602, message: 'Invalid params: tools/call params.arguments must be an object like { "date": "2026-12-24" }, got an array' });
    expect(client.reply(3)!.error).toEqual({ code: -32602, message: 'Invalid params: tools/call needs params: { "name": "is_open", "arguments": { … } }' });
    expect(client.reply(4)!.error).toEqual({ code: -32602, message: `Invalid params: tools/call needs params.name, the name of a tool (${tools}), got number 42` });
    expect(client.reply(5)!.error).toEqual({ code: -32600, message: 'Invalid Request: "params" must be an object, got an array' });
  }, 30_000);

  it("bad arguments are tool errors in callTool's words, with no stray 'at at'", async () => {
    client = new RawClient();
    await client.initialize();
    client.call(1, "is_open", { at: "2026-13-01" });
    client.call(2, "hours_on", {});
    client.call(3, "is_open", { at: "2026-12-24T10:00+25:00" });
    await client.until((replies) => [1, 2, 3].every((id) => replies.some((r) => r.id === id)));
    const texts = [1, 2, 3].map((id) => client!.reply(id)!.result!.content![0]!.text);
    expect(texts).toEqual([
      'invalid arguments for is_open: at must be an ISO-8601 date or time (e.g. "2026-12-24T10:00" or "2026-12-24T10:00+01:00"), got "2026-13-01"',
      'invalid arguments for hours_on: date must be a date written YYYY-MM-DD (e.g. "2026-12-24"), got nothing',
      'invalid arguments for is_open: at "2026-12-24T10:00+25:00" has an impossible UTC offset +25:00 (offsets run from -18:00 to +18:00)',
    ]);
    for (const text of texts) expect(text).not.toMatch(/\bat at\b/);
  }, 30_000);

  it("400 requests at once, with the client slow to read: every one answered, no MaxListenersExceededWarning", async () => {
    client = new RawClient();
    await client.initialize();
    client.child.stdout.pause(); // the replies pile up in the pipe
    let burst = "";
    for (let id = 1; id <= 400; id++) burst += `${JSON.stringify({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "week", arguments: { date: "2026-12-23" } } })}\n`;
    client.write(burst);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    client.child.stdout.resume();
    await client.until((replies) => replies.filter((r) => typeof r.id === "number" && r.id >= 1).length >= 400);
    expect(new Set(client.replies.map((r) => r.id)).size).toBe(401);
    expect(client.stderr).not.toMatch(/MaxListenersExceededWarning/);
  }, 60_000);

  it("stdin closing with requests in flight: all are answered, then the server exits 0", async () => {
    client = new RawClient();
    let lines = `${JSON.stringify({ jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } } })}\n`;
    for (let id = 1; id <= 50; id++) lines += `${JSON.stringify({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "hours_on", arguments: { date: "2026-12-24" } } })}\n`;
    client.child.stdin.end(lines);
    expect(await client.exited).toBe(0);
    expect(client.replies.map((r) => r.id).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 51 }, (_, i) => i));
  }, 30_000);
});

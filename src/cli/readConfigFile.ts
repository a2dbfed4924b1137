import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { MAX_CONFIG_BYTES } from "../validation/limits";
import { parseJsonText } from "../validation/parseJsonText";
import { UsageError } from "./usageError";

/**
 * Reads a JSON config file as a person writes one: at most 1 MB (checked before reading,
 * so a huge file is refused at once), UTF-8 with or without a byte-order mark, and a
 * syntax error reported with its line and column. Throws `UsageError` otherwise.
 *
 * @example
 * readConfigFile("kommun.json") // => { name: "Arjeplogs kommun", hours: { … } }
 * // a missing comma: UsageError: kommun.json is not valid JSON: line 4, column 3: expected ',' or '}' after property value
 */
export function readConfigFile(file: string): unknown {
  return parseConfigText(readConfigText(file), file);
}

/**
 * Parses the JSON text of a config; `name` is used in messages.
 *
 * @example
 * parseConfigText('\uFEFF{ "weekly": {} }', "x.json") // => { weekly: {} }
 * parseConfigText('{\n  "weekly": }', "x.json") // UsageError: x.json is not valid JSON: line 2, column 13: unexpected token '}'
 */
export function parseConfigText(text: string, name: string): unknown {
  // readConfigText stops at the limit; a text read otherwise (serve's watcher) is held to it here.
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_CONFIG_BYTES) throw new UsageError(`${name} is ${bytes} bytes; a config file can be at most ${MAX_CONFIG_BYTES} bytes (1 MB)`);
  try {
    return parseJsonText(text, name);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * A config file's text: at most 1 MB (checked before reading and while reading), decoded as
 * UTF-8. Throws `UsageError` for a file that cannot be read or is too large.
 *
 * @example
 * parseConfigText(readConfigText("kommun.json"), "kommun.json")
 */
export function readConfigText(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isFile() && stats.size > MAX_CONFIG_BYTES) {
      throw new UsageError(`${file} is ${stats.size} bytes; a config file can be at most ${MAX_CONFIG_BYTES} bytes (1 MB)`);
    }
    // Read at most one byte past the limit: a pipe, or a file that grew meanwhile, is refused too.
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let length = 0;
    for (let read = 1; read > 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_CONFIG_BYTES) throw new UsageError(`${file} is over ${MAX_CONFIG_BYTES} bytes; a config file can be at most ${MAX_CONFIG_BYTES} bytes (1 MB)`);
    return new TextDecoder("utf-8", { fatal: false }).decode(buffer.subarray(0, length));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { EditOptions, SavedConfig } from "../server/editRoutes";
import { editTokenProblem, MAX_EDIT_TOKEN_LENGTH } from "../server/editToken";
import { createNodeConfigStore } from "../server/nodeConfigStore";
import { UsageError } from "./usageError";

/*
 * `oppettider serve --edit-token-file FILE` (or OPPETTIDER_EDIT_TOKEN): the edit API on the
 * --config file. The API puts each save in service itself, before it answers; the file
 * watcher then sees the same text and must not load it a second time, so the serve command
 * asks `isSaving(text)` before it reloads.
 */

/** The environment variable that can hold the edit token. */
export const EDIT_TOKEN_VARIABLE = "OPPETTIDER_EDIT_TOKEN";

/**
 * The edit token from `--edit-token-file` or the environment, or null when editing is off.
 * Throws `UsageError` when it cannot be used: no --config to save into, both sources, a
 * file that cannot be read, an empty or short token.
 *
 * @example
 * readEditToken("token.txt", undefined, "kommun.json") // => "the file's text, trimmed"
 * readEditToken("token.txt", undefined, undefined) // UsageError: --edit-token-file needs --config FILE: …
 */
export function readEditToken(tokenFile: string | undefined, variable: string | undefined, config: string | undefined): string | null {
  if (tokenFile === undefined && variable === undefined) return null;
  if (tokenFile !== undefined && variable !== undefined) throw new UsageError(`give the edit token once: --edit-token-file or ${EDIT_TOKEN_VARIABLE}, not both`);
  const source = tokenFile !== undefined ? "--edit-token-file" : EDIT_TOKEN_VARIABLE;
  if (config === undefined) {
    throw new UsageError(`${source} needs --config FILE: edits are saved into that file, and the embedded Arjeplog default has none`);
  }
  const token = (tokenFile !== undefined ? readTokenFile(tokenFile) : variable!).trim();
  const where = tokenFile !== undefined ? `the edit token file ${tokenFile}` : EDIT_TOKEN_VARIABLE;
  if (token === "") throw new UsageError(`${where} is empty; put a token of at least 16 characters in it (e.g. from: openssl rand -base64 32)`);
  const problem = editTokenProblem(token);
  if (problem) throw new UsageError(`${where}: ${problem}`);
  return token;
}

function readTokenFile(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    throw new UsageError(`cannot read the edit token file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const limit = MAX_EDIT_TOKEN_LENGTH + 100; // room for a line end and spaces around a token
    if (fstatSync(fd).size > limit) throw new UsageError(`the edit token file ${file} is over ${limit} bytes: is it the right file?`);
    const buffer = Buffer.alloc(limit);
    const length = readSync(fd, buffer, 0, limit, 0);
    return buffer.toString("utf8", 0, length);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read the edit token file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/** The edit API of the serve command. */
export interface ServeEditing {
  readonly edit: EditOptions;
  /** The folder the previous versions go to. */
  readonly historyFolder: string;
  /** Whether a text is what a save in progress is writing (the API puts it in service itself). */
  isSaving(text: string): boolean;
}

/**
 * The edit options for `createApp` on the config file; `onSaved` hears of each save once it
 * is in service.
 *
 * @example
 * const editing = serveEditing("kommun.json", token, (saved) => io.out(`saved, version ${saved.version}`));
 * createApp(state, { edit: editing.edit });
 */
export function serveEditing(file: string, token: string, onSaved: (saved: SavedConfig) => void): ServeEditing {
  const store = createNodeConfigStore(file);
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true }); // as the watcher reads the file: a byte-order mark kept
  let saving: string | null = null;
  return {
    edit: {
      token,
      store: {
        read: store.read,
        history: store.history,
        version: store.version,
        async replace(next, previous) {
          saving = decoder.decode(next);
          try {
            return await store.replace(next, previous);
          } catch (error) {
            saving = null;
            throw error;
          }
        },
      },
      onSaved(saved) {
        saving = null;
        onSaved(saved);
      },
    },
    historyFolder: store.historyFolder,
    isSaving: (text) => text === saving,
  };
}

import { readFile, stat } from "node:fs/promises";
import { watch, type FSWatcher } from "node:fs";
import { basename, dirname } from "node:path";

/*
 * Watches a config file for edits. Editors save in different ways — writing in place, or
 * writing a new file and renaming it over the old one (a new inode, which a watch on the
 * file itself would miss) — so the folder is watched, and a stat every half second catches
 * what a file system's events do not report (network drives, some containers). Each
 * change is read once its text differs from the last text seen.
 */

/** Stops watching. */
export type StopWatching = () => void;

/** How often the file is looked at besides the file system's events, in ms. */
const POLL_MS = 500;
/** Events come in bursts while a file is written: wait this long after the last one, in ms. */
const SETTLE_MS = 50;
/** …but not longer than this after the first, in ms, so that a file written again and again is still read. */
const MAX_WAIT_MS = 250;

/**
 * Calls `onText(text)` with the file's text after every edit (never twice for the same
 * text), or `onError(error)` when it cannot be read (deleted, no permission). Returns a
 * function that stops watching.
 *
 * @example
 * const stop = watchConfigFile("kommun.json", "(text already loaded)", (text) => reload(text), (error) => log(error.message));
 */
export function watchConfigFile(file: string, initialText: string, onText: (text: string) => void, onError: (error: NodeJS.ErrnoException) => void): StopWatching {
  let lastText = initialText;
  let lastError: string | null = null;
  let lastStamp = "";
  let settle: NodeJS.Timeout | undefined;
  let reading = false;
  let again = false;
  let stopped = false;

  const read = async () => {
    if (reading) {
      again = true; // read once more when this read is done: the file changed meanwhile
      return;
    }
    reading = true;
    try {
      const text = await readFile(file, "utf8");
      lastError = null;
      if (!stopped && text !== lastText) {
        lastText = text;
        onText(text);
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (!stopped && code !== lastError) {
        lastError = code;
        onError(error as NodeJS.ErrnoException);
      }
    } finally {
      reading = false;
      if (again && !stopped) {
        again = false;
        void read();
      }
    }
  };
  let firstEvent = 0;
  const soon = () => {
    const now = Date.now();
    if (settle === undefined) firstEvent = now;
    else if (now - firstEvent >= MAX_WAIT_MS) return; // writes keep coming: read as planned
    clearTimeout(settle);
    settle = setTimeout(() => {
      settle = undefined;
      void read();
    }, SETTLE_MS);
  };

  const name = basename(file);
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dirname(file), { persistent: false }, (_event, changed) => {
      if (changed === null || changed === name) soon();
    });
    watcher.on("error", () => undefined); // the poll below still looks
  } catch {
    watcher = null; // no events on this file system: the poll alone
  }
  const poll = setInterval(() => {
    stat(file).then(
      (stats) => {
        const stamp = `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
        if (stamp !== lastStamp) {
          lastStamp = stamp;
          soon();
        }
      },
      () => soon(), // gone: read() reports it once
    );
  }, POLL_MS);
  poll.unref();

  return () => {
    stopped = true;
    clearTimeout(settle);
    clearInterval(poll);
    watcher?.close();
  };
}

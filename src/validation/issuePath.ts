import { clip } from "./quote";

/**
 * `["weekly", "mon", 1]` → `weekly.mon[1]`; a key that is not a plain name is quoted:
 * `["namedDays", "trettondedag jul"]` → `namedDays["trettondedag jul"]`. A very long key is
 * cut, so that a path never carries a long input back into a message.
 *
 * @example
 * formatPath(["weekly", "mon", 1]) // => "weekly.mon[1]"
 * formatPath(["namedDays", "julafton "]) // => 'namedDays["julafton "]'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else {
      const key = clip(typeof segment === "symbol" ? "(symbol)" : String(segment), 40);
      if (typeof segment === "string" && !PLAIN_KEY.test(segment)) text += `[${JSON.stringify(key)}]`;
      else text += text ? `.${key}` : key;
    }
  }
  return text;
}

/** A key written as `.key` in a path: letters (å, ä, ö too), digits, `_` and `$`, not starting with a digit. */
const PLAIN_KEY = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

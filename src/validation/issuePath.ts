import { clip } from "./quote";

/**
 * `["weekly", "mon", 1]` → `weekly.mon[1]`. A very long key is cut, so that a path never
 * carries a long input back into a message.
 *
 * @example
 * formatPath(["weekly", "mon", 1]) // => "weekly.mon[1]"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else {
      const key = clip(typeof segment === "symbol" ? "(symbol)" : String(segment), 40);
      text += text ? `.${key}` : key;
    }
  }
  return text;
}

import { describe } from "../calendar/plainDate";
import type { ConfigIssue } from "./configIssue";
import { formatPath } from "./issuePath";
import { LIST_LIMITS, type ListLimit, MAX_CONFIG_DEPTH, MAX_CONFIG_VALUES, MAX_KEY_LENGTH, MAX_LIST_LENGTH, MAX_STRING_LENGTH } from "./limits";
import { quote } from "./quote";

/** What a shape check found: its problems, and whether it stopped early at a hard limit. */
export interface ShapeReport {
  readonly issues: ConfigIssue[];
  /** How many problems in all (the walk keeps at most `maxIssues` of them). */
  readonly count: number;
}

/** Limits of a shape check; the defaults are a configuration's (src/validation/limits.ts). */
export interface ShapeLimits {
  readonly maxDepth: number;
  readonly maxValues: number;
  readonly maxStringLength: number;
  readonly maxKeyLength: number;
  readonly maxListLength: number;
  /** Caps of lists by the key that holds them. */
  readonly listLimits: Readonly<Record<string, ListLimit>>;
  readonly maxIssues: number;
  /** What the data is, in messages: "config" or "arguments". */
  readonly noun: string;
}

const CONFIG_LIMITS: ShapeLimits = {
  maxDepth: MAX_CONFIG_DEPTH,
  maxValues: MAX_CONFIG_VALUES,
  maxStringLength: MAX_STRING_LENGTH,
  maxKeyLength: MAX_KEY_LENGTH,
  maxListLength: MAX_LIST_LENGTH,
  listLimits: LIST_LIMITS,
  maxIssues: 100,
  noun: "config",
};

interface Node {
  readonly value: unknown;
  readonly parent: Node | null;
  readonly key: string | number | null;
  readonly depth: number;
}

/**
 * Checks, before any schema runs, that a configuration is plain JSON data of a sane size:
 * a plain object at the top; below it only texts, finite numbers, true/false, null, lists
 * and plain objects (no BigInt, Symbol, function, Date, Map, class instance or
 * `__proto__` key); nested at most `maxDepth` deep (a config that refers to itself fails
 * here); at most `maxValues` values; texts, keys and lists within their limits. It walks
 * the data with its own stack, so no input can overflow the call stack, and it stops at
 * the first hard limit (too many values, too deep), so its work is bounded too.
 *
 * @example
 * checkConfigShape({ weekly: { mon: [1n] } }).issues
 * // => [{ path: "weekly.mon[0]", message: "expected a JSON value (text, number, true/false, null, list or object), got a bigint (1n)" }]
 * checkConfigShape([]).issues[0].message // => 'a config must be an object like { "weekly": { … } }, got an array'
 */
export function checkConfigShape(input: unknown, limits: ShapeLimits = CONFIG_LIMITS): ShapeReport {
  const issues: ConfigIssue[] = [];
  let count = 0;
  const add = (node: Node | null, message: string) => {
    count++;
    if (issues.length < limits.maxIssues) issues.push({ path: node ? pathOf(node) : "", message });
  };
  const notJson = (node: Node, value: unknown) => add(node, `expected a JSON value (text, number, true/false, null, list or object), got ${describe(value)}`);
  // Past a hard limit the walk stops: its work is bounded whatever the input.
  const stop = (message: string): ShapeReport => {
    add(null, message);
    return { issues, count };
  };
  const tooMany = () => stop(`has more than ${limits.maxValues} values (texts, numbers, lists and objects); the ${limits.noun} may hold at most ${limits.maxValues}`);

  if (!isPlainObject(input)) return stop(`a config must be an object like { "weekly": { … } }, got ${describe(input)}`);

  const stack: Node[] = [{ value: input, parent: null, key: null, depth: 0 }];
  const totals = new Map<string, number>();
  let values = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (++values > limits.maxValues) return tooMany();
    const { value, key } = node;
    const type = typeof value;
    if (type === "string") {
      if ((value as string).length > limits.maxStringLength) add(node, `a text of ${(value as string).length} characters; at most ${limits.maxStringLength}`);
      continue;
    }
    if (type === "number") {
      if (!Number.isFinite(value)) add(node, `expected a finite number, got ${String(value)}`);
      continue;
    }
    if (type === "boolean" || value === null) continue;
    // An optional key written out as undefined is absent; in a list it is a hole.
    if (type === "undefined" && typeof key !== "number") continue;
    if (type !== "object" || !(Array.isArray(value) || isPlainObject(value))) {
      notJson(node, value);
      continue;
    }
    if (node.depth >= limits.maxDepth) {
      add(node, `nested deeper than ${limits.maxDepth} levels${limits.noun === "config" ? " (does the config refer to itself?)" : ""}`);
      return { issues, count };
    }
    const children: unknown[] = Array.isArray(value) ? value : Object.keys(value as object);
    if (Array.isArray(value)) {
      const cap = typeof key === "string" ? limits.listLimits[key] : undefined;
      if (cap && value.length > cap.max) {
        add(node, `${value.length} ${cap.what}; at most ${cap.max}`);
        continue;
      }
      if (cap?.totalMax !== undefined) {
        const total = (totals.get(key as string) ?? 0) + value.length;
        totals.set(key as string, total);
        if (total > cap.totalMax) return stop(`has more than ${cap.totalMax} ${cap.what} in all; at most ${cap.totalMax} in one config`);
      }
      if (value.length > limits.maxListLength) {
        add(node, `a list of ${value.length} entries; at most ${limits.maxListLength}`);
        continue;
      }
    }
    if (values + children.length > limits.maxValues) return tooMany();
    for (let i = children.length - 1; i >= 0; i--) {
      if (Array.isArray(value)) {
        stack.push({ value: value[i], parent: node, key: i, depth: node.depth + 1 });
        continue;
      }
      const name = children[i] as string;
      if (name === "__proto__") add(node, `the key "__proto__" is not allowed`);
      else if (name.length > limits.maxKeyLength) add(node, `a key of ${name.length} characters (${quote(name)}); at most ${limits.maxKeyLength}`);
      else stack.push({ value: (value as Record<string, unknown>)[name], parent: node, key: name, depth: node.depth + 1 });
    }
  }
  return { issues, count };
}

/**
 * Whether a value is a plain object: `{ … }` or `Object.create(null)`, from any realm;
 * not an array, a Date, a Map or a class instance.
 *
 * @example
 * isPlainObject({}) // => true
 * isPlainObject(new Map()) // => false
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

function pathOf(node: Node): string {
  const segments: (string | number)[] = [];
  for (let n: Node | null = node; n && n.key !== null; n = n.parent) segments.push(n.key);
  return formatPath(segments.reverse());
}

/*
 * No import cycles in src/ (STANDARDS: small modules, no circles). The graph is read with
 * TypeScript's own parser and module resolution (the tsconfig's "Bundler" resolution), and
 * counts every edge a reader follows: value imports, `import type`, re-exports, `import()`
 * and `import("…").Type`. Type-only cycles count too: they tie two modules together just
 * the same for a reader, and turn into runtime cycles the day a type becomes a value.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "../src");
const COMPILER_OPTIONS: ts.CompilerOptions = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true };

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every module specifier a file names: static imports and re-exports, `import()` and import types. */
function specifiers(file: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) found.push(first.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  return found;
}

/** The import graph of src/: each file and the files of src/ it imports. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = specifiers(file, readFileSync(file, "utf8")).flatMap((specifier) => {
      const resolved = ts.resolveModuleName(specifier, file, COMPILER_OPTIONS, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) return [];
      const target = resolve(resolved.resolvedFileName);
      return target.startsWith(SRC + "/") ? [target] : [];
    });
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** One cycle through each strongly connected component (Tarjan), as a path that ends where it starts. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component);
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return components.map((component) => pathWithin(graph, new Set(component)));
}

/** A shortest cycle inside a component, found breadth-first from its first member (sorted). */
function pathWithin(graph: ReadonlyMap<string, readonly string[]>, component: ReadonlySet<string>): string[] {
  const start = [...component].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

const shown = (path: readonly string[]) => path.map((file) => relative(SRC, file)).join(" → ");

describe("the import graph of src/", () => {
  const files = sourceFiles(SRC);
  const graph = importGraph(files);

  it("is read whole: every module of src/ is in it, and the entries reach most of them", () => {
    expect(files.length).toBeGreaterThan(150);
    // The graph is real: the package's root entry imports modules from every part of src/.
    const root = graph.get(join(SRC, "index.ts")) ?? [];
    expect(root.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of graph.get(file) ?? []) walk(next);
    };
    walk(join(SRC, "index.ts"));
    expect(seen.size).toBeGreaterThan(100);
  });

  it("has no cycle", () => {
    expect(cycles(graph).map(shown)).toEqual([]);
  });

  it("finds a cycle when there is one (the check itself)", () => {
    const a = join(SRC, "a.ts");
    const b = join(SRC, "b.ts");
    const c = join(SRC, "c.ts");
    const d = join(SRC, "d.ts");
    const found = cycles(new Map([[a, [b]], [b, [c]], [c, [a, d]], [d, []]]));
    expect(found.map(shown)).toEqual(["a.ts → b.ts → c.ts → a.ts"]);
    expect(cycles(new Map([[a, [a]]])).map(shown)).toEqual(["a.ts → a.ts"]);
    expect(cycles(new Map([[a, [b]], [b, [c]], [c, []]]))).toEqual([]);
  });

  it("sees type-only imports, re-exports and import() as edges", () => {
    const file = join(SRC, "x.ts");
    const text = [
      'import type { A } from "./a";',
      'import { type B } from "./b";',
      'export { C } from "./c";',
      'export type { D } from "./d";',
      'const e = () => import("./e");',
      'type F = import("./f").F;',
    ].join("\n");
    expect(specifiers(file, text)).toEqual(["./a", "./b", "./c", "./d", "./e", "./f"]);
  });
});

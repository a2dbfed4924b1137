import type { Metafile } from "esbuild";

export interface BundleInput {
  path: string;
  /** Bytes this input contributes to the minified output. */
  bytes: number;
}

/** A page's initial load (its entry file and the chunks that imports statically); `lazy` apart. */
export interface BundleReport {
  text: string;
  metafile: Metafile;
  minifiedBytes: number;
  gzipBytes: number;
  inputs: BundleInput[];
  /** Imports of the initial files from outside the page's own files (nothing, when all is bundled). */
  imports: { path: string; kind: string; external?: boolean }[];
  /** The entry file's dynamic `import()`s of the lazy chunks. */
  dynamicImports: { path: string; kind: string; external?: boolean }[];
  /** Chunks the page fetches only when its code asks (a dynamic `import()`), each measured alone. */
  lazy: (Omit<BundleReport, "metafile" | "imports" | "dynamicImports" | "lazy"> & { path: string })[];
}

export interface Page {
  name: string;
  /** Gzipped bytes the page may take. */
  budget: number;
  /** The page's script. */
  source: string;
}

export const ROOT: string;
export const PAGES: readonly Page[];
export function isNodeBuiltin(path: string): boolean;
export function packTarball(destination: string, root?: string): string;
export function installTarball(tarball: string, directory: string, extra?: readonly string[]): string;
export function installedPackages(directory: string): { name: string; bytes: number }[];
export function folderBytes(path: string): number;
export function bundlePage(page: Page, directory: string): Promise<BundleReport>;
export function bundlePageFromSource(page: Page): Promise<BundleReport>;
export function bundleOpeningHours(): Promise<BundleReport>;
export function bytesByPackage(inputs: BundleInput[]): { name: string; bytes: number }[];
export function describePage(page: Page, report: BundleReport, fromSource: BundleReport): string[];

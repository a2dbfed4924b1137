import type { Metafile } from "esbuild";

export interface BundleInput {
  path: string;
  /** Bytes this input contributes to the minified output. */
  bytes: number;
}

export interface BundleReport {
  text: string;
  metafile: Metafile;
  minifiedBytes: number;
  gzipBytes: number;
  inputs: BundleInput[];
  imports: { path: string; kind: string; external?: boolean }[];
}

export const ROOT: string;
export const BROWSER_ENTRY: string;
export function isNodeBuiltin(path: string): boolean;
export function bundleOppettider(): Promise<BundleReport>;
export function bundleOpeningHours(): Promise<BundleReport>;
export function bytesByPackage(inputs: BundleInput[]): { name: string; bytes: number }[];

import type { Metafile, Plugin } from "esbuild";

export function bundledPackages(metafile: Metafile): Map<string, string>;
export function noticesText(packages: Map<string, string>, root?: string): string;
export function thirdPartyNotices(file: string): Plugin;

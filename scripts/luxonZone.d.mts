import type { Plugin } from "esbuild";

export function ianaZoneModule(): Promise<string>;
export function luxonZone(): Plugin;

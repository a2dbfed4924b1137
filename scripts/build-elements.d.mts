/** Types of scripts/build-elements.mjs for the tests. */
export interface ElementsBuild {
  files: { path: string; contents: Uint8Array }[];
  /** The elements file's text. */
  elements: string;
  /** The phone file's text. */
  phone: string;
  metafile: { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }>; imports: { path: string; kind: string }[] }> };
}
export function buildElements(): Promise<ElementsBuild>;

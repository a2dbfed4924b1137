/** `compatibility_date` of examples/edge/wrangler.toml. */
export function wranglerCompatibilityDate(): string;
/** Bundles worker.js and serves it from workerd (Miniflare) on 127.0.0.1:`port` (0: a free one). */
export function startWorker(port?: number): Promise<{ readonly origin: string; stop(): Promise<void> }>;

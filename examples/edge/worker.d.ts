/** The worker's module: a fetch handler, as Cloudflare Workers call it. */
declare const worker: {
  fetch(request: Request, env?: unknown, context?: unknown): Promise<Response>;
};
export default worker;

// oppettider's service on an edge runtime: Cloudflare Workers (see README.md beside this
// file). The app is a web-standard fetch handler; the organisation is plain JSON, bundled
// with the worker. Deno Deploy or Bun: `Deno.serve(app.fetch)`, `Bun.serve({ fetch: app.fetch })`.
import { createApp } from "oppettider/server";
import organization from "../organization.json";

// Made on the first request, not at the module's top: Workers keep the clock still outside
// a request, and the config's load time stamps the calendar feeds.
let app;

export default {
  fetch(request, env, context) {
    app ??= createApp(organization);
    return app.fetch(request, env, context);
  },
};

// The baseline of `npm run bench:server`: a bare node:http hello-world, nothing else.
import { createServer } from "node:http";

const server = createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": "text/plain" });
  response.end("hello world");
});
server.listen(0, "127.0.0.1", () => {
  console.log(`listening at http://127.0.0.1:${server.address().port}/`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));

// `npm run bench:server`: `oppettider serve` under load, beside a bare node:http hello-world
// in the same run, with autocannon. Both servers run as their own processes on 127.0.0.1;
// autocannon runs in this one. Reports requests/s, latency (p50, p99), errors and non-2xx
// answers of each, the service's memory (RSS) over a soak run, and how soon a config edit
// is live. Not a test: the numbers depend on the machine and what else runs on it.
//
//   node bench/server.mjs [--duration 10] [--rounds 2] [--soak 60] [--connections 100]
import { spawn, execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const argument = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DURATION = argument("duration", 6); // seconds per measured run
const ROUNDS = argument("rounds", 5); // bare and service alternately, this many times each: the machine may be shared
const SOAK = argument("soak", 60); // seconds of the memory run
const CONNECTIONS = argument("connections", 100);
const TARGETS = { throughputShare: 0.5, p99Ms: 10, errors: 0 };
const PATH = "/v1/units/biblioteket/status"; // no `at`: "now", the way a site or kiosk asks

const dir = mkdtempSync(join(os.tmpdir(), "oppettider-bench-server-"));
const configFile = join(dir, "organization.json");
copyFileSync(join(ROOT, "examples/organization.json"), configFile);

/** Starts a server process and resolves with its base URL from its first output line. */
function start(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}:\n${out}`)));
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      out += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve({ child, base: match[1], output: () => out });
    });
  });
}

/** Resident memory of a process, in MB (ps works on Linux and macOS). */
function rssMb(pid) {
  return Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).trim()) / 1024;
}

async function load(url, seconds) {
  const result = await autocannon({ url, connections: CONNECTIONS, pipelining: 1, duration: seconds });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

const bare = await start(["bench/bareServer.mjs"]);
const service = await start(["dist/cli.js", "serve", "--config", configFile, "--host", "127.0.0.1", "--port", "0"]);
const bareUrl = `${bare.base}/`;
const serviceUrl = `${service.base}${PATH}`;
const sample = await (await fetch(serviceUrl)).json();
console.log(`bare:    ${bareUrl}\nservice: ${serviceUrl} (${sample.text})`);
console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${os.platform()} ${os.arch()}, Node.js ${process.versions.node}, load average ${os.loadavg().map((n) => n.toFixed(1)).join(" ")}`);
console.log(`${CONNECTIONS} connections, ${DURATION} s per run, ${ROUNDS} rounds; warming up…`);
await load(bareUrl, 3);
await load(serviceUrl, 3);

const runs = { bare: [], service: [] };
for (let round = 1; round <= ROUNDS; round++) {
  for (const [name, url] of [["bare", bareUrl], ["service", serviceUrl]]) {
    const result = await load(url, DURATION);
    runs[name].push(result);
    console.log(
      `round ${round} ${name.padEnd(7)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  errors ${result.errors}  non-2xx ${result.non2xx}`,
    );
  }
}

// Latency when the servers are not saturated: 10 connections.
const light = {};
for (const [name, url] of [["bare", bareUrl], ["service", serviceUrl]]) {
  const result = await autocannon({ url, connections: 10, duration: DURATION });
  light[name] = { requestsPerSecond: result.requests.average, p99: result.latency.p99 };
  console.log(`10 connections ${name.padEnd(7)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p99 ${result.latency.p99} ms`);
}

// Memory over a long run: RSS every 5 s under the same load.
console.log(`soak: ${SOAK} s of load on the service, RSS every 5 s…`);
const rss = [rssMb(service.child.pid)];
const sampler = setInterval(() => rss.push(rssMb(service.child.pid)), 5_000);
const soak = await load(serviceUrl, SOAK);
clearInterval(sampler);
rss.push(rssMb(service.child.pid));
// Flat: RSS moves with the garbage collector, so the trend is what counts: the least-squares
// slope over the soak, which must add less than 10 % of the mean over the whole run.
const meanRss = rss.reduce((sum, mb) => sum + mb, 0) / rss.length;
const meanIndex = (rss.length - 1) / 2;
const slopePerSample =
  rss.reduce((sum, mb, i) => sum + (i - meanIndex) * (mb - meanRss), 0) / rss.reduce((sum, _mb, i) => sum + (i - meanIndex) ** 2, 0);
const slopePerMinute = slopePerSample * (60 / 5);
const flat = Math.abs(slopePerMinute * (SOAK / 60)) < meanRss * 0.1;

// How soon an edit is live: write, then poll the answer every 5 ms.
const reloadMs = [];
const original = readFileSync(configFile, "utf8");
for (let i = 0; i < 5; i++) {
  const closes = `${String(15 + i).padStart(2, "0")}:30`;
  const edited = JSON.parse(original);
  edited.units[1].hours.weekly.mon = [`10:00-${closes}`];
  const written = performance.now();
  writeFileSync(configFile, JSON.stringify(edited));
  for (;;) {
    const body = await (await fetch(`${service.base}/v1/units/biblioteket/days?from=2026-11-30&to=2026-11-30`)).json();
    if (body.days[0].intervals[0].to === closes) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  reloadMs.push(performance.now() - written);
}

service.child.kill("SIGTERM");
bare.child.kill("SIGTERM");
rmSync(dir, { recursive: true, force: true });

// Medians: other work on a shared machine hits single rounds; each round's service/bare ratio
// compares two runs made seconds apart.
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const bareRps = median(runs.bare.map((run) => run.requestsPerSecond));
const serviceRps = median(runs.service.map((run) => run.requestsPerSecond));
const ratio = median(runs.service.map((run, i) => run.requestsPerSecond / runs.bare[i].requestsPerSecond));
const bareP99 = median(runs.bare.map((run) => run.p99));
const serviceP99 = median(runs.service.map((run) => run.p99));
const errors = [...runs.service, soak].reduce((sum, run) => sum + run.errors + run.non2xx, 0);
const yes = (ok) => (ok ? "yes" : "no");

console.log(`
| measure | bare node:http | oppettider serve (${PATH}) | target | met? |
| --- | --- | --- | --- | --- |
| requests/s, ${CONNECTIONS} connections (median of ${ROUNDS} × ${DURATION} s) | ${bareRps.toFixed(0)} | ${serviceRps.toFixed(0)} (median round ratio ${(ratio * 100).toFixed(0)} %) | ≥ 50 % of bare | ${yes(ratio >= TARGETS.throughputShare)} |
| p99 latency, ${CONNECTIONS} connections (median run; worst) | ${bareP99} ms; ${Math.max(...runs.bare.map((run) => run.p99))} ms | ${serviceP99} ms; ${Math.max(...runs.service.map((run) => run.p99), soak.p99)} ms | < ${TARGETS.p99Ms} ms | ${yes(serviceP99 < TARGETS.p99Ms)} |
| p99 latency, 10 connections | ${light.bare.p99} ms (${light.bare.requestsPerSecond.toFixed(0)} req/s) | ${light.service.p99} ms (${light.service.requestsPerSecond.toFixed(0)} req/s) | — | — |
| errors + non-2xx (all runs, soak included) | ${runs.bare.reduce((sum, run) => sum + run.errors + run.non2xx, 0)} | ${errors} of ${[...runs.service, soak].reduce((sum, run) => sum + run.total, 0)} requests | 0 | ${yes(errors === 0)} |
| RSS over the ${SOAK} s soak (${soak.requestsPerSecond.toFixed(0)} req/s), every 5 s | — | ${rss.map((mb) => mb.toFixed(0)).join(" → ")} MB (trend ${slopePerMinute >= 0 ? "+" : ""}${slopePerMinute.toFixed(1)} MB/min) | flat | ${yes(flat)} |
| a config edit live after (5 edits) | — | ${reloadMs.map((ms) => ms.toFixed(0)).join(", ")} ms | < 1000 ms | ${yes(Math.max(...reloadMs) < 1000)} |
`);
console.log(`load average at the end: ${os.loadavg().map((n) => n.toFixed(1)).join(" ")}`);
process.exit(0);

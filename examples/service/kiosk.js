// A kiosk on the service that keeps showing correct hours while the service is down:
// it computes locally from the unit's last good schedule config (lastGood.js).
//
//   kiosk.html?api=http://127.0.0.1:8080/v1&unit=biblioteket
//
// It renders at start, at every opening, closing and midnight (one timer, as
// examples/kiosk does), and asks the service for a newer config every five minutes.
import { createSchedule, formatIntervals, statusText } from "../../dist/browser/oppettider.js";
import { lastGoodConfig } from "./lastGood.js";

const params = new URLSearchParams(location.search);
const api = params.get("api") ?? "http://127.0.0.1:8080/v1";
const unit = params.get("unit") ?? "biblioteket";
const REFRESH_MS = 5 * 60_000;
const $ = (id) => document.getElementById(id);

let schedule = null;
let timer = 0;

async function refresh() {
  try {
    const { config, source, error } = await lastGoodConfig({ api, unit, fetch: (url, init) => fetch(url, init), storage: localStorage });
    schedule = createSchedule(config);
    $("source").textContent = source === "service" ? "" : `Offline: senast kända öppettider (${error.message})`;
  } catch (error) {
    $("source").textContent = `Tjänsten svarar inte: ${error.message}`;
  }
  render();
}

function render() {
  clearTimeout(timer);
  if (!schedule) return;
  const now = new Date();
  const status = schedule.status(now);
  $("name").textContent = params.get("name") ?? unit;
  $("status").textContent = statusText(schedule, now);
  $("today").textContent = `Idag ${formatIntervals(status.today.intervals, "sv")}`;
  // The next change of the display: the next opening or closing, or midnight (the kiosk
  // stands where the unit is, so its local midnight is the unit's).
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  const next = Math.min(status.until?.getTime() ?? Infinity, midnight.getTime());
  timer = setTimeout(render, Math.min(Math.max(next - Date.now(), 0) + 50, 2 ** 31 - 1));
}

refresh();
setInterval(refresh, REFRESH_MS);
document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && render());

// The kiosk: a full-screen "are we open?" display that stays right without polling.
//
// It renders once at start, then arms ONE timer for the next instant the display can change:
// the next opening or closing (`status.until`), or the next local midnight, whichever comes
// first (at midnight "öppnar imorgon 08.00" becomes "öppnar 08.00" and today's hours change).
// A second timer moves the clock (HH.MM) on every whole minute. Nothing else runs.
//
// Query parameters:
//   ?at=2026-12-23T11:59:00+01:00  start at this instant (time then runs on from it)
//   ?config=my-hours.json          a schedule config, or an organisation config with `hours`
//   ?name=Biblioteket              the name in the corner (default: the organisation's)
//
// Time is read with Date.now() only, so a test can drive it with Playwright's page.clock.
import { createOrganization, createSchedule, describeDate, formatIntervals, presets, statusText, swedishDay } from "../../dist/browser/oppettider.js";

/** Browsers run a setTimeout longer than 2^31−1 ms at once; longer waits are re-armed in steps. */
const MAX_TIMEOUT = 2 ** 31 - 1;
/** Intl formats by time zone, made once. */
const formats = new Map();

const params = new URLSearchParams(location.search);
const root = document.documentElement;
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** Milliseconds added to Date.now(): non-zero with ?at=. */
let offset = 0;
/** The display's current time. */
const nowMs = () => Date.now() + offset;

let schedule;
let changeTimer = 0;
let nextChange = null;
let updates = 0;

start().catch(showError);

async function start() {
  const at = params.get("at");
  if (at !== null) {
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) throw new RangeError(`?at=${at} är ingen giltig tidpunkt (exempel: ?at=2026-12-23T11:59:00%2B01:00)`);
    offset = ms - Date.now();
  }
  const { name, hours } = await loadConfig(params.get("config"));
  schedule = createSchedule(hours);
  $("name").textContent = params.get("name") ?? name;
  document.title = `${params.get("name") ?? name} – öppettider`;

  render();
  tick();
  // After sleep or a hidden tab, timers may come late: look again when the page shows.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") {
      render();
      tick();
    }
  });
}

/** The embedded Arjeplog default, or a JSON config from ?config= (relative to this page). */
async function loadConfig(url) {
  if (url === null) return { name: presets.arjeplogKommun.name, hours: presets.arjeplog };
  const response = await fetch(new URL(url, location.href));
  if (!response.ok) throw new Error(`Kunde inte läsa ${url}: HTTP ${response.status}`);
  const config = await response.json();
  if (config && typeof config === "object" && "hours" in config && "name" in config) {
    const organization = createOrganization(config);
    return { name: organization.name, hours: organization.hours.config };
  }
  return { name: "", hours: config };
}

/** Shows the state at this instant and arms the timer for the next change. */
function render() {
  const now = nowMs();
  const status = schedule.status(now);
  const day = swedishDay(status.date);
  const text = statusText(schedule, now);
  const [head, ...rest] = text.split(" · ");

  $("status-head").textContent = head;
  $("status-sep").textContent = rest.length > 0 ? " · " : "";
  $("status-rest").textContent = rest.join(" · ");
  root.dataset.state = status.open ? "open" : "closed";

  const rule = status.today.rule;
  const hours = formatIntervals(status.today.intervals, "sv");
  const [year, month, date] = status.date.split("-").map(Number);
  $("today-date").textContent = `${capitalize(describeDate({ year, month, day: date, weekday: day.weekday }, "sv"))} · vecka ${day.isoWeek}`;
  $("today-hours").textContent = status.today.intervals.length > 0 ? `Idag ${hours}` : "Idag stängt";
  $("today-note").textContent = rule.kind === "weekly" ? "" : rule.label;

  updates += 1;
  root.dataset.updates = String(updates);
  armChange(status.until, nextMidnight(now, schedule.timeZone));
}

/** One timer, for the earliest of the next opening/closing and the next midnight. */
function armChange(until, midnight) {
  clearTimeout(changeTimer);
  nextChange = until === null ? midnight : Math.min(until.getTime(), midnight);
  root.dataset.nextChange = new Date(nextChange).toISOString();
  const wait = () => {
    const delay = nextChange - nowMs();
    // Too far for one setTimeout: wait the longest a browser allows, then measure again.
    changeTimer = delay > MAX_TIMEOUT ? setTimeout(wait, MAX_TIMEOUT) : setTimeout(render, Math.max(0, delay));
  };
  wait();
}

/** The clock, moved on every whole minute. */
let clockTimer = 0;
function tick() {
  clearTimeout(clockTimer);
  const now = nowMs();
  const { hour, minute } = wallClock(now, schedule.timeZone);
  const clock = $("clock");
  clock.textContent = `${pad(hour)}.${pad(minute)}`;
  clock.setAttribute("datetime", `${pad(hour)}:${pad(minute)}`);
  // A timer that came late (the machine slept) is caught here, at the latest a minute on.
  if (nextChange !== null && now >= nextChange) render();
  clockTimer = setTimeout(tick, 60_000 - (now % 60_000));
}

/** The wall-clock date and time of an instant in a zone, through Intl. */
function wallClock(ms, timeZone) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, Number(part.value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** The instant of the next local midnight in a zone. */
function nextMidnight(ms, timeZone) {
  const today = wallClock(ms, timeZone);
  const target = Date.UTC(today.year, today.month - 1, today.day + 1);
  const zoneOffset = (t) => {
    const w = wallClock(t, timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(t / 1000) * 1000;
  };
  let guess = target - zoneOffset(target);
  guess = target - zoneOffset(guess);
  return guess;
}

function pad(n) {
  return String(n).padStart(2, "0");
}

function capitalize(text) {
  return text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}

function showError(error) {
  console.error(error);
  root.dataset.state = "error";
  $("status-head").textContent = "Fel i inställningarna";
  $("status-sep").textContent = "";
  $("status-rest").textContent = "";
  $("today-hours").textContent = error instanceof Error ? error.message : String(error);
}

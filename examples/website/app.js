// The municipality page: status, this week's hours, deviations, the regular hours,
// contacts and JSON-LD for search engines, all from the browser build of oppettider.
//
// ?at=2026-12-23T11:59:00+01:00 shows the page as at that instant (time runs on from it).
// The page renders again by itself at the next change (an opening or closing of the visiting
// hours or of a contact, or midnight), with one setTimeout: no polling.
import * as oppettider from "../../dist/browser/oppettider.js";

const {
  createOrganization,
  describeDate,
  describeWhen,
  presets,
  statusSentence,
  statusText,
  summarizeHours,
  swedishDay,
  toSchemaOrgContactPoint,
  toVCard,
  upcomingDeviations,
  weekTable,
} = oppettider;

const MAX_TIMEOUT = 2 ** 31 - 1;
const DEVIATION_DAYS = 30;
/** Days of special hours in the JSON-LD. */
const JSON_LD_DAYS = 60;
/** Intl formats by time zone, made once. */
const formats = new Map();

const params = new URLSearchParams(location.search);
const root = document.documentElement;
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

let offset = 0;
const nowMs = () => Date.now() + offset;

const organization = createOrganization(presets.arjeplogKommun);
const schedule = organization.hours;
let timer = 0;
let updates = 0;

try {
  const at = params.get("at");
  if (at !== null) {
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) throw new RangeError(`?at=${at} är ingen giltig tidpunkt`);
    offset = ms - Date.now();
  }
  render();
} catch (error) {
  console.error(error);
  $("status").textContent = "Öppettiderna kunde inte visas.";
  $("status").dataset.state = "error";
}

function render() {
  const now = nowMs();
  const status = schedule.status(now);

  $("org-name").textContent = organization.name;

  // Status badge and today's sentence.
  const badge = $("status");
  badge.textContent = statusText(schedule, now);
  badge.dataset.state = status.open ? "open" : "closed";
  $("sentence").textContent = statusSentence(schedule, now);

  renderWeek(status.date);
  renderDeviations(status.date, now);
  renderSummary();
  renderContacts(now);
  writeJsonLd(status.date);

  updates += 1;
  root.dataset.updates = String(updates);
  arm(nextChange(now));
}

function renderWeek(today) {
  const rows = weekTable(schedule, today);
  const week = swedishDay(today).isoWeek;
  $("week-caption").textContent = `Vecka ${week}, ${shortDate(rows[0].date)}–${shortDate(rows[6].date)}`;
  const body = $("week-rows");
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = el("tr", { className: row.date === today ? "today" : "" });
      if (row.date === today) tr.setAttribute("aria-current", "date");
      const day = el("th", { scope: "row" }, capitalize(row.weekday));
      if (row.date === today) day.append(" ", el("span", { className: "tag" }, "idag"));
      tr.append(
        day,
        el("td", { className: "date" }, el("time", { dateTime: row.date }, shortDate(row.date))),
        el("td", { className: row.day.intervals.length === 0 ? "hours closed" : "hours" }, ...hoursNodes(capitalize(row.hours))),
        el("td", { className: "note" }, row.note ?? ""),
      );
      return tr;
    }),
  );
}

function renderDeviations(today, now) {
  const rows = upcomingDeviations(schedule, { from: today, days: DEVIATION_DAYS });
  const list = $("deviations");
  if (rows.length === 0) {
    list.replaceChildren(el("li", { className: "none" }, `Inga avvikande öppettider de närmaste ${DEVIATION_DAYS} dagarna.`));
    return;
  }
  const year = wallClock(now, schedule.timeZone).year;
  list.replaceChildren(
    ...rows.map((row) => {
      const [y, m, d] = row.date.split("-").map(Number);
      const date = describeDate({ year: y, month: m, day: d, weekday: row.day.weekday }, "sv", y !== year);
      return el(
        "li",
        {},
        el("time", { className: "when", dateTime: row.date }, capitalize(date)),
        el("span", { className: row.day.intervals.length === 0 ? "hours closed" : "hours" }, ...hoursNodes(capitalize(row.hours))),
        el("span", { className: "note" }, row.note ?? ""),
      );
    }),
  );
}

function renderSummary() {
  const list = $("summary");
  const lines = summarizeHours(schedule, { includeClosed: true });
  list.replaceChildren(
    ...lines.map((line) => el("div", { className: line.hours === "stängt" ? "closed" : "" }, el("dt", {}, line.when), el("dd", {}, ...hoursNodes(capitalize(line.hours))))),
  );
}

function renderContacts(now) {
  const list = $("contacts");
  list.replaceChildren(
    ...organization.contacts.map((contact) => {
      const card = el("li", { className: "contact" });
      card.dataset.contact = contact.id;
      const title = contact.person ? contact.person.name : contact.name;
      card.append(el("h3", {}, title));
      const role = contact.person?.title ?? (contact.role && contact.role !== contact.name ? contact.role : null);
      if (role) card.append(el("p", { className: "role" }, role));

      const ways = el("ul", { className: "ways" });
      for (const phone of contact.phones) {
        ways.append(
          el("li", {}, el("span", { className: "label" }, phone.type === "cell" ? "Mobil" : "Telefon"), el("a", { href: phone.uri }, phone.display)),
        );
      }
      for (const email of contact.emails) {
        ways.append(el("li", {}, el("span", { className: "label" }, "E-post"), el("a", { href: email.uri }, email.address)));
      }
      card.append(ways);

      const reachable = contact.isReachable(now);
      const hours = contact.hours.status(now);
      const reach = el("p", { className: `reach ${reachable ? "yes" : "no"}` });
      reach.dataset.reachable = String(reachable);
      if (reachable) {
        reach.textContent = hours.nextClosing ? `Nås nu · till ${describeWhen(hours.nextClosing, new Date(now), contact.hours.timeZone, "sv", true)}` : "Nås nu";
      } else {
        const next = contact.nextReachable(now);
        reach.textContent = next ? `Nås inte nu · öppnar ${describeWhen(next, new Date(now), contact.hours.timeZone, "sv", true)}` : "Nås inte nu";
      }
      card.append(reach);

      const own = contact.ownHours ? summarizeHours(contact.hours) : [];
      const note = own.length > 0 ? `${contact.hours.config.weeklyLabel?.sv ?? "Tider"}: ${own.map((l) => `${l.when.toLocaleLowerCase("sv")} ${l.hours}`).join(", ")}` : "Nås under besökstiderna.";
      card.append(el("p", { className: "hours-note" }, ...hoursNodes(note)));

      const vcard = el("a", { className: "vcard", href: `data:text/vcard;charset=utf-8,${encodeURIComponent(toVCard(contact))}`, download: `${contact.id}.vcf` }, "Spara kontakt");
      vcard.setAttribute("aria-label", `Spara ${title} som kontakt (vCard)`);
      card.append(vcard);
      return card;
    }),
  );
}

/**
 * JSON-LD for search engines: the library's toSchemaOrg when the build exports it (regular
 * hours, the special hours of the coming days, contact points), else a minimal Organization
 * with its contact points.
 */
function writeJsonLd(today) {
  let data = null;
  if (typeof oppettider.toSchemaOrg === "function") {
    try {
      data = oppettider.toSchemaOrg(organization, { from: today, days: JSON_LD_DAYS });
    } catch (error) {
      console.warn("toSchemaOrg:", error);
    }
  }
  if (!data || typeof data !== "object") {
    data = {
      "@context": "https://schema.org",
      "@type": "Organization",
      name: organization.name,
      ...(organization.web && { url: organization.web }),
      contactPoint: organization.contacts.map((contact) => toSchemaOrgContactPoint(contact)),
    };
  }
  if (!("@context" in data)) data = { "@context": "https://schema.org", ...data };
  let script = document.getElementById("jsonld");
  if (!script) {
    script = document.createElement("script");
    script.type = "application/ld+json";
    script.id = "jsonld";
    document.head.append(script);
  }
  // "</" cannot end the script element early.
  script.textContent = JSON.stringify(data, null, 2).replace(/</g, "\\u003c");
}

/** The next instant anything on the page changes: an opening or closing, or midnight. */
function nextChange(now) {
  let next = nextMidnight(now, schedule.timeZone);
  for (const hours of new Set([schedule, ...organization.contacts.map((c) => c.hours)])) {
    const until = hours.status(now).until;
    if (until !== null) next = Math.min(next, until.getTime());
  }
  return next;
}

function arm(at) {
  clearTimeout(timer);
  root.dataset.nextChange = new Date(at).toISOString();
  const wait = () => {
    const delay = at - nowMs();
    timer = delay > MAX_TIMEOUT ? setTimeout(wait, MAX_TIMEOUT) : setTimeout(render, Math.max(0, delay));
  };
  wait();
}

document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") render();
});

// Small helpers.

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** "08.00–12.00 och 13.00–16.00", with no line break inside an interval. */
function hoursNodes(text) {
  return text.split(/(\d{2}\.\d{2}–\d{2}\.\d{2})/).filter(Boolean).map((part) => (/^\d/.test(part) ? el("span", { className: "nowrap" }, part) : part));
}

function shortDate(date) {
  const [, m, d] = date.split("-").map(Number);
  return `${d}/${m}`;
}

function capitalize(text) {
  return text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}

/** The wall-clock date and time of an instant in a zone (weekday 1 = Monday). */
function wallClock(ms, timeZone) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", weekday: "short", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday) + 1,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

function nextMidnight(ms, timeZone) {
  const today = wallClock(ms, timeZone);
  const target = Date.UTC(today.year, today.month - 1, today.day + 1);
  const zoneOffset = (t) => {
    const w = wallClock(t, timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(t / 1000) * 1000;
  };
  return target - zoneOffset(target - zoneOffset(target));
}

// A web page that shows every unit's status from the service, without the library:
//
//   index.html?api=http://127.0.0.1:8080/v1            (Swedish)
//   index.html?api=http://127.0.0.1:8080/v1&lang=en    (English)
//
// One GET /v1/units; the answer's Cache-Control max-age says how long it stays right (until
// the next opening or closing, or midnight), so the page asks again exactly then. For a page
// that keeps showing the right hours while the service is down, use the elements with
// src and unit (examples/kiosk/?src=…&unit=…): they compute from the unit's last good config.
const params = new URLSearchParams(location.search);
const api = params.get("api") ?? "http://127.0.0.1:8080/v1";
const lang = params.get("lang") === "en" ? "en" : "sv";
const WORDS = {
  sv: { heading: "Öppettider", loading: "Laddar …", failed: "Öppettiderna kan inte visas just nu", open: "Öppet", closed: "Stängt" },
  en: { heading: "Opening hours", loading: "Loading …", failed: "The opening hours cannot be shown right now", open: "Open", closed: "Closed" },
}[lang];

const heading = document.getElementById("organization");
const list = document.getElementById("units");
document.documentElement.lang = lang;
document.title = WORDS.heading;
heading.textContent = WORDS.heading;
list.replaceChildren(Object.assign(document.createElement("li"), { textContent: WORDS.loading }));

async function show() {
  let again = 60;
  try {
    const response = await fetch(`${api}/units?lang=${lang}`);
    if (!response.ok) throw new Error((await response.json()).detail);
    const body = await response.json();
    heading.textContent = `${WORDS.heading}: ${body.organization.name}`;
    list.replaceChildren(
      ...body.units.map((unit) => {
        const item = document.createElement("li");
        const name = document.createElement("strong");
        name.textContent = unit.name;
        // Open or closed is said in words (the status text), not by colour alone.
        const status = document.createElement("span");
        status.className = unit.status.open ? "open" : "closed";
        status.textContent = ` ${unit.status.text}`;
        item.append(name, status);
        return item;
      }),
    );
    again = Number(/max-age=(\d+)/.exec(response.headers.get("Cache-Control") ?? "")?.[1] ?? 60);
  } catch (error) {
    list.replaceChildren(Object.assign(document.createElement("li"), { textContent: `${WORDS.failed} (${error.message}).` }));
  }
  setTimeout(show, Math.max(again, 1) * 1000);
}

show();

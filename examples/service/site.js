// A web page that shows every unit's status from the service, without the library:
//
//   index.html?api=http://127.0.0.1:8080/v1
//
// One GET /v1/units; the answer's Cache-Control max-age says how long it stays right (until
// the next opening or closing, or midnight), so the page asks again exactly then.
const api = new URLSearchParams(location.search).get("api") ?? "http://127.0.0.1:8080/v1";
const list = document.getElementById("units");

async function show() {
  let again = 60;
  try {
    const response = await fetch(`${api}/units`);
    if (!response.ok) throw new Error((await response.json()).detail);
    const body = await response.json();
    document.getElementById("organization").textContent = `Öppettider: ${body.organization.name}`;
    list.replaceChildren(
      ...body.units.map((unit) => {
        const item = document.createElement("li");
        const name = document.createElement("strong");
        name.textContent = unit.name;
        const status = document.createElement("span");
        status.className = unit.status.open ? "open" : "closed";
        status.textContent = ` ${unit.status.text}`;
        item.append(name, status);
        return item;
      }),
    );
    again = Number(/max-age=(\d+)/.exec(response.headers.get("Cache-Control") ?? "")?.[1] ?? 60);
  } catch (error) {
    list.replaceChildren(Object.assign(document.createElement("li"), { textContent: `Öppettiderna kan inte visas just nu (${error.message}).` }));
  }
  setTimeout(show, Math.max(again, 1) * 1000);
}

show();

import { el } from "./dom";
import { problemNodes } from "./problems";
import { word, type StudioLanguage } from "./words";

/** The token lives only for this tab (sessionStorage), never in localStorage or a cookie. */
const TOKEN_KEY = "oppettider-edit-token";

/**
 * Saving to the service (only when served over http): a token field, GET /v1/config for the
 * ETag, PUT with If-Match; 401, 412 and 400 told in words, 412 with a button to load the saved version.
 *
 * @example
 * mountSavePane(section, "sv", origin, () => config, (saved) => load(saved));
 */
export function mountSavePane(section: HTMLElement, language: StudioLanguage, origin: string, current: () => unknown, load: (saved: unknown) => void): void {
  const token = el("input", { id: "edit-token", type: "password", autocomplete: "off" });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
  token.addEventListener("change", () => sessionStorage.setItem(TOKEN_KEY, token.value));
  const save = el("button", { type: "button", id: "save" }, word("save", language));
  const reload = el("button", { type: "button", id: "load-saved" }, word("loadSaved", language));
  const message = el("div", { id: "save-message", role: "status" });
  section.append(el("h2", {}, word("saveHeading", language)), el("div", { class: "field" }, el("label", { for: "edit-token" }, word("token", language)), token), save, reload, message);

  const url = `${origin}/v1/config`;
  let etag: string | null = null;
  const fetchSaved = async () => {
    const response = await fetch(url, { cache: "no-store" });
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    etag = response.headers.get("ETag");
    return response.json();
  };
  const tell = (text: string, ...more: HTMLElement[]) => message.replaceChildren(el("p", {}, text), ...more);

  reload.addEventListener("click", async () => {
    try {
      load(await fetchSaved());
      tell(word("loadSaved", language) + " ✓");
    } catch (error) {
      tell(`${word("eOther", language)} ${(error as Error).message}`);
    }
  });
  save.addEventListener("click", async () => {
    sessionStorage.setItem(TOKEN_KEY, token.value);
    try {
      if (etag === null) await fetchSaved();
      const response = await fetch(url, {
        method: "PUT",
        headers: { Authorization: `Bearer ${token.value}`, "If-Match": etag ?? "", "Content-Type": "application/json" },
        body: JSON.stringify(current(), null, 2),
      });
      if (response.ok) {
        etag = response.headers.get("ETag");
        return tell(word("saved", language));
      }
      if (response.status === 401) return tell(word("e401", language));
      if (response.status === 412) {
        const again = el("button", { type: "button", id: "reload-after-conflict" }, word("loadSaved", language));
        again.addEventListener("click", () => reload.click());
        return tell(word("e412", language), again);
      }
      const problem = (await response.json().catch(() => ({}))) as { detail?: string; errors?: { path: string; message: string }[] };
      if (response.status === 400) return tell(word("e400", language), el("ul", {}, ...(problem.errors ?? []).map((e) => el("li", {}, `${e.path}: `, ...problemNodes(e, language)))));
      tell(`${word("eOther", language)} ${response.status} ${problem.detail ?? ""}`);
    } catch (error) {
      tell(`${word("eOther", language)} ${(error as Error).message}`);
    }
  });
}

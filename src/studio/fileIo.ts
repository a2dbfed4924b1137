import { el } from "./dom";
import { word, type StudioLanguage } from "./words";

/**
 * Open and download the config as a JSON file, with no server: a file input and a link whose
 * href is a blob of the JSON (refreshed with `update`).
 *
 * @example
 * const io = mountFileIo(section, "sv", (json) => load(json), (message) => show(message));
 * io.update(config);
 */
export function mountFileIo(section: HTMLElement, language: StudioLanguage, load: (json: unknown) => void, fail: (message: string) => void): { update(config: unknown, name: string): void } {
  const input = el("input", { type: "file", id: "open-file", accept: "application/json,.json" });
  const link = el("a", { id: "download-json", download: "oppettider.json", href: "#" }, word("download", language));
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      load(JSON.parse(await file.text()));
    } catch (error) {
      fail(`${word("badFile", language)} ${(error as Error).message}`);
    }
  });
  section.append(el("div", { class: "field" }, el("label", { for: "open-file" }, word("openFile", language)), input), el("p", {}, link));
  let url: string | null = null;
  return {
    update(config, name) {
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(new Blob([JSON.stringify(config, null, 2)], { type: "application/json" }));
      link.href = url;
      link.download = `${name || "oppettider"}.json`;
    },
  };
}

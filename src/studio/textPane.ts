import { createSchedule, parseHoursText, summaryText, type ParseHoursResult } from "../index";
import { el } from "./dom";
import { word, type StudioLanguage } from "./words";

/** How long typing must pause before the text is read again, in ms. */
const DEBOUNCE_MS = 300;

/**
 * The text pane: a textarea whose text is read line by line (parseHoursText) as the editor
 * types, each line shown with what it became or why it was not read.
 *
 * @example
 * mountTextPane(section, "sv", (reading) => useWeekly(reading.config.weekly));
 */
export function mountTextPane(section: HTMLElement, language: StudioLanguage, use: (reading: ParseHoursResult) => void): void {
  const textarea = el("textarea", { id: "hours-text", rows: "8" });
  const lines = el("ol", { id: "reading", class: "reading" });
  const assumptions = el("div", { id: "assumptions" });
  const useButton = el("button", { type: "button", id: "use-reading" }, word("useReading", language));
  section.append(el("h2", {}, word("textHeading", language)), el("label", { for: "hours-text" }, word("textLabel", language)), textarea, lines, assumptions, useButton);

  let reading: ParseHoursResult | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const read = () => {
    reading = parseHoursText(textarea.value);
    renderReading(textarea.value, reading, lines, assumptions, language);
  };
  textarea.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(read, DEBOUNCE_MS);
  });
  useButton.addEventListener("click", () => {
    clearTimeout(timer);
    read();
    if (reading) use(reading);
  });
}

function renderReading(text: string, reading: ParseHoursResult, list: HTMLElement, assumptions: HTMLElement, language: StudioLanguage): void {
  const unread = new Map(reading.unread.map((line) => [line.line, line]));
  const headings = new Set(reading.sections.map((s) => s.heading?.trim()).filter(Boolean));
  // What each read line became, in the reader's words (a line may give several statements).
  const became = new Map<number, string[]>();
  for (const section of reading.sections) for (const read of section.read) became.set(read.line, [...(became.get(read.line) ?? []), read.became]);
  const items = text.split(/\r?\n/).flatMap((line, index) => {
    if (line.trim() === "") return [];
    const missed = unread.get(index + 1);
    const said = became.get(index + 1);
    const notRead = missed && !(missed.partial && said);
    const verdict = notRead
      ? `${word("lineUnread", language)}: ${missed.reason}`
      : said
        ? `${word("lineRead", language)}: ${said.join("; ")}${missed ? ` (${missed.reason}: "${missed.text}")` : ""}`
        : headings.has(line.trim())
          ? word("lineHeading", language)
          : word("lineRead", language);
    return [el("li", { class: notRead ? "unread" : "read", "data-line": String(index + 1) }, el("span", { class: "line" }, line), " — ", el("span", { class: "verdict" }, verdict))];
  });
  list.replaceChildren(...items);
  assumptions.replaceChildren();
  const summary = readSummary(reading, language);
  if (summary) assumptions.append(el("h3", {}, language === "sv" ? "Lästes som" : "Read as"), el("pre", { id: "read-summary" }, summary));
  if (reading.assumptions.length > 0) {
    assumptions.append(el("h3", {}, word("assumptions", language)), el("ul", {}, ...reading.assumptions.map((a) => el("li", {}, a))));
  }
}

/** What the text became, in words; null when it has no hours to show. */
function readSummary(reading: ParseHoursResult, language: StudioLanguage): string | null {
  try {
    return summaryText(createSchedule(reading.config as never, { language }), { language, includeClosed: true });
  } catch {
    return null;
  }
}

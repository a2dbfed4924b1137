/// <reference lib="dom" />
import { formatIntervals } from "../texts/formatHours";
import { statusSentence, statusText } from "../texts/statusText";
import { announce, ensureLiveRegion } from "./announcer";
import { OppettiderElement, type NextChange, type RenderContext } from "./baseElement";
import { h } from "./dom";
import { STATUS_CSS } from "./styles";

/**
 * `<oppettider-status>`: open or closed now, and when that changes
 * ("Öppet · stänger 12.00", "Stängt idag, julafton · öppnar måndag 28 december 08.00").
 * With `sentence`, also the day's sentence; with `today`, today's hours and their rule.
 * A change of state is announced politely to screen readers (the page's one live region).
 * The host gets `data-state="open"` or `"closed"` for the page's own styling.
 *
 * @example
 * <oppettider-status config="/oppettider.json" sentence></oppettider-status>
 */
export class OppettiderStatus extends OppettiderElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, "sentence", "today"];
  }

  protected override readonly css = STATUS_CSS;
  /** The state last shown: a change from it is announced (the first render is not). */
  #shownOpen: boolean | null = null;

  override connectedCallback(): void {
    // The live region must be in the page before the first change, or it is not read.
    ensureLiveRegion();
    super.connectedCallback();
  }

  protected render(content: HTMLElement, { place, now, language, words, nextDay }: RenderContext): NextChange {
    const hours = place.hours;
    const status = hours.status(now);
    const text = statusText(hours, now, { language });
    const state = status.open ? "open" : "closed";
    const parts: HTMLElement[] = [h("p", { part: `badge ${state}`, "data-state": state }, h("span", { part: "icon", "aria-hidden": "true" }), h("span", { part: "text" }, text))];
    if (this.hasAttribute("sentence")) parts.push(h("p", { part: "sentence" }, statusSentence(hours, now, { language })));
    if (this.hasAttribute("today")) {
      const { intervals, rule } = status.today;
      const note = rule.kind === "weekly" ? "" : ` · ${rule.labels[language]}`;
      parts.push(h("p", { part: "today" }, `${words.todayLine} ${formatIntervals(intervals, language)}${note}`));
    }
    content.replaceChildren(...parts);
    this.dataset.state = state;

    if (this.#shownOpen !== null && this.#shownOpen !== status.open) announce(text, language);
    this.#shownOpen = status.open;
    return Math.min(status.until?.getTime() ?? Infinity, nextDay);
  }
}

/// <reference lib="dom" />
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";
import type { Language } from "../schedule/rules";
import { ConfigError } from "../validation/configError";
import { buildPlace, type Place } from "./buildPlace";
import { ChangeTimer } from "./changeTimer";
import { loadSource, SourceError, type SourceSpec } from "./loadSource";
import { nextDayStart } from "../zone/nextDayStart";
import { parseAtAttribute } from "./parseAtAttribute";
import { BASE_CSS } from "./styles";
import { UI_WORDS, type UiWords } from "./words";

/** Attributes that say where the hours come from, and `at`: a change reads them again. */
const SOURCE_ATTRIBUTES = ["config", "src", "unit", "at"];

/** How often a long-running page reads its config again: once a day, at the first change after this. */
const RELOAD_AFTER_MS = 12 * 3_600_000;

/** In Node (server-side rendering, tests) there is no HTMLElement: the module still loads. */
const ElementBase = (typeof HTMLElement === "undefined" ? class {} : HTMLElement) as typeof HTMLElement;

/** What a render gives back: the next instant the element's content changes (null: never). */
export type NextChange = number | null;

/** What each element's render gets. */
export interface RenderContext {
  readonly place: Place;
  /** The element's "now", epoch ms (moved by `at`). */
  readonly now: number;
  readonly language: Language;
  readonly words: UiWords;
  /** The first instant of the next local day in the place's zone. */
  readonly nextDay: number;
}

/**
 * What the elements share: reading the hours (`config`, an inline JSON child, or
 * `src` + `unit`), `lang` and `at`, one timer to the next change, a message in place of
 * the content when something is wrong, and the editor's light-DOM content shown until
 * the hours are there (and when they cannot be).
 *
 * Each render fires an `oppettider-update` event (detail: `{ at, next }`).
 *
 * @example
 * class Hello extends OppettiderElement {
 *   protected render(content: HTMLElement, { place, now, nextDay }: RenderContext) {
 *     content.textContent = place.hours.isOpen(now) ? "Välkommen in" : "Välkommen åter";
 *     return Math.min(place.hours.status(now).until?.getTime() ?? Infinity, nextDay);
 *   }
 * }
 */
export abstract class OppettiderElement extends ElementBase {
  static get observedAttributes(): string[] {
    return [...SOURCE_ATTRIBUTES, "lang"];
  }

  /** Whether this element shows contacts (and so needs them built). */
  protected readonly withContacts: boolean = false;
  /** Extra CSS of the element. */
  protected readonly css: string = "";

  #content: HTMLElement | null = null;
  #message: HTMLElement | null = null;
  #fallback: HTMLSlotElement | null = null;
  #place: Place | null = null;
  /** The JSON the place was built from, to skip a background read that brought nothing new. */
  #sourceJson = "";
  #offset = 0;
  #loads = 0;
  #loadedAt = 0;
  #pendingLoad = false;
  readonly #timer = new ChangeTimer(
    () => this.now(),
    () => this.update(),
  );

  /** The element's language: its own or its closest ancestor's `lang`, `sv` unless English. */
  get language(): Language {
    return /^en\b/i.test(this.closest("[lang]")?.getAttribute("lang") ?? "") ? "en" : "sv";
  }

  /** The instant of the next update the element waits for (epoch ms), or null. */
  get nextChange(): number | null {
    return this.#timer.target;
  }

  /** The element's "now": the real time, moved to `at` when previewing. */
  now(): number {
    return Date.now() + this.#offset;
  }

  connectedCallback(): void {
    if (!this.shadowRoot) this.#build();
    this.#timer.start();
    this.#queueLoad();
  }

  disconnectedCallback(): void {
    this.#timer.stop();
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (!this.isConnected || before === after || !this.shadowRoot) return;
    if (SOURCE_ATTRIBUTES.includes(name)) this.#queueLoad();
    else this.update();
  }

  /** Draws the content for `now` and gives the next instant it changes. */
  protected abstract render(content: HTMLElement, context: RenderContext): NextChange;

  /** Renders now and waits for the next change (also called on attribute changes). */
  update(): void {
    const place = this.#place;
    if (!place || !this.#content) return;
    const now = this.now();
    const language = this.language;
    let next: NextChange;
    try {
      next = this.render(this.#content, { place, now, language, words: UI_WORDS[language], nextDay: nextDayStart(now, place.hours.timeZone) });
    } catch (error) {
      this.#showError(error, now);
      return;
    }
    this.#message!.classList.add("off");
    this.#fallback!.classList.add("off");
    this.#content.classList.remove("off");
    this.#timer.arm(next);
    this.dispatchEvent(new CustomEvent("oppettider-update", { bubbles: true, detail: { at: now, next } }));
    // A page that runs for days reads its hours again now and then (in the background).
    if (Date.now() - this.#loadedAt > RELOAD_AFTER_MS) void this.#load(60_000, true);
  }

  /**
   * Reads the source again in the background, past every shared copy (at most once a
   * minute): for answers the service gave that are out of date.
   */
  protected refresh(): void {
    if (Date.now() - this.#loadedAt < 60_000) return;
    void this.#load(0, true);
  }

  /** Whether some of the place's contacts are known only from an out-of-date service answer. */
  #hasStaleAnswers(): boolean {
    const now = this.now();
    return this.#place?.contacts.some((contact) => contact.stale(now)) ?? false;
  }

  #build(): void {
    const root = this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = BASE_CSS + this.css;
    this.#message = Object.assign(document.createElement("p"), { className: "off" });
    this.#message.setAttribute("part", "message");
    this.#content = Object.assign(document.createElement("div"), { className: "off" });
    this.#content.setAttribute("part", "content");
    // The editor's own content (e.g. the hours as text): what shows without JavaScript,
    // while loading, and under the message when the hours cannot be shown.
    this.#fallback = document.createElement("slot");
    root.append(style, this.#message, this.#content, this.#fallback);
  }

  /** Several attribute changes in one go read the source once. */
  #queueLoad(): void {
    if (this.#pendingLoad) return;
    this.#pendingLoad = true;
    queueMicrotask(() => {
      this.#pendingLoad = false;
      if (this.isConnected) void this.#load(Infinity, false);
    });
  }

  async #load(maxAgeMs: number, background: boolean): Promise<void> {
    const load = ++this.#loads;
    this.#loadedAt = Date.now();
    try {
      const spec = this.#source();
      const source = await loadSource(spec, maxAgeMs);
      const sourceJson = JSON.stringify([source.config, source.contacts]);
      if (background && sourceJson === this.#sourceJson && !this.#hasStaleAnswers()) return;
      const place = await buildPlace(source, { unit: spec.kind === "service" ? null : this.getAttribute("unit"), withContacts: this.withContacts });
      const at = this.getAttribute("at");
      const offset = at === null ? 0 : parseAtAttribute(at, place.hours.timeZone) - Date.now();
      if (load !== this.#loads) return; // a newer load started meanwhile
      if (!background) this.#offset = offset;
      this.#place = place;
      this.#sourceJson = sourceJson;
      this.update();
    } catch (error) {
      if (load !== this.#loads) return;
      if (background && this.#place) console.warn(`oppettider: <${this.localName}> could not read its hours again; still showing the last ones.`, error);
      else this.#showError(error);
    }
  }

  #source(): SourceSpec {
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return { kind: "inline", text: inline.textContent ?? "" };
    const config = this.getAttribute("config");
    if (config) return { kind: "config", url: config };
    const src = this.getAttribute("src");
    const unit = this.getAttribute("unit");
    if (src && unit) return { kind: "service", url: src, unit };
    throw new SourceError((language) => UI_WORDS[language].noSource, false);
  }

  /** The message in the element, the problems in the console, the editor's content kept. */
  #showError(error: unknown, now = this.now()): void {
    this.#timer.arm(null);
    console.error(`oppettider: <${this.localName}>:`, error);
    const words = UI_WORDS[this.language];
    const detail = document.createElement("span");
    detail.textContent = describeError(error, this.language, this.getAttribute("at"), now);
    const head = document.createElement("strong");
    head.textContent = words.cannotShow;
    this.#message!.replaceChildren(head, detail);
    this.#message!.classList.remove("off");
    this.#content!.classList.add("off");
    this.#fallback!.classList.remove("off");
  }
}

/** A short reason for the page; the console has the whole error. */
function describeError(error: unknown, language: Language, at: string | null, now: number): string {
  const words = UI_WORDS[language];
  if (error instanceof SourceError) return error.describe(language);
  if (error instanceof ConfigError) {
    const first = error.issues[0];
    return `${words.configProblems(error.issues.length)} ${first ? `${first.path || "(config)"}: ${first.message}` : ""} ${words.seeConsole}`;
  }
  if (error instanceof RangeError && !isSupportedInstant(now)) return words.beyondYears;
  if (error instanceof RangeError && at !== null && /^at must be/.test(error.message)) return words.badAt(at);
  if (error instanceof SyntaxError) return `JSON: ${error.message}`;
  return `${error instanceof Error ? error.message : String(error)} ${words.seeConsole}`;
}

/** Whether an instant's local date is within the supported years in every zone (±14 h). */
function isSupportedInstant(ms: number): boolean {
  const hours14 = 14 * 3_600_000;
  return [ms - hours14, ms + hours14].every((t) => {
    const year = new Date(t).getUTCFullYear();
    return year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR;
  });
}

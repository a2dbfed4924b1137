/// <reference lib="dom" />

/** Browsers run a `setTimeout` longer than 2^31−1 ms (about 24.8 days) at once; longer waits go in steps. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * When the next change asked for is not after now, the timer looks again this much later
 * instead of firing at once. A 0 ms re-arm would spin (zones whose clocks jump at midnight
 * once made a kiosk render 900 001 times an hour); one look a minute cannot.
 */
export const NOT_AFTER_NOW_RETRY_MS = 60_000;

/** Page events after which timers may have come late: the computer slept, the tab was hidden or frozen. */
const WAKE_EVENTS: readonly [target: "document" | "window", type: string][] = [
  ["document", "resume"], // Page Lifecycle: a frozen page runs again
  ["document", "visibilitychange"],
  ["window", "pageshow"], // also back from the back/forward cache
  ["window", "focus"],
];

/**
 * ONE timer for the next instant something shown changes, and nothing else: no polling.
 * `arm(at)` replaces the previous wait. A wait longer than a browser's longest timeout is
 * taken in steps of at most 2^31−1 ms, each measuring the time again. After the computer
 * wakes or the tab shows again (`resume`, `pageshow`, `focus`, `visibilitychange`), the
 * timer looks at the clock: past the change it fires now, else it waits again from the
 * real time (timers do not count time asleep).
 *
 * @example
 * const timer = new ChangeTimer(() => Date.now(), () => render());
 * timer.arm(Date.parse("2026-12-23T12:00:00+01:00")); // render() runs at 12.00
 * timer.start(); // also after sleep or a hidden tab
 */
export class ChangeTimer {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #target: number | null = null;
  #listening = false;
  readonly #now: () => number;
  readonly #onDue: () => void;
  readonly #onWake = (event: Event) => {
    if (event.type === "visibilitychange" && document.visibilityState !== "visible") return;
    this.check();
  };

  constructor(now: () => number, onDue: () => void) {
    this.#now = now;
    this.#onDue = onDue;
  }

  /** The instant the timer waits for (epoch ms), or null. */
  get target(): number | null {
    return this.#target;
  }

  /**
   * Waits for `at` (epoch ms); null waits for nothing. An `at` that is not after now
   * (or not a number) is taken as a minute from now, never as "at once".
   */
  arm(at: number | null): void {
    this.#clear();
    if (at === null) {
      this.#target = null;
      return;
    }
    const now = this.#now();
    if (!(at > now)) {
      console.warn(`oppettider: the next change ${Number.isFinite(at) ? new Date(at).toISOString() : String(at)} is not after now; looking again in a minute`);
      at = now + NOT_AFTER_NOW_RETRY_MS;
    }
    this.#target = at;
    this.#wait();
  }

  /** Fires now when the target has passed (after sleep), else waits again from the real time. */
  check(): void {
    if (this.#target === null) return;
    this.#clear();
    this.#wait();
  }

  /** Starts listening for the page waking up. */
  start(): void {
    if (this.#listening) return;
    this.#listening = true;
    for (const [target, type] of WAKE_EVENTS) (target === "document" ? document : window).addEventListener(type, this.#onWake);
  }

  /** Stops the timer and the listening (the element left the page). */
  stop(): void {
    this.#clear();
    this.#target = null;
    if (!this.#listening) return;
    this.#listening = false;
    for (const [target, type] of WAKE_EVENTS) (target === "document" ? document : window).removeEventListener(type, this.#onWake);
  }

  #wait(): void {
    const delay = this.#target! - this.#now();
    if (delay <= 0) {
      this.#fire();
      return;
    }
    this.#timer = delay > MAX_TIMEOUT_MS ? setTimeout(() => this.#wait(), MAX_TIMEOUT_MS) : setTimeout(() => this.#fire(), delay);
  }

  #fire(): void {
    this.#timer = undefined;
    this.#target = null;
    // The callback renders and arms the next change (always after now, see arm()).
    this.#onDue();
  }

  #clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

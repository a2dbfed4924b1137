/// <reference lib="dom" />

/*
 * ONE polite live region for the whole page, shared by every <oppettider-status>. It says
 * only that the state changed ("Stängt · öppnar måndag 28 december 08.00"), never the
 * first render, clock ticks or a new day's wording. Two status elements for the same place
 * changing at the same instant say it once.
 */

let region: HTMLElement | null = null;
let last = { text: "", at: 0 };

/** Visually hidden, but read by screen readers. */
const HIDDEN = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0";

/**
 * Makes sure the page's live region exists. Call it before anything is to be announced:
 * a live region must be in the page before its text changes, or nothing is read.
 *
 * @example
 * ensureLiveRegion();
 */
export function ensureLiveRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.querySelector<HTMLElement>("[data-oppettider-live]");
  if (!region) {
    region = document.createElement("div");
    region.dataset.oppettiderLive = "";
    region.setAttribute("role", "status");
    region.setAttribute("aria-live", "polite");
    region.setAttribute("aria-atomic", "true");
    region.style.cssText = HIDDEN;
    (document.body ?? document.documentElement).append(region);
  }
  return region;
}

/**
 * Announces a change politely. The same text again within two seconds is not repeated.
 *
 * @example
 * announce("Stängt · öppnar måndag 28 december 08.00", "sv");
 */
export function announce(text: string, lang: string, now = Date.now()): void {
  if (text === last.text && Math.abs(now - last.at) < 2_000) return;
  last = { text, at: now };
  const live = ensureLiveRegion();
  live.lang = lang; // read in the element's language, not the page's
  live.textContent = text;
}

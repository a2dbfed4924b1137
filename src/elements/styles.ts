/*
 * The elements' shared styles. Defaults fit a plain municipal page (the page's font and
 * text colour, AA contrast on a light background: every text colour below has at least
 * 4.5:1 on white and on its own background). Change them with custom properties on the
 * element or any ancestor, or style the parts with ::part().
 */
export const BASE_CSS = `
:host {
  display: block;
  font: var(--oppettider-font, inherit);
  color: var(--oppettider-color, inherit);
  --_muted: var(--oppettider-muted-color, #4d5661);
  --_line: var(--oppettider-border-color, #c9d0d8);
  --_open: var(--oppettider-open-color, #0a6b35);
  --_open-bg: var(--oppettider-open-background, #e3f4ea);
  --_closed: var(--oppettider-closed-color, #9b1c1c);
  --_closed-bg: var(--oppettider-closed-background, #fbe9e7);
  --_link: var(--oppettider-link-color, #0b4f7c);
  --_focus: var(--oppettider-focus-color, #1b1f24);
  --_today-bg: var(--oppettider-today-background, #fff4c2);
}
:host([hidden]) { display: none; }
.off { display: none !important; }
.vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
[part~="message"] { margin: 0 0 .5em; padding: .5em .75em; border-left: 4px solid var(--_closed); background: var(--_closed-bg); color: var(--_closed); }
[part~="message"] span { display: block; }
[part~="title"] { margin: 0 0 .5em; font-size: 1.15em; font-weight: 700; }
a { color: var(--_link); text-underline-offset: .15em; }
a:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; border-radius: 2px; }
.nowrap { white-space: nowrap; }
ul { margin: 0; padding: 0; list-style: none; }
`;

export const STATUS_CSS = `
[part~="badge"] { display: inline-flex; align-items: center; gap: .5em; margin: 0; padding: .35em .9em; border-radius: 999px; border: 2px solid currentColor; font-weight: 700; font-size: var(--oppettider-status-font-size, 1.1em); }
[part~="badge"][data-state="open"] { color: var(--_open); background: var(--_open-bg); }
[part~="badge"][data-state="closed"] { color: var(--_closed); background: var(--_closed-bg); }
/* Not colour alone: a filled dot when open, a ring when closed, beside the words. */
[part~="icon"] { flex: none; width: .75em; height: .75em; border-radius: 50%; border: .15em solid currentColor; box-sizing: border-box; }
[data-state="open"] [part~="icon"] { background: currentColor; }
[part~="sentence"], [part~="today"] { margin: .5em 0 0; }
[part~="today"] { color: var(--_muted); }
`;

export const WEEK_CSS = `
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 700; font-size: 1.15em; padding-bottom: .4em; }
th, td { text-align: left; vertical-align: top; padding: .45em .5em .45em 0; border-bottom: 1px solid var(--_line); }
thead th { font-size: .9em; color: var(--_muted); font-weight: 600; }
tbody th { font-weight: 600; }
tr[aria-current="date"] { background: var(--_today-bg); }
tr[aria-current="date"] > * { padding-left: .35em; }
[part~="today-tag"] { font-weight: 400; font-size: .9em; }
[part~="note"] { color: var(--_muted); }
`;

export const LIST_CSS = `
[part~="list"] > li { padding: .45em 0; border-bottom: 1px solid var(--_line); }
[part~="date"] { font-weight: 600; display: block; }
[part~="note"], [part~="role"] { color: var(--_muted); }
[part~="empty"] { color: var(--_muted); margin: 0; }
`;

export const CONTACTS_CSS = `
[part~="contact"] { padding: .6em 0; border-bottom: 1px solid var(--_line); }
[part~="name"], [part~="role"] { display: block; }
[part~="name"] { font-weight: 700; }
[part~="ways"] li { margin: .15em 0; }
[part~="way-label"] { color: var(--_muted); }
[part~="reach"] { display: flex; align-items: center; gap: .4em; margin: .3em 0 0; }
[part~="reach"][data-reachable="true"] { color: var(--_open); }
[part~="reach"][data-reachable="false"] { color: var(--_muted); }
[part~="reach"] [part~="icon"] { flex: none; width: .7em; height: .7em; border-radius: 50%; border: .15em solid currentColor; box-sizing: border-box; }
[part~="reach"][data-reachable="true"] [part~="icon"] { background: currentColor; }
[part~="vcard"] { display: inline-block; margin-top: .3em; font-size: .95em; }
`;

export const CALENDAR_CSS = `
[part~="months"] { display: grid; gap: 1.25em; }
[part~="months"][part~="year"] { grid-template-columns: repeat(auto-fill, minmax(17em, 1fr)); }
[part~="month-title"] { margin: 0 0 .3em; font-size: 1.1em; font-weight: 700; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-variant-numeric: tabular-nums; }
th { font-size: .8em; font-weight: 600; color: var(--_muted); padding: .2em 0; }
td { vertical-align: top; padding: .2em; border: 1px solid var(--_line); font-size: .8em; line-height: 1.25; }
td[part~="blank"] { border: none; }
[part~="day-number"] { display: block; font-weight: 700; }
[part~="day-hours"] { display: block; overflow-wrap: anywhere; }
td[part~="closed"] [part~="day-hours"] { color: var(--_muted); }
td[part~="differs"] { outline: 2px solid var(--_closed); outline-offset: -2px; background: var(--_closed-bg); }
td[part~="differs"] [part~="day-hours"] { color: var(--_closed); }
td[aria-current="date"] { background: var(--_today-bg); }
td:focus-visible { outline: 3px solid var(--_focus); outline-offset: -3px; }
[part~="glyph"] { font-size: .9em; }
[part~="legend"] { margin-top: 1em; font-size: .9em; }
[part~="legend-title"] { margin: 0 0 .3em; font-weight: 700; }
[part~="legend"] ul { display: flex; flex-wrap: wrap; gap: .3em 1.2em; }
[part~="swatch"] { display: inline-block; width: 1em; height: 1em; vertical-align: -.15em; outline: 2px solid var(--_closed); outline-offset: -2px; background: var(--_closed-bg); }
@media print {
  :host { color: #000; }
  [part~="months"][part~="year"] { grid-template-columns: repeat(3, 1fr); }
  [part~="month"] { break-inside: avoid; page-break-inside: avoid; }
  td, th, td[part~="differs"] [part~="day-hours"], td[part~="closed"] [part~="day-hours"] { color: #000; box-shadow: none; }
  td[part~="differs"], [part~="swatch"] { background: none; outline: 2px solid #000; }
  td[aria-current="date"] { background: none; }
}
`;

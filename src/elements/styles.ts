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

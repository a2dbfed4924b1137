/// <reference lib="dom" />

/**
 * A new element with attributes (`part`, `class`, `aria-*` …) and children.
 *
 * @example
 * h("p", { part: "badge", "data-state": "open" }, "Öppet")
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | null | undefined> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== null && value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * The element's title as a heading of the level in its `heading` attribute (2–6), or a
 * plain paragraph when it has none: the page decides its own outline.
 *
 * @example
 * title(element, "Avvikande öppettider", "title") // <p part="title" id="title">…</p>, or <h3> with heading="3"
 */
export function title(host: Element, text: string, id: string): HTMLElement {
  const level = Number(host.getAttribute("heading"));
  const tag = Number.isInteger(level) && level >= 2 && level <= 6 ? (`h${level}` as "h2") : "p";
  return h(tag, { part: "title", id }, host.getAttribute("label") ?? text);
}

/**
 * Hours with no line break inside an interval: "08.00–12.00 och 13.00–16.00".
 *
 * @example
 * hoursNodes("08.00–12.00 och 13.00–16.00") // [<span class="nowrap">08.00–12.00</span>, " och ", …]
 */
export function hoursNodes(text: string): (Node | string)[] {
  return text
    .split(/(\d{2}[.:]\d{2}–\d{2}[.:]\d{2})/)
    .filter(Boolean)
    .map((part) => (/^\d/.test(part) ? h("span", { class: "nowrap" }, part) : part));
}

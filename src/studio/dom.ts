/**
 * Makes an element with attributes and children (text or elements). No innerHTML anywhere:
 * the page shows what editors type, and the CSP allows no inline handlers.
 *
 * @example
 * el("label", { for: "x" }, "Namn")
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * A labelled text input with a place for its problems (`data-path` names the config path).
 *
 * @example
 * field("org-name", "Namn", "Exempla kommun", "name")
 */
export function field(id: string, label: string, value: string, path: string, hint?: string): { wrapper: HTMLElement; input: HTMLInputElement } {
  const input = el("input", { id, type: "text", "data-path": path, "aria-describedby": `${id}-problems${hint ? ` ${id}-hint` : ""}` });
  input.value = value;
  const wrapper = el("div", { class: "field" }, el("label", { for: id }, label), input);
  if (hint) wrapper.append(el("span", { id: `${id}-hint`, class: "hint" }, hint));
  wrapper.append(el("span", { id: `${id}-problems`, class: "problems", "data-problems-for": path, role: "status" }));
  return { wrapper, input };
}

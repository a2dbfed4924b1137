import { createOrganization, type Organization } from "../index";
import { ConfigError, type ConfigIssue } from "../validation/configError";
import { el } from "./dom";
import { problemText } from "./problemWords";
import { word, type StudioLanguage } from "./words";

/** A checked config: the organisation when valid, and every problem. */
export interface Checked {
  readonly organization: Organization | null;
  readonly issues: readonly ConfigIssue[];
}

/**
 * Checks a config with the library's own check (createOrganization).
 *
 * @example
 * checkConfig({ id: "x", name: "X", units: [] }).issues.length // => 1 or more
 */
export function checkConfig(config: unknown): Checked {
  try {
    return { organization: createOrganization(config as never), issues: [] };
  } catch (error) {
    if (error instanceof ConfigError) return { organization: null, issues: error.issues };
    return { organization: null, issues: [{ path: "", message: (error as Error).message }] };
  }
}

/**
 * The field path an issue belongs to: the longest `data-path` on the page that is the issue's
 * path or a parent of it ("units[1].hours.weekly.mon" for "units[1].hours.weekly.mon[0]").
 *
 * @example
 * fieldPathOf("units[0].hours.weekly.mon[0]", ["units[0].hours.weekly.mon"]) // => "units[0].hours.weekly.mon"
 */
export function fieldPathOf(issuePath: string, fieldPaths: readonly string[]): string | null {
  let best: string | null = null;
  for (const path of fieldPaths) {
    if (path === "") continue;
    const parent = issuePath === path || issuePath.startsWith(`${path}.`) || issuePath.startsWith(`${path}[`);
    if (parent && (best === null || path.length > best.length)) best = path;
  }
  return best;
}

/**
 * Shows each problem at its field and the rest (no field on the page) in the list at the top.
 *
 * @example
 * showProblems(document.body, listElement, issues, "sv");
 */
export function showProblems(root: HTMLElement, list: HTMLElement, issues: readonly ConfigIssue[], language: StudioLanguage): void {
  const slots = [...root.querySelectorAll<HTMLElement>("[data-problems-for]")];
  for (const slot of slots) slot.replaceChildren();
  for (const input of root.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
  const paths = slots.map((slot) => slot.dataset.problemsFor!);
  const unplaced: ConfigIssue[] = [];
  for (const issue of issues) {
    const path = fieldPathOf(issue.path, paths);
    const slot = path === null ? undefined : slots.find((s) => s.dataset.problemsFor === path);
    if (!slot) {
      unplaced.push(issue);
      continue;
    }
    slot.append(el("span", { class: "problem" }, ...problemNodes(issue, language)));
    root.querySelector(`[data-path="${CSS.escape(path!)}"]`)?.setAttribute("aria-invalid", "true");
  }
  list.replaceChildren(
    el("h2", {}, word("problems", language)),
    issues.length === 0
      ? el("p", {}, word("noProblems", language))
      : el("ul", {}, ...unplaced.map((issue) => el("li", {}, `${issue.path || "(config)"}: `, ...problemNodes(issue, language)))),
  );
  if (issues.length > unplaced.length) list.append(el("p", { class: "hint" }, `${issues.length - unplaced.length} ${language === "sv" ? "visas vid sina fält." : "are shown at their fields."}`));
}

/**
 * A problem's words; the library's English on a Swedish page is marked so (and `lang="en"`).
 *
 * @example
 * el("li", {}, ...problemNodes({ path: "name", message: "is required (string)" }, "sv")) // <li>Måste fyllas i.</li>
 */
export function problemNodes(issue: ConfigIssue, language: StudioLanguage): (Node | string)[] {
  const { text, lang } = problemText(issue, language);
  return lang === language ? [text] : ["(på engelska) ", el("span", { lang }, text)];
}

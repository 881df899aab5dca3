/**
 * A search field that suggests nodes as the person types (the API's `search`), as an ARIA
 * combobox: arrow keys move through the suggestions, Enter picks, Escape closes. The explorer has
 * one; the editor's desk one per end of a relationship (options are named after their list's id).
 */
import { h } from "./dom.js";
import { messages, typeName, type Lang } from "./i18n.js";
import { nodeTypeSwatch } from "./node-shape.js";
import type { EntityRef } from "./answers.js";

export interface SearchBoxOptions<T extends EntityRef = EntityRef> {
  input: HTMLInputElement;
  list: HTMLUListElement;
  lang: Lang;
  /** What the person reads when the search fails (the page logs the details). */
  describeFailure(error: unknown): string;
  search(text: string, signal: AbortSignal): Promise<T[]>;
  onPick(entity: T): void;
  /** A line more about a suggestion, e.g. its region, to tell two of one name apart. */
  detail?(entity: T): string | null;
}

/** Long enough to skip the requests for letters typed in quick succession. */
const TYPING_PAUSE_MS = 150;

/** Attaches the behaviour; `close` shuts the list from outside, e.g. when the page fills the field itself. */
export function attachSearchBox<T extends EntityRef>({ input, list, lang, describeFailure, search, onPick, detail }: SearchBoxOptions<T>): { close(): void } {
  let suggestions: T[] = [];
  let active = -1;
  let pending: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function close(): void {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function show(items: T[], emptyMessage: string): void {
    suggestions = items;
    active = -1;
    input.removeAttribute("aria-activedescendant");
    list.replaceChildren(
      ...(items.length === 0
        ? [h("li", { class: "suggestion-empty", role: "presentation" }, emptyMessage)]
        : items.map((entity, index) => {
            const option = h(
              "li",
              { id: `${list.id}-${index}`, role: "option", "aria-selected": "false", class: "suggestion" },
              nodeTypeSwatch(entity.type, 14),
              h("span", { class: "suggestion-name" }, entity.name),
              h("span", { class: "suggestion-type" }, [typeName(entity.type, lang), detail?.(entity) ? ` · ${detail(entity)}` : null].filter(Boolean).join("")),
            );
            // mousedown, not click: picking must happen before the input's blur closes the list.
            option.addEventListener("mousedown", (event) => {
              event.preventDefault();
              pick(entity);
            });
            return option;
          })),
    );
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function highlight(index: number): void {
    active = index;
    for (const [i, option] of [...list.querySelectorAll<HTMLElement>("[role=option]")].entries()) {
      option.setAttribute("aria-selected", String(i === index));
      if (i === index) {
        input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      }
    }
  }

  function pick(entity: T): void {
    input.value = entity.name;
    close();
    onPick(entity);
  }

  async function lookUp(text: string): Promise<void> {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    try {
      const found = await search(text, controller.signal);
      if (pending === controller) show(found, messages(lang).searchNothing(text));
    } catch (error) {
      if (controller.signal.aborted) return;
      show([], describeFailure(error));
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      pending?.abort();
      close();
      return;
    }
    timer = setTimeout(() => void lookUp(text), TYPING_PAUSE_MS);
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (list.hidden || suggestions.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + suggestions.length) % suggestions.length);
    } else if (event.key === "Enter") {
      const chosen = suggestions[active === -1 ? 0 : active];
      if (!list.hidden && chosen !== undefined) {
        event.preventDefault();
        pick(chosen);
      }
    } else if (event.key === "Escape") {
      close();
    }
  });

  input.addEventListener("blur", close);
  return {
    close() {
      clearTimeout(timer);
      pending?.abort();
      close();
    },
  };
}

/**
 * A page's language in its DOM (the rules themselves are in i18n.ts, which needs no DOM): the
 * static HTML translated from the catalogue, and the header's switch to the other language.
 */
import { messages, withLang, type Lang, type Messages } from "./i18n.js";
import { MESSAGES } from "./messages.js";

/** Keys of the messages that are plain text, which static HTML can name in `data-i18n`. */
type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

function isTextKey(key: string): key is TextKey {
  return key in MESSAGES.nl && typeof MESSAGES.nl[key as keyof Messages] === "string";
}

/**
 * Puts a static page into `lang`: `<html lang>`, and every element's `data-i18n` (its text),
 * `data-i18n-placeholder` and `data-i18n-label` (its aria-label); links marked `data-lang-link` keep
 * the language. The HTML itself is written in
 * Dutch, so a page without JavaScript is Dutch too. An unknown key throws: a typo shows at once.
 */
export function translateDocument(root: Document, lang: Lang): void {
  const text = messages(lang);
  const lookup = (key: string): string => {
    if (!isTextKey(key)) throw new Error(`no message "${key}" in messages.ts`);
    return text[key];
  };
  root.documentElement.lang = lang;
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n]")) element.textContent = lookup(element.dataset.i18n ?? "");
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n-placeholder]")) element.setAttribute("placeholder", lookup(element.dataset.i18nPlaceholder ?? ""));
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n-label]")) element.setAttribute("aria-label", lookup(element.dataset.i18nLabel ?? ""));
  // Links to the other pages keep the language (`data-lang-link`).
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[data-lang-link]")) link.href = withLang(link.getAttribute("href") ?? "/", lang);
}

/**
 * The header's language switch: a link to this same view in the other language, named in that
 * language (with its own `lang` and `hreflang`, so a screen reader pronounces it right).
 */
export function updateLanguageSwitch(link: HTMLAnchorElement, lang: Lang, href: string = location.href): void {
  const other: Lang = lang === "nl" ? "en" : "nl";
  link.href = withLang(href, other);
  link.lang = other;
  link.hreflang = other;
  link.textContent = messages(other).languageName;
}

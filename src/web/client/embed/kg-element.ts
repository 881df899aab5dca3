/**
 * What every embed shares: a shadow root with its own styles (the host page's styles neither get
 * in nor out), the address of the API, and a load that ends in content or a short message, never
 * in an exception on the partner's page.
 *
 * The styles are a constructed stylesheet adopted by each shadow root, not a <style> element: a
 * partner's Content-Security-Policy without 'unsafe-inline' refuses inline <style> (the embeds
 * would render unstyled), while a stylesheet built through the CSSOM is not inline markup.
 */
import { EmbedResolveEntityDocument, type TypedDocumentString } from "../shared/__generated__/queries.js";
import { GraphQLRequestError, requestGraphQL } from "../shared/graphql-client.js";
import { h } from "../shared/dom.js";
import { failureText, langFrom, messages, typeName, withLang, type Lang } from "../shared/i18n.js";
import type { EntityRef } from "../shared/answers.js";
import type { EntityType } from "../shared/node-types.js";
import { normaliseName } from "../../../model/text.js";
import { EMBED_STYLES } from "./embed-styles.js";

/** One stylesheet object for every embed on the page, made at the first one. */
let sharedSheet: CSSStyleSheet | undefined;

function adoptStyles(shadow: ShadowRoot): void {
  // Browsers from before constructable stylesheets (Safari before 16.4) get the inline element.
  if (!("adoptedStyleSheets" in ShadowRoot.prototype) || typeof CSSStyleSheet.prototype.replaceSync !== "function") {
    shadow.append(h("style", {}, EMBED_STYLES));
    return;
  }
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(EMBED_STYLES);
  }
  shadow.adoptedStyleSheets = [sharedSheet];
}

/**
 * A problem the element explains itself, e.g. a missing attribute or an unknown name: `message` is
 * for the partner's developer (the console), `visitorText` for the page's visitor, with the names
 * the knowledge graph suggests instead, if any.
 */
export class EmbedProblem extends Error {
  constructor(
    message: string,
    readonly visitorText: string,
    readonly suggestions: string[] = [],
  ) {
    super(message);
  }
}

export interface EmbedContext {
  /** The visitor's language: the element's `lang` attribute, Dutch unless it says English. */
  lang: Lang;
  /** GET, so browsers and caches between the partner's page and the API can keep the answer. */
  query<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult>;
  /** A link into the graph explorer, focused on `id`, in the element's language. */
  explorerLink(id: string): string;
}

/** An attribute the element cannot do without; the visitor reads a plain sentence, the developer the example. */
export function requiredAttribute(element: HTMLElement, lang: Lang, names: string[], example: string): string {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim();
    if (value) return value;
  }
  throw new EmbedProblem(`<${element.localName}> needs ${names[0] ?? "an attribute"}, e.g. ${example}.`, messages(lang).embedMissingAttribute(`<${element.localName}>`, example));
}

/**
 * The node an `entity` attribute names, by id or by name (or alias), of one of `types`: the node
 * with that id, else the search hit whose name or alias is the text (ignoring case, accents and
 * punctuation). Anything else is an EmbedProblem listing the search's best matches as suggestions.
 */
export async function resolveEntity(context: EmbedContext, text: string, types: EntityType[] | null): Promise<EntityRef> {
  const { entity, search } = await context.query(EmbedResolveEntityDocument, { text, searchText: text, types });
  const wanted = normaliseName(text);
  const byId = entity !== null && entity !== undefined && (types === null || types.includes(entity.type)) ? entity : undefined;
  const byName = search.map((hit) => hit.entity).find((hit) => [hit.name, ...hit.aliases].some((name) => normaliseName(name) === wanted));
  const found = byId ?? byName;
  if (found !== undefined) return { id: found.id, name: found.name, type: found.type };
  const text_ = messages(context.lang);
  // A network and the profile that describes it may share a name: each name once.
  const suggestions = [...new Set(search.map((hit) => hit.entity.name))];
  if (entity && types !== null) {
    throw new EmbedProblem(`"${text}" is a ${entity.type}, not a ${types.join(" or ")}.`, text_.embedNotAType(entity.name, typeName(types[0] ?? entity.type, context.lang)), suggestions);
  }
  throw new EmbedProblem(
    `No ${types?.join(" or ") ?? "entity"} has the id, name or alias "${text}"${suggestions.length > 0 ? `; the closest are ${suggestions.join(", ")}` : ""}.`,
    text_.embedNotFound(text),
    suggestions,
  );
}

/** The API's base address: the `api` attribute, or the API that served the script. */
function apiBase(element: HTMLElement, scriptUrl: string, lang: Lang): URL {
  const attribute = element.getAttribute("api");
  if (attribute === null || attribute.trim() === "") {
    // The API serves the script as `<base>embed.js` (latest) or `<base>embed/<hash>.js` (pinned).
    const base = new URL(scriptUrl);
    base.pathname = base.pathname.replace(/embed(\/[\w-]+)?\.js$/, "");
    base.search = "";
    base.hash = "";
    return base;
  }
  let base: URL;
  try {
    base = new URL(attribute.trim(), location.href);
  } catch {
    throw new EmbedProblem(`The api attribute “${attribute}” is not an address.`, messages(lang).embedBadApi);
  }
  // Accept both `https://kg.example.org` and `https://kg.example.org/graphql`.
  base.pathname = base.pathname.replace(/\/graphql\/?$/, "/").replace(/([^/])$/, "$1/");
  return base;
}

export abstract class KgElement extends HTMLElement {
  /** Set once by embed.ts: the URL embed.js was loaded from. */
  static scriptUrl = location.href;

  readonly #content: HTMLElement;
  #loading: AbortController | null = null;
  #connected = false;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: "open" });
    this.#content = h("div", { class: "kg", part: "content" });
    adoptStyles(shadow);
    shadow.append(this.#content);
  }

  /** Fetches and builds the content; throws EmbedProblem or GraphQLRequestError to show a message. */
  protected abstract build(context: EmbedContext): Promise<Node>;

  connectedCallback(): void {
    this.#connected = true;
    void this.#load();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    this.#loading?.abort();
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null): void {
    // Upgrading an element reports its initial attributes before connecting it: load once, on connect.
    if (this.#connected && previous !== next) void this.#load();
  }

  async #load(): Promise<void> {
    this.#loading?.abort();
    const controller = new AbortController();
    this.#loading = controller;
    const lang = langFrom(this.getAttribute("lang"));
    this.#content.setAttribute("aria-busy", "true");
    this.#content.replaceChildren(h("p", { class: "kg-message" }, messages(lang).embedLoading));
    try {
      const base = apiBase(this, KgElement.scriptUrl, lang);
      const context: EmbedContext = {
        lang,
        query: (document, variables) =>
          requestGraphQL({ endpoint: new URL("graphql", base), method: "GET", document, variables, signal: controller.signal }),
        explorerLink: (id) => withLang(new URL(`explore?focus=${encodeURIComponent(id)}&selected=${encodeURIComponent(id)}`, base), lang),
      };
      const built = await this.build(context);
      if (!controller.signal.aborted) this.#content.replaceChildren(built);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#content.replaceChildren(this.#explain(error, lang));
    } finally {
      if (this.#loading === controller) this.#content.removeAttribute("aria-busy");
    }
  }

  /**
   * The visitor reads a plain sentence in their language (and the names meant, where the graph
   * suggests some); the partner's developer finds what went wrong, in English, in the console.
   */
  #explain(error: unknown, lang: Lang): HTMLElement {
    const text = messages(lang);
    console.error(`<${this.localName}>:`, error instanceof Error ? error.message : error);
    let visitorText = text.embedBroken;
    let suggestions: string[] = [];
    if (error instanceof EmbedProblem) {
      visitorText = error.visitorText;
      suggestions = error.suggestions;
    } else if (error instanceof GraphQLRequestError) {
      // The API names what it did not know (e.g. a theme) and suggests the closest.
      visitorText = error.kind === "graphql" ? failureText(error, lang) : text.embedUnavailable;
      suggestions = error.suggestions;
    }
    return h(
      "div",
      { class: "kg-message kg-error", role: "alert" },
      h("p", {}, visitorText),
      suggestions.length === 0 ? null : h("p", {}, `${text.embedDidYouMean} ${suggestions.join(", ")}?`),
    );
  }
}

/** A titled card with a link to the explorer at the bottom. */
export function card(lang: Lang, title: Node | string, body: (Node | null)[], explorerLink: string | null): HTMLElement {
  const text = messages(lang);
  return h(
    "article",
    { class: "kg-card" },
    h("h2", {}, title),
    body,
    h(
      "footer",
      { class: "kg-footer" },
      text.embedFooter,
      explorerLink === null ? null : [" · ", h("a", { href: explorerLink, target: "_blank", rel: "noopener" }, text.embedExplore)],
    ),
  );
}

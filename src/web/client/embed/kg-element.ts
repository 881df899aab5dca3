/**
 * What every embed shares: a shadow root with its own styles (the host page's styles neither get
 * in nor out), the address of the API, and a load that ends in content or a short message, never
 * in an exception on the partner's page.
 *
 * The styles are a constructed stylesheet adopted by each shadow root, not a <style> element: a
 * partner's Content-Security-Policy without 'unsafe-inline' refuses inline <style> (the embeds
 * would render unstyled), while a stylesheet built through the CSSOM is not inline markup.
 */
import type { TypedDocumentString } from "../shared/__generated__/queries.js";
import { GraphQLRequestError, requestGraphQL } from "../shared/graphql-client.js";
import { h } from "../shared/dom.js";
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

/** A problem the element explains itself, e.g. a missing attribute. */
export class EmbedProblem extends Error {}

export interface EmbedContext {
  /** GET, so browsers and caches between the partner's page and the API can keep the answer. */
  query<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult>;
  /** A link into the graph explorer, focused on `id`. */
  explorerLink(id: string): string;
}

/** The API's base address: the `api` attribute, or the API that served the script. */
function apiBase(element: HTMLElement, scriptUrl: string): URL {
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
    throw new EmbedProblem(`The api attribute “${attribute}” is not an address.`);
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

  /** What a person reads while it loads and in messages, e.g. "practice". */
  protected abstract readonly subject: string;

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
    this.#content.setAttribute("aria-busy", "true");
    this.#content.replaceChildren(h("p", { class: "kg-message" }, `Loading ${this.subject}…`));
    try {
      const base = apiBase(this, KgElement.scriptUrl);
      const context: EmbedContext = {
        query: (document, variables) =>
          requestGraphQL({ endpoint: new URL("graphql", base), method: "GET", document, variables, signal: controller.signal }),
        explorerLink: (id) => new URL(`explore?focus=${encodeURIComponent(id)}`, base).href,
      };
      const built = await this.build(context);
      if (!controller.signal.aborted) this.#content.replaceChildren(built);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#content.replaceChildren(h("p", { class: "kg-message kg-error", role: "alert" }, this.#explain(error)));
    } finally {
      if (this.#loading === controller) this.#content.removeAttribute("aria-busy");
    }
  }

  #explain(error: unknown): string {
    if (error instanceof EmbedProblem) return error.message;
    if (error instanceof GraphQLRequestError) {
      if (error.kind === "graphql") return `Could not show this ${this.subject}: ${error.message}`;
      // Unreachable, or an answer that is not GraphQL (a proxy's error page): nothing the reader can act on.
      return `The ${this.subject} cannot be shown right now: the knowledge graph is unavailable.`;
    }
    // A bug of ours: the reader gets the short message, the partner's developer the details.
    console.error(`<${this.localName}> failed:`, error);
    return `The ${this.subject} cannot be shown right now.`;
  }
}

/** A titled card with a link to the explorer at the bottom. */
export function card(title: Node | string, body: (Node | null)[], explorerLink: string | null): HTMLElement {
  return h(
    "article",
    { class: "kg-card" },
    h("h2", {}, title),
    body,
    h(
      "footer",
      { class: "kg-footer" },
      "From the youth-care knowledge graph",
      explorerLink === null ? null : [" · ", h("a", { href: explorerLink, target: "_blank", rel: "noopener" }, "explore")],
    ),
  );
}

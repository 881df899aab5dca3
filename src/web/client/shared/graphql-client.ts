/**
 * The one way the browser code talks to the API. The explorer POSTs to its own origin; embeds use
 * GET so that browsers and caches between a partner's page and the API can keep the answers.
 * Documents come typed from queries.graphql (GraphQL Code Generator), so the variables a page
 * passes and the answer it reads are checked against the schema.
 */
import type { TypedDocumentString } from "./__generated__/queries.js";

/** Why a request failed, in words a page can show to a person. */
export class GraphQLRequestError extends Error {
  override name = "GraphQLRequestError";
  constructor(
    message: string,
    /** `unreachable`: no answer at all; `http`: an answer that is not GraphQL; `graphql`: the API's own error. */
    readonly kind: "unreachable" | "http" | "graphql",
    /** The API's `extensions.code`, e.g. `BAD_USER_INPUT`, for `graphql` errors. */
    readonly code?: string,
    /** The names the API suggests instead of an unknown one (`extensions.suggestions`), if any. */
    readonly suggestions: string[] = [],
  ) {
    super(message);
  }
}

export interface GraphQLRequest<TResult, TVariables> {
  endpoint: string | URL;
  document: TypedDocumentString<TResult, TVariables>;
  variables: TVariables;
  method: "GET" | "POST";
  signal?: AbortSignal;
  /** An editor's access token (the editor's desk): sent as `Authorization: Bearer`, with POST only, so no URL or cache ever holds it. */
  token?: string;
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; suggestions?: unknown } }[];
}

/** The `data` of a GraphQL answer; throws GraphQLRequestError for anything else (AbortError passes through). */
export async function requestGraphQL<TResult, TVariables>({ endpoint, document, variables, method, signal, token }: GraphQLRequest<TResult, TVariables>): Promise<TResult> {
  if (token !== undefined && method !== "POST") throw new Error("A token goes with POST only: a GET's URL ends up in logs and caches.");
  const query = document.toString();
  const url = new URL(endpoint, location.href);
  const init: RequestInit = { method, signal, headers: { accept: "application/graphql-response+json, application/json" } };
  if (method === "GET") {
    url.searchParams.set("query", query);
    url.searchParams.set("variables", JSON.stringify(variables));
    // No extra header: a plain GET is a "simple" request, so a partner's page asks without a CORS preflight.
  } else {
    init.headers = { ...init.headers, "content-type": "application/json", ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) };
    init.body = JSON.stringify({ query, variables });
  }

  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    // Answers are cached with "no-cache" (revalidated against the graph version each time), so a
    // page asks again; when the API cannot be reached, an answer the browser kept, however old,
    // is better than none (only a GET has one).
    const kept = method === "GET" ? await fetch(url, { ...init, cache: "force-cache" }).catch(() => undefined) : undefined;
    if (!kept?.ok) throw new GraphQLRequestError(`The knowledge graph at ${url.origin} could not be reached.`, "unreachable");
    response = kept;
  }

  let body: GraphQLBody<TResult>;
  try {
    body = (await response.json()) as GraphQLBody<TResult>;
  } catch {
    throw new GraphQLRequestError(`The knowledge graph answered ${response.status} ${response.statusText}.`.trim(), "http");
  }
  const [firstError] = body.errors ?? [];
  if (firstError !== undefined) {
    const suggestions = firstError.extensions?.suggestions;
    throw new GraphQLRequestError(
      firstError.message,
      "graphql",
      firstError.extensions?.code,
      Array.isArray(suggestions) ? suggestions.filter((name): name is string => typeof name === "string") : [],
    );
  }
  if (body.data === undefined || body.data === null) {
    throw new GraphQLRequestError(`The knowledge graph answered ${response.status} without data.`, "http");
  }
  return body.data;
}

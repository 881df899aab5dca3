/**
 * The editor's desk talks to the public API like any script would: GraphQL with the editor's
 * token (POST only) and, for a file, POST /documents/text. Refusals come back as DeskError with
 * the API's own message, which names the field and what is allowed; the page shows it as it is.
 */
import type { TypedDocumentString } from "../shared/__generated__/queries.js";
import { GraphQLRequestError, requestGraphQL } from "../shared/graphql-client.js";

export class DeskError extends Error {
  override name = "DeskError";
  constructor(
    message: string,
    /** The API's code (`BAD_USER_INPUT`, `UNAUTHENTICATED`, `NO_TEXT`, …), or `UNREACHABLE`. */
    readonly code: string,
  ) {
    super(message);
  }
}

/** Where the desk's requests go, and with which token (read when each request is sent, so a renewed token is used at once). */
export interface DeskApi {
  request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, token?: string): Promise<TResult>;
  documentText(file: Blob, token: string): Promise<DocumentText>;
}

export interface DocumentText {
  format: "txt" | "docx" | "pdf";
  text: string;
  characters: number;
  pages?: number;
  notes: string[];
}

export function deskApi(origin: string = location.origin): DeskApi {
  return {
    async request(document, variables, token) {
      try {
        return await requestGraphQL({ endpoint: new URL("/graphql", origin), document, variables, method: "POST", ...(token === undefined ? {} : { token }) });
      } catch (error) {
        if (error instanceof GraphQLRequestError) throw new DeskError(error.message, error.code ?? (error.kind === "unreachable" ? "UNREACHABLE" : "HTTP"));
        throw error;
      }
    },
    async documentText(file, token) {
      let response: Response;
      try {
        response = await fetch(new URL("/documents/text", origin), { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream" }, body: file });
      } catch {
        throw new DeskError(`The API at ${origin} could not be reached.`, "UNREACHABLE");
      }
      const body = (await response.json().catch(() => null)) as (DocumentText & { errors?: { message: string; extensions?: { code?: string } }[] }) | null;
      const refusal = body?.errors?.[0];
      if (!response.ok || body === null || refusal !== undefined) {
        throw new DeskError(refusal?.message ?? `The API answered ${response.status}.`, refusal?.extensions?.code ?? "HTTP");
      }
      return body;
    },
  };
}

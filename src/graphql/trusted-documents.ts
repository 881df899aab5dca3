/**
 * Trusted documents: the operations this project's own clients send (the examples in
 * `operations/`, the explorer's and the embeds' queries in src/web/client/shared/queries.graphql),
 * each under the SHA-256 of its printed text, the hash Apollo's persisted-queries link and
 * Apollo Server's automatic persisted queries use. `npm run codegen` writes the manifest; with
 * TRUSTED_DOCUMENTS=only the API runs nothing else for a caller without an editor's token
 * (src/server/trusted-documents.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse, print, visit, type DocumentNode } from "graphql";
import { projectRoot } from "../config.js";

export const TRUSTED_DOCUMENTS_FILE = path.join(projectRoot, "src", "graphql", "__generated__", "trusted-documents.json");

/** The documents the pages send: one file of operations, typed for the browser by GraphQL Code Generator. */
export const PAGE_DOCUMENTS_FILE = path.join(projectRoot, "src", "web", "client", "shared", "queries.graphql");

/**
 * Each operation of the pages' documents on its own, as the browser sends it. No fragments: the
 * generated documents carry each one along with every operation that spreads it, and this would
 * have to do the same to hash what the browser sends.
 */
export function pageDocuments(file = PAGE_DOCUMENTS_FILE): string[] {
  return parse(readFileSync(file, "utf8")).definitions.map((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION) {
      throw new Error(`${path.relative(projectRoot, file)}: only operations belong here (found a ${definition.kind}); spell a shared selection out in each operation`);
    }
    return print({ kind: Kind.DOCUMENT, definitions: [definition] });
  });
}

/** The hash a document is known by: SHA-256 of its printed form, hex. */
export const documentHash = (document: DocumentNode): string => createHash("sha256").update(print(document)).digest("hex");

/**
 * The hash of what a document asks, for checking it against the manifest: `__typename` fields
 * left out, since clients add them on their own (Apollo Client's cache adds one to every
 * selection) and they cost nothing.
 */
export function trustedShapeHash(document: DocumentNode): string {
  const shape = visit(document, { Field: (node) => (node.name.value === "__typename" ? null : undefined) });
  return createHash("sha256").update(print(shape)).digest("hex");
}

/** Hash → printed document, for the given document texts. */
export function manifestOf(texts: readonly string[]): Record<string, string> {
  const entries = texts.map((text) => {
    const document = parse(text);
    return [documentHash(document), print(document)] as const;
  });
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** The manifest: hash (as automatic persisted queries compute it) → document. */
export function readTrustedDocuments(file = TRUSTED_DOCUMENTS_FILE): Map<string, string> {
  return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>));
}

/**
 * Trusted documents: the operations this project's own clients send (the examples in
 * `operations/`, the explorer's and the embeds' queries in src/web/client/shared/queries.ts),
 * each under the SHA-256 of its printed text, the hash Apollo's persisted-queries link and
 * Apollo Server's automatic persisted queries use. `npm run codegen` writes the manifest; with
 * TRUSTED_DOCUMENTS=only the API runs nothing else for a caller without an editor's token
 * (src/server/trusted-documents.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, print, visit, type DocumentNode } from "graphql";
import { projectRoot } from "../config.js";

export const TRUSTED_DOCUMENTS_FILE = path.join(projectRoot, "src", "graphql", "__generated__", "trusted-documents.json");

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

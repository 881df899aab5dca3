/**
 * The write mutations' inputs that follow the graph model, written as SDL from it at start-up, so
 * a field or relationship type added to `schema/` is writable with no other change:
 *   - `EntityFields`: every field a writer sets on any node type (the write checks say which type
 *     takes which, src/writes/field-checks.ts); a field whose type differs between node types
 *     (each type's own `kind` enum) is text here, checked against the type's values;
 *   - `SourceInput`: a Source's fields, its text and an optional id;
 *   - `RelationshipType`: the model's relationship types.
 */
import { SOURCE_LABEL, nodeType, type FieldModel, type GraphModel } from "../../model/graph-model.js";
import { writableFields } from "../../writes/field-checks.js";

const graphqlType = (field: FieldModel, type: string): string => (field.list ? `[${type}!]` : type);

function inputFields(fields: readonly FieldModel[]): string[] {
  const byName = new Map<string, FieldModel[]>();
  for (const field of fields) byName.set(field.name, [...(byName.get(field.name) ?? []), field]);
  return [...byName].map(([name, variants]) => {
    const first = variants[0] as FieldModel;
    const sameType = variants.every((v) => v.type === first.type && v.list === first.list);
    const scalar = sameType ? first.type : "String";
    const description = sameType && first.description ? `  ${JSON.stringify(first.description)}\n` : "";
    return `${description}  ${name}: ${graphqlType(first, scalar)}`;
  });
}

export function modelInputsSdl(model: GraphModel): string {
  const everyField = model.nodeTypes.flatMap((node) => writableFields(node));
  const source = writableFields(nodeType(model, SOURCE_LABEL));
  return `
"The fields of an entity a writer sets; each node type takes its own (see the type's fields). Null clears an optional field in an update."
input EntityFields {
${inputFields(everyField).join("\n")}
}

"A source document: its fields, and its full text (quotes are verified against it)."
input SourceInput {
  "Optional: derived from the title and the text when left out."
  id: ID
  "The document's full text (normalised to NFC with \\\\n line endings)."
  text: String!
${inputFields(source).join("\n")}
}

"The relationship types of the graph model."
enum RelationshipType {
${model.relationshipTypes.map((r) => `  ${r.type}`).join("\n")}
}
`;
}

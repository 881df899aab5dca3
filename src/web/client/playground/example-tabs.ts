/**
 * The playground's saved examples: the documents in operations/ (the same ones the README runs),
 * each opened as a tab with its `# variables:` line as the tab's variables.
 */

export interface ExampleTab {
  query: string;
  variables: string;
  headers: string;
}

const VARIABLES_LINE = /^#\s*variables:(.*)(?:\n|$)/m;

/** A tab for one operations/*.graphql document: the `# variables:` line moves to the variables editor. */
export function exampleTab(document: string): ExampleTab {
  const variablesLine = VARIABLES_LINE.exec(document);
  const variables = variablesLine?.[1] === undefined ? {} : (JSON.parse(variablesLine[1]) as unknown);
  return {
    query: document.replace(VARIABLES_LINE, ""),
    variables: JSON.stringify(variables, null, 2),
    headers: "",
  };
}

/** The network's main questions open first, in this order; the other examples follow by name. */
const FIRST = ["partners-on-theme", "search", "connection", "theme-coverage"];

/** `documents` by file path, as Vite's import.meta.glob gives them. */
export function exampleTabs(documents: Record<string, string>): ExampleTab[] {
  const byName = new Map(Object.entries(documents).map(([file, text]) => [file.replace(/^.*\/|\.graphql$/g, ""), text]));
  const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);
  const names = [...byName.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return [...names.map((name) => exampleTab(byName.get(name) ?? "")), EDITOR_TAB];
}

/** Writes need an editor's token: this tab shows where it goes. Without one the API refuses and changes nothing. */
export const EDITOR_TAB: ExampleTab = {
  query: `# Writes are for editors: put your token in the Headers editor below, replacing <editor JWT>.
# The token is an access token of the identity provider the server trusts, for a user in its editors'
# group (see "Signing in" in the README); or, in development, an HS256 JWT signed with JWT_SECRET with "roles": ["editor"].
# Without a valid one, this answers UNAUTHENTICATED and changes nothing.
mutation AddAlias($id: ID!, $aliases: [String!]) {
  updateEntity(id: $id, fields: { aliases: $aliases }, comment: "An alias the regions use") {
    revision {
      id
      summary
    }
    entity {
      id
      aliases
    }
  }
}
`,
  variables: JSON.stringify({ id: "mijn-pad", aliases: ["Mijn Pad-methode"] }, null, 2),
  headers: JSON.stringify({ Authorization: "Bearer <editor JWT>" }, null, 2),
};

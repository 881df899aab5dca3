import { describe, expect, it } from "vitest";
import { exampleTab, exampleTabs } from "./example-tabs.js";

const operations = import.meta.glob<string>("../../../../operations/*.graphql", { query: "?raw", import: "default", eager: true });

describe("Playground: example tabs from operations/", () => {
  it("moves the `# variables:` line into the variables editor and keeps the rest of the document", () => {
    const document = "# Who works on what?\n# variables: { \"theme\": \"normaliseren\", \"limit\": 2 }\nquery Q($theme: String!) { x }\n";
    expect(exampleTab(document)).toEqual({
      query: "# Who works on what?\nquery Q($theme: String!) { x }\n",
      variables: '{\n  "theme": "normaliseren",\n  "limit": 2\n}',
      headers: "",
    });
  });

  it("gives a document without variables an empty object", () => {
    expect(exampleTab("{ themes { id } }").variables).toBe("{}");
  });

  it("opens every operation, the network's main questions first, then the editors' tab", () => {
    const tabs = exampleTabs(operations);
    const names = tabs.map((tab) => /^(?:query|mutation) (\w+)/m.exec(tab.query)?.[1]);
    expect(names.slice(0, 4)).toEqual(["PartnersOnTheme", "Search", "Connection", "ThemeCoverage"]);
    expect(names).toHaveLength(Object.keys(operations).length + 1);
    expect(names.at(-1)).toBe("AddAlias");
    expect(tabs.at(-1)?.headers).toContain("Authorization");
    for (const tab of tabs) expect(tab.query).not.toMatch(/#\s*variables:/);
  });
});

/**
 * The GraphQL playground (/playground): GraphiQL with the click-to-build explorer plugin, the schema
 * docs, a headers editor for an editor's token, and the README's example operations as tabs.
 * Bundled from npm with its editor workers and fonts, so it needs nothing but this origin.
 */
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { exampleTabs } from "./example-tabs.js";

// The documents themselves, read at build time: the playground shows exactly what the README runs.
const operations = import.meta.glob<string>("../../../../operations/*.graphql", { query: "?raw", import: "default", eager: true });

const root = document.getElementById("graphiql");
if (root === null) throw new Error("playground.html lacks #graphiql");

const tabs = exampleTabs(operations);
const [firstTab] = tabs;
// A shared link carries its query and variables (`?query=…&variables=…`), as GraphiQL's own demo does.
const shared = new URLSearchParams(location.search);

/** Keeps what the editor holds in the address, so copying it shares the query. */
function keepInUrl(name: "query" | "variables", value: string): void {
  const params = new URLSearchParams(location.search);
  if (value.trim() === "") params.delete(name);
  else params.set(name, value);
  history.replaceState(null, "", `${location.pathname}?${params.toString()}`);
}

createRoot(root).render(
  createElement(
    GraphiQL,
    {
      fetcher: createGraphiQLFetcher({ url: new URL("/graphql", location.href).href }),
      plugins: [explorerPlugin()],
      defaultTabs: tabs,
      // GraphiQL 5 fills the editors at start from these, not from the first default tab: without
      // them the first example would open with empty variables.
      initialQuery: shared.get("query") ?? firstTab?.query,
      initialVariables: shared.get("variables") ?? firstTab?.variables,
      initialHeaders: shared.has("query") ? "" : firstTab?.headers,
      onEditQuery: (query: string) => keepInUrl("query", query),
      onEditVariables: (variables: string) => keepInUrl("variables", variables),
      defaultEditorToolsVisibility: "variables",
      isHeadersEditorEnabled: true,
      // A token typed into the headers editor stays in this tab only, never in storage.
      shouldPersistHeaders: false,
    },
    createElement(GraphiQL.Logo, null, createElement("a", { href: "/", className: "playground-home" }, "Youth-care knowledge graph")),
  ),
);

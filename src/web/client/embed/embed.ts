/**
 * embed.js: the one script a partner's page includes to show the knowledge graph's data.
 *
 *   <script src="https://kg.example.org/embed.js" async></script>
 *   <kg-practice entity="mijn-pad"></kg-practice>
 *   <kg-partners theme="normaliseren" exclude-region="friesland" evidence></kg-partners>
 *   <kg-graph entity="SAMEN" lang="en"></kg-graph>
 *
 * Built as one classic script (no modules: those would need CORS just to load), it asks the API
 * that served it, unless an element's `api` attribute names another.
 */
import { KgElement } from "./kg-element.js";
import { KgGraph } from "./kg-graph.js";
import { KgPartners } from "./kg-partners.js";
import { KgPractice } from "./kg-practice.js";

// Only readable while this script runs for the first time, so it is read here, once.
const script = document.currentScript;
if (script instanceof HTMLScriptElement && script.src !== "") KgElement.scriptUrl = script.src;

for (const [name, element] of [
  ["kg-practice", KgPractice],
  ["kg-partners", KgPartners],
  ["kg-graph", KgGraph],
] as const) {
  // A page that includes the script twice keeps the first definitions instead of throwing.
  if (customElements.get(name) === undefined) customElements.define(name, element);
}

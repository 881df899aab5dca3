/**
 * What the explorer shows, as the page's URL: copying the address shares the view. Everything
 * else (the drawing, the panels) is derived from this state and the API's answers.
 *
 *   /explore?focus=mijn-pad&focus=platform-expex&selected=mijn-pad%7CPART_OF%7Cplatform-expex&theme=normaliseren&region=haaglanden&from=a&to=b&path=2&lang=en
 */
import { DEFAULT_LANG, LANG_PARAM, langOfSearch, type Lang } from "../shared/i18n.js";

export interface ExplorerState {
  /** Nodes whose neighbourhoods are drawn: the one searched for, then the ones expanded. */
  focus: string[];
  /** The node or relation (graph-model.ts, edgeId) whose details the panel shows, with its evidence. */
  selected: string | null;
  /** Theme id: nodes not linked to it are dimmed. */
  theme: string | null;
  /** Region id: nodes not linked to it are dimmed. */
  region: string | null;
  /** Ends of the path to show; `pathTo` stays null until the second end is picked. */
  pathFrom: string | null;
  pathTo: string | null;
  /**
   * Which of the paths between the ends is shown, counting from 1 (the shortest); written only when
   * it is not 1. A choice beyond the paths the API finds shows the first (main.ts).
   */
  pathChoice: number;
  /** The page's language; Dutch is not written. */
  lang: Lang;
  /** The drawing, or its twin as a list (for keyboards and screen readers); the drawing is not written. */
  view: "graph" | "list";
  /** The network's question asked, with its form's answers (`ask=partners&ask-theme=…&ask-region=…&ask-where=outside`, `ask=region&ask-region=…`). */
  question: Question | null;
}

export type Question = PartnersQuestion | RegionQuestion;

/** "What goes on in `region`?" (themeCoverage, and the region's networks, organisations and practices). */
export interface RegionQuestion {
  kind: "region";
  region: string;
}

/** "Which partners work on `theme`, in (or outside) `region`?" (partnersOnTheme). */
export interface PartnersQuestion {
  kind: "partners";
  theme: string;
  region: string | null;
  where: "in" | "outside";
}

export const EMPTY_STATE: ExplorerState = { focus: [], selected: null, theme: null, region: null, pathFrom: null, pathTo: null, pathChoice: 1, lang: DEFAULT_LANG, view: "graph", question: null };

export function readState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const single = (name: string) => params.get(name)?.trim() || null;
  const pathFrom = single("from");
  const pathTo = pathFrom === null ? null : single("to");
  const choice = Number(single("path"));
  return {
    focus: [...new Set(params.getAll("focus").map((id) => id.trim()).filter(Boolean))],
    selected: single("selected"),
    theme: single("theme"),
    region: single("region"),
    pathFrom,
    // A path end without a start cannot be drawn or completed: drop it.
    pathTo,
    // Only a whole path needs a choice; anything but a positive whole number means the first.
    pathChoice: pathTo !== null && Number.isSafeInteger(choice) && choice > 0 ? choice : 1,
    lang: langOfSearch(search),
    view: single("view") === "list" ? "list" : "graph",
    question: readQuestion(single),
  };
}

function readQuestion(single: (name: string) => string | null): Question | null {
  const region = single("ask-region");
  if (single("ask") === "region") return region === null ? null : { kind: "region", region };
  const theme = single("ask-theme");
  // A question without its theme cannot be asked: the form stays empty.
  if (single("ask") !== "partners" || theme === null) return null;
  return { kind: "partners", theme, region, where: single("ask-where") === "outside" ? "outside" : "in" };
}

/** The query string for `state`, starting with `?`, or "" for the empty state. */
export function writeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  for (const id of state.focus) params.append("focus", id);
  if (state.selected !== null) params.set("selected", state.selected);
  if (state.theme !== null) params.set("theme", state.theme);
  if (state.region !== null) params.set("region", state.region);
  if (state.pathFrom !== null) params.set("from", state.pathFrom);
  if (state.pathFrom !== null && state.pathTo !== null) {
    params.set("to", state.pathTo);
    if (state.pathChoice !== 1) params.set("path", String(state.pathChoice));
  }
  if (state.view === "list") params.set("view", "list");
  const { question } = state;
  if (question?.kind === "partners") {
    params.set("ask", question.kind);
    params.set("ask-theme", question.theme);
    if (question.region !== null) {
      params.set("ask-region", question.region);
      if (question.where === "outside") params.set("ask-where", "outside");
    }
  } else if (question?.kind === "region") {
    params.set("ask", question.kind);
    params.set("ask-region", question.region);
  }
  if (state.lang !== DEFAULT_LANG) params.set(LANG_PARAM, state.lang);
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

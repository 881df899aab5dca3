/**
 * What the explorer shows, as the page's URL: copying the address shares the view. Everything
 * else (the drawing, the panels) is derived from this state and the API's answers.
 *
 *   /explore?focus=mijn-pad&focus=platform-expex&theme=normaliseren&region=haaglanden&from=a&to=b&path=2
 */
export interface ExplorerState {
  /** Nodes whose neighbourhoods are drawn: the one searched for, then the ones expanded. */
  focus: string[];
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
}

export const EMPTY_STATE: ExplorerState = { focus: [], theme: null, region: null, pathFrom: null, pathTo: null, pathChoice: 1 };

export function readState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const single = (name: string) => params.get(name)?.trim() || null;
  const pathFrom = single("from");
  const pathTo = pathFrom === null ? null : single("to");
  const choice = Number(single("path"));
  return {
    focus: [...new Set(params.getAll("focus").map((id) => id.trim()).filter(Boolean))],
    theme: single("theme"),
    region: single("region"),
    pathFrom,
    // A path end without a start cannot be drawn or completed: drop it.
    pathTo,
    // Only a whole path needs a choice; anything but a positive whole number means the first.
    pathChoice: pathTo !== null && Number.isSafeInteger(choice) && choice > 0 ? choice : 1,
  };
}

/** The query string for `state`, starting with `?`, or "" for the empty state. */
export function writeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  for (const id of state.focus) params.append("focus", id);
  if (state.theme !== null) params.set("theme", state.theme);
  if (state.region !== null) params.set("region", state.region);
  if (state.pathFrom !== null) params.set("from", state.pathFrom);
  if (state.pathFrom !== null && state.pathTo !== null) {
    params.set("to", state.pathTo);
    if (state.pathChoice !== 1) params.set("path", String(state.pathChoice));
  }
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

/**
 * The embeds' own styles, inside each shadow root. `all: initial` stops the host page's inherited
 * styles (fonts, colours, line height) at the element; custom properties still pass, so a partner
 * can set `--kg-accent`, `--kg-font` or `--kg-border` on the element to match their site.
 */
export const EMBED_STYLES = `
:host {
  all: initial;
  display: block;
  font-family: var(--kg-font, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif);
  font-size: 15px;
  line-height: 1.45;
  color: #1f2328;
  /* Outside the shadow root, so the page's own rules for the element win. */
  margin-block: 1em;
}
:host([hidden]) { display: none; }
.kg-card {
  border: 1px solid var(--kg-border, #d1d9e0);
  border-radius: 8px;
  padding: 0.9em 1.1em;
  background: #fff;
}
h2 { margin: 0 0 0.4em; font-size: 1.2em; line-height: 1.25; }
p { margin: 0.4em 0; }
a { color: var(--kg-accent, #0b5cad); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 0.9em; margin: 0.6em 0 0; }
dt { color: #59636e; }
dd { margin: 0; }
ul { margin: 0.4em 0 0; padding: 0; list-style: none; }
li { padding: 0.35em 0; border-top: 1px solid #eef1f4; }
li:first-child { border-top: 0; }
.kg-sub { display: block; font-size: 0.85em; color: #59636e; }
.kg-message p { margin: 0; }
.kg-message { margin: 0; padding: 0.6em 0.9em; color: #59636e; border: 1px dashed var(--kg-border, #d1d9e0); border-radius: 8px; }
.kg-error { color: #b3261e; }
.kg-footer { margin-top: 0.8em; font-size: 0.8em; color: #59636e; }
h3 { margin: 0.8em 0 0.2em; font-size: 1em; }
/* Links a finger can hit: at least 24 px tall (WCAG 2.2, target size). */
li a, .kg-footer a { display: inline-block; min-height: 24px; line-height: 24px; }
a:focus-visible, summary:focus-visible { outline: 2px solid var(--kg-accent, #0b5cad); outline-offset: 2px; }
figure { margin: 0; }
svg { display: block; width: 100%; height: auto; }
svg text { font-size: 12px; fill: #1f2328; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.kg-neighbours li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.5em; }
.kg-neighbours .kg-sub { display: inline; }
.kg-evidence summary { cursor: pointer; min-height: 24px; line-height: 24px; font-size: 0.85em; color: #59636e; }
.evidence { margin: 0.4em 0 0.6em; }
.evidence blockquote { margin: 0; padding: 0.3em 0.7em; border-left: 3px solid var(--kg-accent, #0b5cad); font-style: italic; }
.evidence mark { background: none; color: inherit; font-weight: 600; }
.evidence .context { color: #59636e; }
.evidence figcaption, .evidence-note { font-size: 0.85em; color: #59636e; margin: 0.2em 0 0; }
.kg-legend { display: flex; flex-wrap: wrap; gap: 0.3em 1em; font-size: 0.8em; color: #59636e; }
.kg-legend span { display: inline-flex; align-items: center; gap: 0.3em; }
.kg-legend svg { width: 12px; height: 12px; }
`;

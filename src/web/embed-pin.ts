/**
 * The pinned embed script: the current build of embed.js, also served under a name made of its
 * own hash (`/embed/<hash>.js`), so a partner can include exactly these bytes with Subresource
 * Integrity and every cache may keep them for good. `/embed.js` stays the moving latest.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";

export interface EmbedPin {
  /** Path of the pinned script on the API, e.g. `/embed/3c2fff9100feff71.js`. */
  src: string;
  /** Its Subresource Integrity value, `sha384-...`. */
  integrity: string;
}

export function embedPinOf(script: Buffer): EmbedPin {
  const name = createHash("sha256").update(script).digest("hex").slice(0, 16);
  return { src: `/embed/${name}.js`, integrity: `sha384-${createHash("sha384").update(script).digest("base64")}` };
}

/** The pin of a built embed.js, read again only when the file changes; undefined without a build. */
export function embedPinReader(file: string): () => EmbedPin | undefined {
  let known: { modified: number; pin: EmbedPin } | undefined;
  return () => {
    const modified = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (modified === undefined) return undefined;
    if (known?.modified !== modified) known = { modified, pin: embedPinOf(fs.readFileSync(file)) };
    return known.pin;
  };
}

/** The snippet a partner copies: the pinned script, with its hash and the CORS mode SRI needs. */
export function pinnedScriptTag(origin: string, pin: EmbedPin): string {
  return `<script src="${origin}${pin.src}" integrity="${pin.integrity}" crossorigin="anonymous" async></script>`;
}

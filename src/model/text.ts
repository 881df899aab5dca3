/**
 * What the graph accepts as text, one rule for every door (seed files and API writes alike):
 *   - blank: nothing a reader can see. Besides spaces this counts the invisible code points that
 *     Unicode marks as default-ignorable (zero-width space and joiners, the byte-order mark, soft
 *     hyphen, Hangul fillers, variation selectors, ...) and the blank Braille pattern, so
 *     "\u200b\u200b\u200b" is as blank as "   ";
 *   - control characters (C0 and C1, NUL included) other than tab and line breaks have no place in
 *     names, quotes or descriptions; nor have unpaired UTF-16 surrogates (not text at all).
 */

const BLANK = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]*$/u;
// Finding control characters is this expression's purpose.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// Without the u flag a regular expression sees UTF-16 code units, so it can find a lone half of a pair.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isBlank = (text: string): boolean => BLANK.test(text);

/** How many characters a reader sees: the text without blank code points (for minimum lengths). */
export const visibleLength = (text: string): number => text.replace(/[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]/gu, "").length;

/** Why `text` is not acceptable as stored text (blank aside), or null when it is. */
export function textProblem(text: string): string | null {
  if (LONE_SURROGATE.test(text)) return "contains an unpaired UTF-16 surrogate (not valid Unicode text)";
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].codePointAt(0) ?? 0;
    return `contains the control character U+${code.toString(16).toUpperCase().padStart(4, "0")} at position ${control.index}; only tab and line breaks are allowed`;
  }
  return null;
}

/** A name as people type it, for comparing: without case, accents and punctuation ("Fryslân" → "fryslan", "Zuid-Holland" → "zuid holland"). */
export const normaliseName = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

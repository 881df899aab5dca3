/**
 * The synthetic sources' texts, stored as the API stores a source's text (src/writes/source-writes.ts):
 * under the source's title, in paragraphs, one sentence for every quote that cites the source,
 * normalised once (`normaliseSourceText`) and versioned by its hash (`contentHashOf`), so the API's
 * write checks verify quotes against the graph's own text, as they do for real sources.
 *
 * A text stays within what the API accepts (MAX_SOURCE_CHARACTERS): a sentence drawn for a source
 * that is full goes to the next source with room. Popular sources (drawn Zipf-like) would otherwise
 * grow past it at 100k practices (the largest to 1.2 million characters), texts no editor could
 * store through addSource.
 */
import { contentHashOf, normaliseSourceText } from "../src/model/quotes.js";
import { MAX_SOURCE_CHARACTERS } from "../src/writes/source-writes.js";

/** A version of a source's text, as the write pipeline keeps it: `(:SourceText {hash, source, text})`. */
export interface SourceTextRow {
  hash: string;
  source: string;
  text: string;
}

const SENTENCES_PER_PARAGRAPH = 6;
/** What one sentence may add to a text: itself, and at most a paragraph break before it. */
const roomFor = (sentence: string) => sentence.length + 2;

export class SourceTexts {
  private readonly sentences: string[][];
  private readonly lengths: number[];

  constructor(
    private readonly titles: readonly string[],
    private readonly budget = MAX_SOURCE_CHARACTERS,
  ) {
    this.sentences = titles.map(() => []);
    this.lengths = titles.map((title) => title.length + 2);
  }

  /**
   * Adds `sentence` to source number `wanted`, or, when that one is full, to the next with room;
   * returns the number of the source that holds it.
   */
  add(wanted: number, sentence: string): number {
    for (let k = 0; k < this.titles.length; k++) {
      const index = (wanted + k) % this.titles.length;
      if ((this.lengths[index] as number) + roomFor(sentence) > this.budget) continue;
      (this.sentences[index] as string[]).push(sentence);
      this.lengths[index] = (this.lengths[index] as number) + roomFor(sentence);
      return index;
    }
    throw new Error(`Generator bug: no source has room for ${sentence.length} more characters (budget ${this.budget} each)`);
  }

  /** Source number `index`'s text as stored, and its version. */
  text(index: number): { text: string; contentHash: string } {
    const sentences = this.sentences[index] as string[];
    const paragraphs: string[] = [this.titles[index] as string];
    for (let at = 0; at < sentences.length; at += SENTENCES_PER_PARAGRAPH) paragraphs.push(sentences.slice(at, at + SENTENCES_PER_PARAGRAPH).join(" "));
    const text = normaliseSourceText(`${paragraphs.join("\n\n")}\n`);
    return { text, contentHash: contentHashOf(text) };
  }
}

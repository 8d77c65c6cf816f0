import { sentenceSpans, spokenForm, type Spoken } from './sentences';

/** One sentence on screen: its words, what the voice says, and where it is drawn. */
export interface Sentence {
  shown: string;
  spoken: Spoken;
  /** The text nodes and offsets of `shown`, so a part of it can be highlighted. */
  pieces: { node: Text; start: number; end: number }[];
  block: Element;
}

// Each of these ends a sentence where it ends, whether or not it has a full stop.
const BLOCKS =
  'h1,h2,h3,h4,h5,h6,p,li,label,legend,dt,dd,summary,td,th,caption,figcaption,blockquote,a';
// Buttons are what the person taps, not what the screen says; the read-aloud control itself
// and anything marked `data-read-skip` or hidden from screen readers is never read.
const SKIP =
  'button,[data-read-skip],[aria-hidden="true"],[hidden],script,style,template,noscript,input,textarea,select,svg';

function shownOnScreen(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return check ? check.call(el) : true;
}

/** Every sentence in `root` as it is on screen now, in reading order. */
export function collectSentences(root: Element): Sentence[] {
  const groups: { block: Element; nodes: Text[] }[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || !text.data.trim()) continue;
    const skipped = parent.closest(SKIP);
    if (skipped && root.contains(skipped)) continue;
    if (!shownOnScreen(parent)) continue;
    const near = parent.closest(BLOCKS);
    const block = near && root.contains(near) ? near : root;
    const last = groups[groups.length - 1];
    if (last && last.block === block) last.nodes.push(text);
    else groups.push({ block, nodes: [text] });
  }
  return groups.flatMap(({ block, nodes }) => sentencesOf(block, nodes));
}

function sentencesOf(block: Element, nodes: Text[]): Sentence[] {
  const starts: number[] = [];
  let whole = '';
  for (const node of nodes) {
    starts.push(whole.length);
    whole += node.data;
  }
  return sentenceSpans(whole).map(({ start, end }) => {
    const pieces = nodes.flatMap((node, n) => {
      const at = starts[n] ?? 0;
      const from = Math.max(start, at);
      const to = Math.min(end, at + node.data.length);
      return from < to ? [{ node, start: from - at, end: to - at }] : [];
    });
    const shown = whole.slice(start, end);
    return { shown, spoken: spokenForm(shown), pieces, block };
  });
}

/** A range over letters `from` to `to` of a sentence as shown (all of it by default). */
export function rangeOf(sentence: Sentence, from = 0, to = sentence.shown.length): Range | null {
  const doc = sentence.block.ownerDocument;
  const range = doc.createRange();
  let seen = 0;
  let started = false;
  for (const piece of sentence.pieces) {
    const length = piece.end - piece.start;
    if (!piece.node.isConnected) return null;
    if (!started && from < seen + length) {
      range.setStart(piece.node, piece.start + (from - seen));
      started = true;
    }
    if (started && to <= seen + length) {
      range.setEnd(piece.node, piece.start + (to - seen));
      return range;
    }
    seen += length;
  }
  return started ? range : null;
}

import { activeLocale } from '#shared/i18n';
import { collectSentences, rangeOf, type Sentence } from './collect';

/** Why the phone cannot read this screen aloud. */
export type ReadProblem =
  'unsupported' | 'no-voice' | 'no-language-voice' | 'remote-only' | 'failed';

export interface ReadEvents {
  /** Reading has begun (the first sentence started). */
  reading(): void;
  /** The end of the screen was reached, or reading was stopped. */
  done(): void;
  problem(problem: ReadProblem): void;
}

/** The highlight names the control's CSS draws (`::highlight(...)`). */
export const SENTENCE_HIGHLIGHT = 'read-aloud-sentence';
export const WORD_HIGHLIGHT = 'read-aloud-word';

const VOICE_WAIT_MS = 1500;

/** The voices the phone has; some browsers give none until `voiceschanged` has fired once. */
async function voicesOf(
  synth: SpeechSynthesis,
  signal: AbortSignal,
): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return now;
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', finish);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(finish, VOICE_WAIT_MS);
    synth.addEventListener('voiceschanged', finish);
    signal.addEventListener('abort', finish, { once: true });
  });
}

const languageOf = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';
const sameTag = (a: string, b: string) => a.replace('_', '-').toLowerCase() === b.toLowerCase();

/**
 * The voice to read with, for the screen's language (`tag`): one on the phone itself
 * (`localService`), that exact language first (British English for English), then any of that
 * language. English alone falls back to any voice of the phone's own, as it always has; a
 * screen in another language is never read in the wrong one. A voice that works over the
 * internet is never used: the words on screen would leave the phone. `'remote-only'`: the phone
 * has voices for this, but none of its own; `'no-language-voice'`: it has its own voices, but
 * none in this language.
 */
export function chooseVoice(
  voices: readonly SpeechSynthesisVoice[],
  tag: string = activeLocale().tag,
): SpeechSynthesisVoice | 'remote-only' | 'no-language-voice' | null {
  const language = languageOf(tag);
  // The pseudo-locales (en-XA, ar-XB) have no voices of their own: their language's will do.
  const exact = language === 'en' ? 'en-GB' : tag;
  const own = voices.filter((v) => v.localService);
  const spoken = (list: readonly SpeechSynthesisVoice[]) =>
    list.filter((v) => languageOf(v.lang) === language);
  const matching = spoken(own);
  const best =
    matching.find((v) => sameTag(v.lang, exact)) ??
    matching[0] ??
    (language === 'en' ? own[0] : undefined);
  if (best) return best;
  const remote = language === 'en' ? voices : spoken(voices);
  if (remote.length > 0) return 'remote-only';
  return own.length > 0 ? 'no-language-voice' : null;
}

type Highlights = Map<string, unknown>;
interface HighlightApi {
  highlights: Highlights;
  make: (range: Range) => unknown;
}

function highlightApi(): HighlightApi | null {
  const css = globalThis.CSS as unknown as { highlights?: Highlights } | undefined;
  const Made = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !Made) return null;
  return { highlights: css.highlights, make: (range) => new Made(range) };
}

/**
 * Read the sentences in `root` aloud, one utterance each, highlighting the one being read (and
 * the word, where the voice reports words). Each sentence is taken from the screen as it is
 * when it starts, and one that changes while it is read is started again as it now is, so
 * nothing stale is read. Returns `stop`.
 */
export async function startReading(root: Element, events: ReadEvents): Promise<() => void> {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  const Utterance = globalThis.SpeechSynthesisUtterance as
    typeof SpeechSynthesisUtterance | undefined;
  if (!synth || !Utterance) {
    events.problem('unsupported');
    return () => undefined;
  }
  const stopped = new AbortController();
  const voice = chooseVoice(await voicesOf(synth, stopped.signal));
  if (voice === null || typeof voice === 'string') {
    events.problem(voice ?? 'no-voice');
    return () => undefined;
  }

  const marks = highlightApi();
  let index = 0;
  let turn = 0;
  let current: Sentence | null = null;
  let begun = false;

  const mark = (sentence: Sentence | null, word?: { from: number; to: number }) => {
    root.querySelectorAll('[data-reading]').forEach((el) => el.removeAttribute('data-reading'));
    marks?.highlights.delete(SENTENCE_HIGHLIGHT);
    marks?.highlights.delete(WORD_HIGHLIGHT);
    if (!sentence) return;
    const range = rangeOf(sentence);
    if (marks && range) marks.highlights.set(SENTENCE_HIGHLIGHT, marks.make(range));
    // Without the highlight API the whole block is marked instead (CSS `[data-reading]`).
    else sentence.block.setAttribute('data-reading', '');
    const wordRange = word && rangeOf(sentence, word.from, word.to);
    if (marks && wordRange) marks.highlights.set(WORD_HIGHLIGHT, marks.make(wordRange));
  };

  const finish = () => {
    if (stopped.signal.aborted) return;
    stopped.abort();
    watch.disconnect();
    turn++;
    synth.cancel();
    mark(null);
    events.done();
  };

  const speakFrom = (at: number) => {
    const sentence = collectSentences(root)[at];
    if (!sentence) return finish();
    index = at;
    current = sentence;
    const mine = ++turn;
    const utterance = new Utterance(sentence.spoken.text);
    utterance.voice = voice;
    // The screen's language, so the voice says its words as that language says them.
    utterance.lang = activeLocale().tag;
    // Marked as it is handed to the voice: one sentence is queued at a time, so it is next.
    mark(sentence);
    sentence.block.scrollIntoView?.({ block: 'nearest' });
    if (!begun) {
      begun = true;
      events.reading();
    }
    utterance.addEventListener('boundary', (event) => {
      if (mine !== turn || event.name !== 'word' || !current) return;
      const { from } = current.spoken;
      const start = from[event.charIndex];
      if (start === undefined) return;
      const length = event.charLength || 1;
      const end = (from[Math.min(event.charIndex + length, from.length) - 1] ?? start) + 1;
      mark(current, { from: start, to: end });
    });
    utterance.addEventListener('end', () => {
      if (mine === turn) speakFrom(index + 1);
    });
    utterance.addEventListener('error', (event) => {
      if (mine !== turn) return;
      // Cancelled by us (stop, or a sentence started again) is not a fault.
      if (event.error === 'interrupted' || event.error === 'canceled') return;
      finish();
      events.problem(event.error === 'voice-unavailable' ? 'no-voice' : 'failed');
    });
    synth.speak(utterance);
  };

  // A change on screen: if the sentence being read is no longer what the screen says, read it
  // again as it is now (or stop, if the screen has fewer sentences than that now).
  const watch = new MutationObserver(() => {
    if (stopped.signal.aborted || !current) return;
    const now = collectSentences(root)[index];
    if (now?.shown === current.shown) {
      // The same words, perhaps drawn afresh: keep reading, and keep the highlight on them.
      if (!current.pieces.every((p) => p.node.isConnected)) mark((current = now));
      return;
    }
    synth.cancel();
    speakFrom(index);
  });
  watch.observe(root, { subtree: true, childList: true, characterData: true });

  // A sentence left over from another screen is never carried on.
  synth.cancel();
  speakFrom(0);
  return finish;
}

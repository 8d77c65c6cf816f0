/** A stand-in for the phone's speech (window.speechSynthesis is the browser's, not ours). */
import type { Page } from '@playwright/test';

export interface SpeechOptions {
  /** The phone's voices; [] for a phone with none. */
  voices?: readonly { name: string; lang: string; localService: boolean }[];
  /** false: a browser with no speechSynthesis at all. */
  supported?: boolean;
}

/**
 * Before any script: replaces speechSynthesis and SpeechSynthesisUtterance with a recorder.
 * `window.__speech.said` is every text given to speak(); `__speech.finish()` ends the one being
 * spoken (as a voice does when it reaches the end); `__speech.word(i, n)` reports a word.
 */
export async function stubSpeech(page: Page, options: SpeechOptions = {}): Promise<void> {
  await page.addInitScript((o: SpeechOptions) => {
    const w = window as unknown as Record<string, unknown>;
    if (o.supported === false) {
      delete w.speechSynthesis;
      delete w.SpeechSynthesisUtterance;
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      return;
    }
    class Utterance extends EventTarget {
      voice: unknown = null;
      lang = '';
      constructor(public text: string) {
        super();
      }
    }
    const voices = (o.voices ?? [{ name: 'Phone voice', lang: 'en-GB', localService: true }]).map(
      (v) => ({ ...v, voiceURI: v.name, default: true }),
    );
    let speaking: Utterance | null = null;
    const said: string[] = [];
    const langs: string[] = [];
    const say = (u: Utterance, type: string, extra: Record<string, unknown> = {}) =>
      u.dispatchEvent(Object.assign(new Event(type), extra));
    const synth = {
      getVoices: () => voices,
      speak(u: Utterance) {
        said.push(u.text);
        langs.push(u.lang);
        speaking = u;
        say(u, 'start');
      },
      cancel() {
        const u = speaking;
        speaking = null;
        if (u) say(u, 'error', { error: 'interrupted' });
      },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    w.SpeechSynthesisUtterance = Utterance;
    w.__speech = {
      said,
      langs,
      speaking: () => speaking?.text ?? null,
      finish() {
        const u = speaking;
        speaking = null;
        if (u) say(u, 'end');
      },
      word(charIndex: number, charLength: number) {
        if (speaking) say(speaking, 'boundary', { name: 'word', charIndex, charLength });
      },
    };
  }, options);
}

/** Everything given to speak() so far. */
export const said = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    (window as unknown as { __speech: { said: string[] } }).__speech.said.slice(),
  );

/** The language each utterance so far was given (`utterance.lang`). */
export const spokenIn = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    (window as unknown as { __speech: { langs: string[] } }).__speech.langs.slice(),
  );

/** The sentence being spoken ends; the next is handed to the voice. */
export const finishSentence = (page: Page): Promise<void> =>
  page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish());

/** What the highlight covers on screen now ('' when nothing is highlighted). */
export const highlighted = (page: Page, name = 'read-aloud-sentence'): Promise<string> =>
  page.evaluate((n) => {
    const css = CSS as unknown as { highlights: Map<string, Set<Range>> };
    const mark = css.highlights.get(n);
    return mark ? [...mark].map((r) => r.toString()).join('') : '';
  }, name);

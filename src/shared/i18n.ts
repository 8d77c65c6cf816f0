import { setupI18n } from '@lingui/core';
import type { PseudoKind } from './pseudo-locale';

/*
 * Every word the app shows comes from a message catalogue. English is the source: each area of
 * the product keeps its English messages (ICU MessageFormat) in a `*.messages.json` file beside
 * its code, so a screen's words load with the screen and the first route stays small. A reviewed
 * translation is one file per language (src/app/i18n/locales, see its README), loaded before the
 * app renders. Two pseudo-locales are made from the English at run time: `en-XA` (accented, in
 * brackets: an e2e test fails on any text that did not come from a catalogue) and `ar-XB`
 * (right to left, to look at the mirrored layout).
 *
 * Catalogues are compiled at build time (build/i18n-compile.ts), so the phone never carries a
 * message parser. Node compiles them on first use (src/server/i18n.ts, and Vitest).
 */

export type Direction = 'ltr' | 'rtl';

export interface Locale {
  /** BCP 47 tag: `en-GB`, `cy`, `en-XA`. */
  tag: string;
  dir: Direction;
  /** Set for the pseudo-locales: made from the English, never shipped as a translation. */
  pseudo: PseudoKind | null;
}

export const SOURCE_LOCALE: Locale = { tag: 'en-GB', dir: 'ltr', pseudo: null };
export const PSEUDO_LOCALES: readonly Locale[] = [
  { tag: 'en-XA', dir: 'ltr', pseudo: 'accents' },
  { tag: 'ar-XB', dir: 'rtl', pseudo: 'bidi' },
];

/** Scripts written right to left, for translations a service adds. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi', 'ku', 'sd', 'ug', 'dv']);

export function directionOf(tag: string): Direction {
  const language = tag.toLowerCase().split('-')[0] ?? '';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** A message as its catalogue holds it: ICU text, or lingui's compiled form of it. */
export type CatalogueMessage = string | readonly unknown[];
export type Values = Record<string, string | number>;
export type Translate<K extends string> = (key: K, values?: Values) => string;

const i18n = setupI18n();
let active: Locale = SOURCE_LOCALE;
let compiler: ((message: string) => unknown) | null = null;
/** The pseudo-locale's change to each message; loaded with it, so English never carries it. */
let pseudo: (<M extends CatalogueMessage>(message: M) => M) | null = null;
/** Messages as formatted in the active locale (compiled, pseudo-transformed), by full id. */
let ready = new Map<string, CatalogueMessage>();
/** English of every area registered so far, by full id (`help.title`). */
const english = new Map<string, CatalogueMessage>();
/** The active translation (not English, not pseudo), by full id. */
let translation: Record<string, CatalogueMessage> = {};
i18n.loadAndActivate({ locale: SOURCE_LOCALE.tag, messages: {} });

/** Where Node runs the catalogues uncompiled (server, tests), it supplies the compiler. */
export function setMessageCompiler(compile: (message: string) => unknown): void {
  compiler = compile;
  ready = new Map();
}

/**
 * Makes `locale` the language of everything formatted from now on. `messages` is its reviewed
 * catalogue (full ids); English needs none, and the pseudo-locales start through
 * `activatePseudoLocale` (src/shared/pseudo-locale.ts). Call before the first render: screens
 * read their words as they draw.
 */
export function activateLocale(
  locale: Locale,
  messages: Record<string, CatalogueMessage> = {},
  transform: typeof pseudo = null,
) {
  active = locale;
  pseudo = locale.pseudo ? transform : null;
  translation = locale.pseudo ? {} : messages;
  ready = new Map();
  i18n.loadAndActivate({ locale: locale.tag, messages: {} });
}

export function activeLocale(): Locale {
  return active;
}

/** True while times and dates are written in the NHS style's English words ("9am", "midday"). */
export function englishWords(): boolean {
  return active.pseudo !== null || active.tag.toLowerCase().startsWith('en');
}

/** Text the product writes itself but not from a catalogue (a formatted date): marked as one. */
export function localised(text: string): string {
  return pseudo ? pseudo(text) : text;
}

function prepare(id: string): CatalogueMessage | undefined {
  const own = translation[id];
  let message = own ?? english.get(id);
  if (message === undefined) return undefined;
  if (typeof message === 'string' && compiler) message = compiler(message) as CatalogueMessage;
  if (pseudo && own === undefined) message = pseudo(message);
  ready.set(id, message);
  return message;
}

function formatId(id: string, values?: Values): string {
  const message = ready.get(id) ?? prepare(id);
  // A missing id shows itself, so a test finds it; tsc stops it first.
  if (message === undefined) return id;
  return i18n._(id, values, { message: message as string });
}

/**
 * An area's English messages, registered once as its module loads; returns the function its
 * code formats them with: `t('opensAt', { time: '8am' })`. Keys are checked by the compiler.
 */
export function catalogue<K extends string>(area: string, en: Record<K, unknown>): Translate<K> {
  for (const [key, message] of Object.entries(en)) {
    english.set(`${area}.${key}`, message as CatalogueMessage);
  }
  return (key, values) => formatId(`${area}.${key}`, values);
}

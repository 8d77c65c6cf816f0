import { activateLocale, type CatalogueMessage, type Locale } from './i18n';

/*
 * Pseudo-locales, made from the English: `accents` writes every letter with an accent inside
 * ⟦brackets⟧ (so text that skipped the catalogues stands out, and longer words test the
 * layout); `bidi` wraps each message in right-to-left override marks for the mirrored layout.
 * Only the words change: placeholders, plural and select choices and `#` keep their meaning.
 */

export type PseudoKind = 'accents' | 'bidi';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥîĵķĺɱñöƥǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖƤǪŔŠŢÛṼŴẊÝŽ'][i] ?? c,
  ]),
);

const PSEUDO_OPEN = '⟦';
const PSEUDO_CLOSE = '⟧';
const RLO = '\u202e';
const PDF = '\u202c';
// A value (a phone number, a name) isolated left to right inside the override, so that the
// override mirrors only the words and 116 123 still reads 116 123.
const LRI = '\u2066';
const PDI = '\u2069';

function accentText(text: string): string {
  // Tags for rich text (<link>…</link>) keep their names.
  return text.replace(/<\/?\w+>|[A-Za-z]/g, (m) => (m.length === 1 ? (ACCENTED[m] ?? m) : m));
}

/** lingui's compiled form: strings, and [name] or [name, type, { choice: parts }] tuples. */
function transformParts(
  parts: readonly unknown[],
  text: (s: string) => string,
  isolate: boolean,
): unknown[] {
  return parts.flatMap((part) => {
    if (typeof part === 'string') return [text(part)];
    if (!Array.isArray(part)) return [part];
    const [name, type, options, ...rest] = part as unknown[];
    if ((type === 'plural' || type === 'select' || type === 'selectordinal') && options) {
      const choices = Object.fromEntries(
        Object.entries(options as Record<string, unknown>).map(([k, v]) => [
          k,
          Array.isArray(v) ? transformParts(v, text, isolate) : typeof v === 'string' ? text(v) : v,
        ]),
      );
      return [[name, type, choices, ...rest]];
    }
    return isolate ? [LRI, part, PDI] : [part];
  });
}

/** A compiled message (or plain text) in the pseudo-locale `kind`. */
export function pseudoMessage<M extends CatalogueMessage>(message: M, kind: PseudoKind): M {
  const text = kind === 'accents' ? accentText : (s: string) => s;
  const [open, close] = kind === 'accents' ? [PSEUDO_OPEN, PSEUDO_CLOSE] : [RLO, PDF];
  if (typeof message === 'string') return `${open}${text(message)}${close}` as M;
  return [open, ...transformParts(message, text, kind === 'bidi'), close] as unknown as M;
}

/** Starts a pseudo-locale: its module loads only when someone asks for one. */
export function activatePseudoLocale(locale: Locale): void {
  const kind = locale.pseudo;
  if (!kind) throw new Error(`${locale.tag} is not a pseudo-locale`);
  activateLocale(locale, {}, (message) => pseudoMessage(message, kind));
}

import { activeLocale, catalogue, englishWords } from './i18n';
import messages from './list-words.messages.json' with { type: 'json' };

const t = catalogue('list-words', messages);

/**
 * A list in words, in the active language: "A", "A and B", "A, B and C" (or "or"). Another
 * language joins a list its own way, through Intl ("A, B i C"); the items stay as given.
 */
export function listWords(items: readonly string[], join: 'and' | 'or'): string {
  const last = items.at(-1) ?? '';
  if (items.length <= 1) return last;
  if (!englishWords()) {
    const type = join === 'and' ? 'conjunction' : 'disjunction';
    return new Intl.ListFormat(activeLocale().tag, { type }).format(items);
  }
  return t(join, { first: items.slice(0, -1).join(', '), last });
}

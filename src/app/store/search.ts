import type { JournalEntry } from '#shared/schemas/journal';
import { DID_INSTEAD_OPTIONS, feelingLabel, WANTED_LABELS } from '#shared/journal';

/** Lower case, without accents, so "Café" finds "cafe". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Read as the entry is searched, so the words are in the language the person sees. */
const didInsteadLabel = (key: string) => DID_INSTEAD_OPTIONS.find((o) => o.key === key)?.label;

/**
 * All the words an entry shows, as one searchable string: the offered feelings and choices as
 * the screen shows them, in the person's language, beside what they wrote.
 */
export function searchableText(entry: JournalEntry): string {
  if (entry.kind === 'everyday') return normaliseForSearch(entry.everyday);
  const parts = [
    entry.happening ?? '',
    ...(entry.feelings ?? []).map(feelingLabel),
    ...(entry.wanted ?? []).map((w) => WANTED_LABELS[w]),
    entry.wantedOther ?? '',
    ...(entry.didInstead ?? []).map((d) => didInsteadLabel(d) ?? d),
    entry.didInsteadOther ?? '',
  ];
  return normaliseForSearch(parts.join('\n'));
}

/**
 * Entries whose words contain every word of the query, in the order given. An empty query
 * matches everything.
 */
export function searchEntries(entries: readonly JournalEntry[], query: string): JournalEntry[] {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const text = searchableText(entry);
    return words.every((word) => text.includes(word));
  });
}

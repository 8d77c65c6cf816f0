import { DID_INSTEAD_OPTIONS, FEELING_WORDS } from '#shared/journal';
import type { JournalEntry } from '#shared/schemas/journal';
import { WANTED_OPTIONS } from '#shared/schemas/journal';

/** The word the bench searches for: put into about one entry in twenty. */
export const SEARCH_WORD = 'sister';

const WORDS = (
  'i felt really low tonight and could not sleep so i sat in the kitchen with a cup of tea ' +
  'the bus was late again and my chest went tight but i kept breathing slowly like we practised ' +
  'rang my friend after work we talked about the weekend and the dog walk in the park ' +
  'the noise upstairs kept going the letter from the council made me angry then tired ' +
  'went to the shop for bread had a shower watched the football listened to music'
).split(' ');

/** A small, seeded random source, so every run writes the same journal. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(next() * 4)] ?? '8';
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * `count` valid journal entries, about two thirds "How I'm feeling", one or two a day going back
 * from 2026-11-22, each with 20 to 120 words of text (roughly 100 to 700 characters).
 */
export function makeEntries(count: number, seed = 42): JournalEntry[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentence = () => {
    const words = Array.from({ length: 20 + Math.floor(next() * 100) }, () => pick(WORDS));
    if (next() < 0.05) words.splice(Math.floor(next() * words.length), 0, SEARCH_WORD);
    return words.join(' ');
  };
  const newest = Date.parse('2026-11-22T23:00:00Z');
  const entries: JournalEntry[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const createdAt = new Date(newest - i * 9 * 3_600_000 - Math.floor(next() * 3_600_000));
    const base = { id: uuid(next), createdAt: createdAt.toISOString() };
    const updatedAt = base.createdAt;
    if (next() < 0.66) {
      entries.push({
        ...base,
        updatedAt,
        kind: 'feeling',
        strength: Math.floor(next() * 11),
        feelings: [...new Set([pick(FEELING_WORDS), pick(FEELING_WORDS)])],
        happening: sentence(),
        wanted: [pick(WANTED_OPTIONS)],
        didInstead: [pick(DID_INSTEAD_OPTIONS).key],
        urgentCare: { wentToAe: next() < 0.05, called999: next() < 0.02, called111: next() < 0.1 },
      });
    } else {
      entries.push({ ...base, updatedAt, kind: 'everyday', everyday: sentence() });
    }
  }
  return entries;
}

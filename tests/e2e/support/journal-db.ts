/** Reading the phone's journal straight from IndexedDB (plain records: no lock set). */
import type { Page } from '@playwright/test';

export interface StoredJournal {
  /** Each entry's words (an everyday note's text, or a feeling's "what's happening"). */
  entries: string[];
  /** Each draft's words, as stored, in JSON. */
  drafts: string[];
}

/**
 * The entries and drafts on this page's phone, read with the plain IndexedDB API. Only once the
 * app has made its database: opening a missing one here would make an empty one in its way.
 */
export function readJournal(page: Page): Promise<StoredJournal> {
  return page.evaluate(
    () =>
      new Promise<StoredJournal>((resolve, reject) => {
        const open = indexedDB.open('hiu-companion');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve({ entries: [], drafts: [] });
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['entries', 'drafts']);
          const entries = tx.objectStore('entries').getAll();
          const drafts = tx.objectStore('drafts').getAll();
          tx.oncomplete = () => {
            db.close();
            const words = (r: { body: { value: { everyday?: string; happening?: string } } }) =>
              r.body.value.everyday ?? r.body.value.happening ?? '';
            resolve({
              entries: entries.result.map(words),
              drafts: drafts.result.map((r) => JSON.stringify(r)),
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** How many of `list` hold `words`. */
export const holding = (list: readonly string[], words: string) =>
  list.filter((item) => item.includes(words)).length;

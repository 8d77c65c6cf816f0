import { useSignal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JournalEntry } from '#shared/schemas/journal';
import { useAppState } from '../../state';
import { countEntries, listEntries } from '../../store/entries';
import { getEntries, loadSearchIndex } from '../../store/search-journal';
import type { SearchIndex } from '../../store/search-index';
import { groupByDay, londonTime } from './days';
import { PrivateNote } from './parts/private-note';
import { UnfinishedSection } from './parts/unfinished/section';
import { EntrySummary } from './entry/summary';
import { t } from './words';
import s from './style.module.css';

const FIRST_PAGE = 50;

/** My journal: start writing, search, and every entry by day, newest first. */
export default function Journal() {
  const { lock } = useAppState();
  const shown = useSignal<JournalEntry[] | null>(null);
  const all = useSignal<JournalEntry[] | null>(null);
  const total = useSignal(0);
  const unreadable = useSignal(0);
  const query = useSignal('');
  /** What the query found, newest first (null while the first search runs). */
  const found = useSignal<JournalEntry[] | null>(null);
  /** The search index (store/search-index.ts), read once; warmed after the first page shows. */
  const index = useRef<Promise<SearchIndex> | null>(null);
  /** Entries already read for a search, so the next keystroke reads only new matches. */
  const known = useRef(new Map<string, JournalEntry>());
  const searches = useRef(0);

  function readIndex(): Promise<SearchIndex> {
    index.current ??= loadSearchIndex(lock).catch((error: unknown) => {
      index.current = null; // e.g. locked meanwhile: read again next time
      throw error;
    });
    return index.current;
  }

  const [reads, setReads] = useState(0);
  useEffect(() => {
    let live = true;
    all.value = null;
    index.current = null;
    void Promise.all([listEntries(lock, FIRST_PAGE), countEntries(lock)]).then(([read, count]) => {
      if (!live) return;
      shown.value = read.entries;
      unreadable.value = read.unreadable;
      total.value = count;
      // Warm search once the first page is on screen, so the first keystroke is quick.
      if (count > read.entries.length)
        setTimeout(() => live && void readIndex().catch(() => {}), 300);
    });
    return () => {
      live = false;
    };
  }, [lock, reads]);

  async function loadAll(): Promise<JournalEntry[]> {
    if (all.value) return all.value;
    const read = await listEntries(lock);
    unreadable.value = Math.max(unreadable.value, read.unreadable);
    all.value = read.entries;
    return all.value;
  }

  async function search(text: string) {
    query.value = text;
    const mine = ++searches.current;
    if (!text.trim()) return;
    const ids = (await readIndex()).find(text);
    const missing = ids.filter((id) => !known.current.has(id));
    if (missing.length > 0) {
      const read = await getEntries(lock, missing);
      unreadable.value = Math.max(unreadable.value, read.unreadable);
      for (const entry of read.entries) known.current.set(entry.id, entry);
    }
    // A later keystroke has started its own search: its answer is the one to show.
    if (mine !== searches.current) return;
    found.value = ids.flatMap((id) => known.current.get(id) ?? []);
  }

  const searching = query.value.trim().length > 0;
  const entries = searching ? found.value : (all.value ?? shown.value);
  const now = new Date();

  return (
    <div class={s.page}>
      <h1>{t('title')}</h1>
      <div class={s.start}>
        <a href="/journal/feeling" class="btn btn-block btn-main">
          {t('feeling')}
        </a>
        <a href="/journal/entry/new" class="btn btn-secondary btn-block">
          {t('somethingElse')}
        </a>
      </div>
      <PrivateNote />
      {/* A draft kept from here is a new entry: read the list again to show it. */}
      <UnfinishedSection onKept={() => setReads((n) => n + 1)} />

      {unreadable.value > 0 && (
        <p class={s.kind} role="status">
          {t('unreadable')}
        </p>
      )}

      {total.value > 0 && (
        <form class={s.search} role="search" onSubmit={(e) => e.preventDefault()}>
          <label for="journal-search" class={s.searchLabel}>
            {t('search')}
          </label>
          <input
            id="journal-search"
            type="search"
            autocomplete="off"
            value={query.value}
            onInput={(e) => void search(e.currentTarget.value)}
          />
        </form>
      )}

      {entries === null ? (
        <p>{t('opening')}</p>
      ) : entries.length === 0 ? (
        <p class={s.empty} role={searching ? 'status' : undefined}>
          {searching ? t('noMatch') : t('empty')}
        </p>
      ) : (
        <>
          {searching && (
            <p role="status" class="visually-hidden">
              {t('found', { count: entries.length })}
            </p>
          )}
          {groupByDay(entries, now).map((group) => (
            <section key={group.day} aria-labelledby={`day-${group.day}`}>
              <h2 id={`day-${group.day}`} class={s.day}>
                {group.label}
              </h2>
              <ul class={s.list}>
                {group.items.map((entry) => (
                  <li key={entry.id}>
                    <a href={`/journal/entry/${entry.id}`} class={s.item}>
                      <span class={s.meta}>
                        {t('itemMeta', {
                          time: londonTime(new Date(entry.createdAt)),
                          kind: entry.kind,
                        })}
                      </span>
                      <EntrySummary entry={entry} class={s.summary} />
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}

      {!searching && !all.value && total.value > FIRST_PAGE && (
        <button type="button" class="btn btn-secondary btn-block" onClick={() => void loadAll()}>
          {t('older')}
        </button>
      )}
    </div>
  );
}

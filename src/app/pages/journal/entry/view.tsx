import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { JournalEntry } from '#shared/schemas/journal';
import { useAppState } from '../../../state';
import type { EntryRecord } from '../../../store/db';
import { deleteEntry, getEntry, restoreEntry } from '../../../store/entries';
import { dayLabel, londonDay, londonTime } from '../days';
import { Confirm } from '../parts/confirm';
import { PrivateNote } from '../parts/private-note';
import { EntryDetails } from './details';
import { EverydayEditor } from './editor';
import { ShareStatus } from './share-status';
import { UrgentCareStatus } from './urgent-care-status';
import { t } from './words';
import s from './style.module.css';

const UNDO_MS = 10_000;

/** When an entry was written, in plain words: "Today at 9:05pm". */
export function writtenAt(entry: JournalEntry, now = new Date()): string {
  const at = new Date(entry.createdAt);
  return t('writtenAt', { day: dayLabel(londonDay(at), now), time: londonTime(at) });
}

/** One entry: read it, change it, or delete it (with a few seconds to undo). */
export function EntryView({ id }: { id: string }) {
  const state = useAppState();
  const { lock, sync } = state;
  const entry = useSignal<JournalEntry | null | undefined>(undefined);
  const mode = useSignal<'view' | 'edit' | 'confirm' | 'deleted'>('view');
  const removed = useSignal<EntryRecord | null>(null);
  const canUndo = useSignal(false);
  const notice = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void getEntry(lock, id).then((found) => {
      if (live) entry.value = found;
    });
    return () => {
      live = false;
    };
  }, [lock, id]);

  useEffect(() => {
    if (mode.value !== 'deleted') return;
    notice.current?.focus();
    const timer = setTimeout(() => (canUndo.value = false), UNDO_MS);
    return () => clearTimeout(timer);
  }, [mode.value]);

  async function remove() {
    removed.value = await deleteEntry(lock, id);
    // Anything sent about urgent care in this entry is taken back (and sent again on Undo).
    void import('../../../sync/check-ins')
      .then((m) => m.urgentCareAfterDelete(state, id))
      .catch(() => undefined);
    canUndo.value = true;
    mode.value = 'deleted';
  }

  async function undo() {
    if (removed.value) {
      await restoreEntry(lock, removed.value);
      const back = entry.value;
      if (back) {
        void import('../../../sync/check-ins')
          .then((m) => m.urgentCareAfterSave(state, back))
          .catch(() => undefined);
      }
    }
    removed.value = null;
    canUndo.value = false;
    mode.value = 'view';
  }

  if (entry.value === undefined) return <p>{t('opening')}</p>;
  if (mode.value === 'deleted') {
    return (
      <div>
        <h1 ref={notice} tabIndex={-1} class={s.heading}>
          {t('deleted')}
        </h1>
        {canUndo.value && (
          <button type="button" class="btn btn-secondary" onClick={() => void undo()}>
            {t('undo')}
          </button>
        )}
        <p>
          <a href="/journal">{t('back')}</a>
        </p>
      </div>
    );
  }
  const current = entry.value;
  if (!current) {
    return (
      <div>
        <h1>{t('notFound')}</h1>
        <p>{t('maybeDeleted')}</p>
        <a href="/journal">{t('back')}</a>
      </div>
    );
  }
  if (mode.value === 'edit' && current.kind === 'everyday') {
    return (
      <EverydayEditor
        entry={current}
        onDone={(saved) => {
          entry.value = saved;
          mode.value = 'view';
        }}
      />
    );
  }

  return (
    <article>
      <a href="/journal" class={s.back}>
        <span aria-hidden="true">‹ </span>
        {t('back')}
      </a>
      <h1 class={s.heading}>{current.kind === 'feeling' ? t('feelingTitle') : t('noteTitle')}</h1>
      <p class={s.when}>{writtenAt(current)}</p>
      <EntryDetails entry={current} />
      <ShareStatus entry={current} />
      <UrgentCareStatus entryId={current.id} />
      {mode.value === 'confirm' ? (
        <Confirm
          question={t('deleteQuestion')}
          detail={sync.shares.value[current.id] ? t('deleteShared') : t('deleteDetail')}
          yes={t('deleteYes')}
          no={t('deleteNo')}
          onYes={() => void remove()}
          onNo={() => (mode.value = 'view')}
        />
      ) : (
        <div class={s.actions}>
          {current.kind === 'feeling' ? (
            <a href={`/journal/feeling?edit=${current.id}`} class="btn btn-secondary">
              {t('change')}
            </a>
          ) : (
            <button type="button" class="btn btn-secondary" onClick={() => (mode.value = 'edit')}>
              {t('change')}
            </button>
          )}
          <button
            type="button"
            class={`btn btn-secondary ${s.delete}`}
            onClick={() => (mode.value = 'confirm')}
          >
            {t('delete')}
          </button>
        </div>
      )}
      {/* A shared entry is not only on this phone: the sharing box above says who has it. */}
      {!sync.shares.value[current.id] && <PrivateNote />}
    </article>
  );
}

import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '../../../../state';
import { clearDraft, listDrafts, type UnfinishedDraft } from '../../../../store/drafts';
import { takeOldDrafts } from '../../../../store/old-drafts';
import { startedWhen } from '../../days';
import { t } from '../../words';
import { keepDraft } from '../../keep-drafts';
import { Confirm } from '../confirm';
import { carryOn, draftHref, DraftWords, UnfinishedList } from '.';
import s from './style.module.css';

/**
 * On My journal: writing not finished, to carry on; and, once each, writing left longer than
 * the person's chosen time, to keep in the journal or delete. Nothing is dropped unasked.
 */
export function UnfinishedSection({ onKept }: { onKept: () => void }) {
  const state = useAppState();
  const { lock } = state;
  const drafts = useSignal<UnfinishedDraft[]>([]);
  const old = useSignal<UnfinishedDraft[]>([]);
  const deleting = useSignal<string | null>(null);
  const notice = useSignal('');

  useEffect(() => {
    let live = true;
    void (async () => {
      const list = await listDrafts(lock);
      const offer = await takeOldDrafts(await lock.db(), list);
      if (!live) return;
      drafts.value = list;
      old.value = offer;
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [lock]);

  const without = (id: string) => {
    drafts.value = drafts.value.filter((d) => d.id !== id);
    old.value = old.value.filter((d) => d.id !== id);
  };

  async function keep(draft: UnfinishedDraft) {
    try {
      await keepDraft(state, draft);
      without(draft.id);
      notice.value = t('savedInJournal');
      onKept();
    } catch {
      notice.value = t('notSaved');
    }
  }

  async function remove(id: string) {
    await clearDraft(lock, id);
    without(id);
    deleting.value = null;
    notice.value = t('deleted');
  }

  const offered = new Set(old.value.map((d) => d.id));
  const rest = drafts.value.filter((d) => !offered.has(d.id));
  return (
    <>
      <div class="visually-hidden" role="status" aria-live="polite">
        {notice.value}
      </div>
      {old.value.length > 0 && (
        <section aria-labelledby="old-drafts" class={s.section}>
          <h2 id="old-drafts" class={s.title}>
            {t('oldHeading')}
          </h2>
          <p>{t('oldLead')}</p>
          {old.value.map((draft) => (
            <div key={draft.id} class={s.old}>
              <p class={s.meta}>{t('lastWritten', startedWhen(draft.updatedAt))}</p>
              <DraftWords draft={draft} class={s.words} as="p" />
              {deleting.value === draft.id ? (
                <Confirm
                  question={t('deleteQuestion')}
                  detail={t('deleteDetail')}
                  yes={t('deleteYes')}
                  no={t('deleteNo')}
                  onYes={() => void remove(draft.id)}
                  onNo={() => (deleting.value = null)}
                />
              ) : (
                <div class={s.buttons}>
                  <a href={draftHref(draft)} class="btn btn-secondary">
                    {carryOn()}
                  </a>
                  <button type="button" class="btn" onClick={() => void keep(draft)}>
                    {t('keepIt')}
                  </button>
                  <button
                    type="button"
                    class="btn btn-secondary"
                    onClick={() => (deleting.value = draft.id)}
                  >
                    {t('deleteIt')}
                  </button>
                </div>
              )}
            </div>
          ))}
        </section>
      )}
      {rest.length > 0 && (
        <section aria-labelledby="carry-on" class={s.section}>
          <h2 id="carry-on" class={s.title}>
            {t('carryOnHeading')}
          </h2>
          <UnfinishedList drafts={rest} />
        </section>
      )}
    </>
  );
}

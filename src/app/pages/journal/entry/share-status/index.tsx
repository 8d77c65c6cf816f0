import { useSignal } from '@preact/signals';
import { isOpen, nextOpening } from '#shared/hours';
import { describeWhen } from '#shared/time-words';
import type { Hours } from '#shared/schemas/hours';
import type { JournalEntry } from '#shared/schemas/journal';
import { agreedHours, firstName } from '../../../../store/profile-fields';
import { useNow } from '../../../../components/use-now';
import { useAppState } from '../../../../state';
import { notSentWords } from '../../../../sync/not-sent';
import type { ShareView } from '../../../../state/sync';
import { Confirm } from '../../parts/confirm';
import { rich } from '../../../../../ui/i18n/rich';
import { t } from '../words';
import s from './style.module.css';

/** The state of a shared entry in plain words. */
export function shareWords(view: ShareView, name: string): string {
  switch (view.state) {
    case 'waiting':
      return t('shareWaiting');
    case 'sent':
      return t('shareSent', { name });
    case 'read':
      return t('shareRead', { name });
    case 'stopping':
      return t('shareStopping');
    case 'failed':
      return t('shareFailed');
  }
}

/** "Sam can read it from 9am on Monday." (Sam is not working now.) */
function readFromWords(hours: Hours, name: string, now: Date): string {
  const opens = nextOpening(hours, now);
  return opens
    ? t('readFrom', { name, when: describeWhen(opens, now) })
    : t('notWorking', { name });
}

/** Whether the entry changed after the copy the caseworker has was sent. */
function changedSince(entry: JournalEntry, view: ShareView): boolean {
  return view.sharedAt !== null && Date.parse(entry.updatedAt) > Date.parse(view.sharedAt);
}

/**
 * On a journal entry: "Share with Sam", or how the shared copy is doing ("Waiting to send",
 * "Sent to Sam", "Sam has read this") with "Stop sharing". Only shown while the phone is
 * linked. Nothing is sent from here: the share screen asks first.
 */
export function ShareStatus({ entry }: { entry: JournalEntry }) {
  const state = useAppState();
  const { sync, profile, online } = state;
  const confirming = useSignal(false);
  const now = useNow().value;
  const p = profile.value;
  if (sync.link.value !== 'linked' || !p) return null;
  const name = firstName(p.caseworker.name);
  const view = sync.shares.value[entry.id];
  const shareHref = `/journal/entry/${entry.id}/share`;

  if (!view || view.state === 'stopping') {
    return (
      <section class={s.box} aria-label={t('sharing')}>
        {view && (
          <p role="status" class={s.state}>
            {shareWords(view, name)}
          </p>
        )}
        {!view && (
          <>
            <p class={s.private}>{t('wouldYouLike', { name })}</p>
            <a href={shareHref} class="btn btn-secondary">
              {t('shareWith', { name })}
            </a>
          </>
        )}
      </section>
    );
  }

  async function stop() {
    const { withdrawShare } = await import('../../../../sync/actions');
    await withdrawShare(state, entry.id);
    confirming.value = false;
  }

  return (
    <section class={s.box} aria-label={t('sharing')}>
      <p role="status" class={s.state} data-testid="share-state">
        {shareWords(view, name)}
      </p>
      {view.state === 'waiting' && !online.value && <p class={s.hint}>{t('sendWhenOnline')}</p>}
      {(view.state === 'sent' || view.state === 'waiting') && !isOpen(agreedHours(p, now), now) && (
        <p class={s.hint}>{readFromWords(agreedHours(p, now), name, now)}</p>
      )}
      {view.state === 'failed' && view.error === 'id_taken' && (
        <p>{notSentWords({ error: view.error }, name)}</p>
      )}
      {view.state === 'failed' && view.error !== 'id_taken' && (
        <p>{rich(t('couldNotSend'), { link: (words) => <a href={shareHref}>{words}</a> })}</p>
      )}
      {changedSince(entry, view) && (
        <p>
          {rich(t('changedSince', { name }), {
            link: (words) => <a href={shareHref}>{words}</a>,
          })}
        </p>
      )}
      {confirming.value ? (
        <Confirm
          question={t('stopQuestion')}
          detail={view.state === 'read' ? t('stopReadDetail', { name }) : t('stopDetail', { name })}
          yes={t('stopYes')}
          no={t('stopNo')}
          onYes={() => void stop()}
          onNo={() => (confirming.value = false)}
        />
      ) : (
        <button type="button" class="btn btn-secondary" onClick={() => (confirming.value = true)}>
          {t('stop')}
        </button>
      )}
    </section>
  );
}

import { firstName } from '../../../../store/profile-fields';
import { useAppState } from '../../../../state';
import { notSentWords } from '../../../../sync/not-sent';
import { t } from '../words';
import s from '../share-status/style.module.css';

/**
 * On a feeling entry whose urgent care (A&E, 999 or 111) the server refused for good: says so,
 * kindly, and that the entry is still here. Nothing shows while it waits or once it is sent.
 */
export function UrgentCareStatus({ entryId }: { entryId: string }) {
  const { sync, profile } = useAppState();
  const p = profile.value;
  if (sync.link.value !== 'linked' || !p) return null;
  const refused = sync.outbox.value.find(
    (r) => r.kind === 'urgent-care' && r.subject === entryId && r.failed,
  );
  if (!refused?.failed) return null;
  return (
    <section class={s.box} aria-label={t('urgentCareLabel')}>
      <p role="status" class={s.state} data-testid="urgent-care-state">
        {notSentWords(refused.failed, firstName(p.caseworker.name))}
      </p>
    </section>
  );
}

import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '../../state';
import {
  DRAFT_REMINDER_CHOICES,
  readDraftReminder,
  writeDraftReminder,
} from '../../store/old-drafts';
import { catalogue } from '#shared/i18n';
import messages from './settings-drafts.messages.json' with { type: 'json' };
import s from './privacy.module.css';

const t = catalogue('settings-drafts', messages);

/** When unfinished writing is offered to keep or delete. It is never deleted by itself. */
export function DraftReminder() {
  const { lock } = useAppState();
  const days = useSignal<number | null>(null);
  useEffect(() => {
    void lock
      .db()
      .then(readDraftReminder)
      .then((d) => (days.value = d));
  }, [lock]);

  async function choose(value: number) {
    days.value = value;
    await writeDraftReminder(await lock.db(), value);
  }

  if (days.value === null) return null;
  return (
    <section class={s.section} aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t('title')}</h2>
      <p>{t('kept')}</p>
      <label for="draft-reminder" class={s.label}>
        {t('label')}
      </label>
      <select
        id="draft-reminder"
        class={s.select}
        value={String(days.value)}
        onChange={(e) => void choose(Number(e.currentTarget.value))}
      >
        {DRAFT_REMINDER_CHOICES.map((d) => (
          <option key={d} value={String(d)}>
            {t('days', { count: d })}
          </option>
        ))}
      </select>
    </section>
  );
}

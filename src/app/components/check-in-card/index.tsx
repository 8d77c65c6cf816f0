import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { checkInDue } from '#shared/check-ins';
import type { CheckInReason } from '#shared/schemas/wellbeing';
import { supportOf } from '../../sync/goals-contacts-views';
import { useAppState } from '../../state';
import { readOffers } from '../../store/check-ins';
import { catalogue } from '#shared/i18n';
import messages from './check-in-card.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('check-in-card', messages);

const WHY = {
  start: 'start',
  monthly: 'monthly',
  'stepping-back': 'steppingBack',
} as const satisfies Record<CheckInReason, keyof typeof messages>;

/** A gentle card on Home when a wellbeing check-in is due (see `checkInDue`). */
export function CheckInCard() {
  const state = useAppState();
  const due = useSignal<CheckInReason | null>(null);
  const profile = state.profile.value;
  const support = supportOf(profile);

  useEffect(() => {
    let live = true;
    void readOffers(state.lock).then((offers) => {
      if (live) due.value = checkInDue({ offers }, support, new Date());
    });
    return () => {
      live = false;
    };
  }, [state, support.status, support.steppedBackAt]);

  const reason = due.value;
  if (!reason) return null;

  async function notNow(why: CheckInReason) {
    const { skipCheckIn } = await import('../../sync/check-ins');
    await skipCheckIn(state, why);
    due.value = null;
  }

  return (
    <section class={s.card} aria-labelledby="check-in-card-title" data-testid="check-in-card">
      <h2 id="check-in-card-title" class={s.cardTitle}>
        {t('title')}
      </h2>
      <p>{t(WHY[reason])}</p>
      <a href="/check-in" class="btn btn-block">
        {t('begin')}
      </a>
      <button type="button" class="btn btn-secondary btn-block" onClick={() => void notNow(reason)}>
        {t('notNow')}
      </button>
    </section>
  );
}

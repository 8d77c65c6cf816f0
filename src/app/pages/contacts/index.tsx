import { useSignal } from '@preact/signals';
import { londonDate } from '#shared/london';
import { AlternativeNow } from '../../components/alternative/index';
import { NotLinked } from '../../components/not-linked/index';
import { LastUpdated } from '../../components/team/last-updated';
import { firstName } from '../../store/profile-fields';
import { useNow } from '../../components/use-now';
import { contactsNow, contactsSummary } from '../../sync/goals-contacts-views';
import { useAppState } from '../../state';
import { logContact, undoContact } from '../../sync/goals-contacts';
import { WeeksChart } from './chart';
import { t } from './words';
import s from './style.module.css';

/** Staying in touch: this week against the aim, a 12-week picture, and "I called Sam". */
export default function Contacts() {
  const state = useAppState();
  const { sync } = state;
  const now = useNow().value;
  const lastTap = sync.lastContactTap;
  const said = useSignal('');
  const busy = useSignal(false);
  const profile = state.profile.value;
  const link = sync.link.value;
  if (link === 'loading') return <p>{t('opening')}</p>;
  if (link !== 'linked' || !profile) {
    return <NotLinked title={t('title')} words={t('notLinked')} />;
  }
  const name = firstName(profile.caseworker.name);
  const renderNow = new Date(Math.max(now.getTime(), Date.now()));
  const summary = contactsSummary(profile, sync.outbox.value, renderNow);
  const events = contactsNow(profile.contacts?.events ?? [], sync.outbox.value);
  const undoable = lastTap.value !== null && events.some((e) => e.id === lastTap.value);

  async function tap() {
    busy.value = true;
    try {
      lastTap.value = await logContact(state, 'call');
      said.value = t('counted', { name });
    } finally {
      busy.value = false;
    }
  }

  async function undo() {
    const id = lastTap.value;
    if (!id) return;
    lastTap.value = null;
    await undoContact(state, id);
    said.value = t('takenBack');
  }

  return (
    <div class={s.page}>
      <h1>{t('title')}</h1>
      <p class={s.week} data-testid="week-words">
        {summary.words}
      </p>
      <p>{t('howCount', { name })}</p>
      <button
        type="button"
        class="btn btn-block btn-main"
        disabled={busy.value}
        onClick={() => void tap()}
      >
        {t('called', { name })}
      </button>
      <div role="status" class={s.said}>
        {said.value && <p>{said.value}</p>}
      </div>
      {undoable && (
        <button type="button" class="btn btn-secondary btn-block" onClick={() => void undo()}>
          {t('undo')}
        </button>
      )}
      <AlternativeNow now={renderNow} />
      <h2 class={s.chartTitle}>{t('chartTitle')}</h2>
      <WeeksChart series={summary.series} today={londonDate(renderNow)} />
      <LastUpdated />
    </div>
  );
}

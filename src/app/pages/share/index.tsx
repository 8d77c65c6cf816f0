import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { DeviceProfile } from '#shared/schemas/api';
import { isOpen, nextOpening } from '#shared/hours';
import { describeWhen } from '#shared/time-words';
import type { JournalEntry } from '#shared/schemas/journal';
import { agreedHours, firstName } from '../../store/profile-fields';
import { Unlinked } from '../../components/team/unlinked';
import { useNow } from '../../components/use-now';
import { useAppState } from '../../state';
import { getEntry } from '../../store/entries';
import { shareEntry } from '../../sync/actions';
import { EntryDetails } from '../journal/entry/details';
import { catalogue } from '#shared/i18n';
import messages from './share.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('share', messages);

/** When the caseworker can read a shared entry, in plain words. */
export function whenWords(profile: DeviceProfile, now: Date): string {
  const name = firstName(profile.caseworker.name);
  const hours = agreedHours(profile, now);
  if (isOpen(hours, now)) return t('working', { name });
  const opens = nextOpening(hours, now);
  return opens ? t('readFrom', { name, when: describeWhen(opens, now) }) : t('whenBack', { name });
}

function Ask({ entry, profile }: { entry: JournalEntry; profile: DeviceProfile }) {
  const state = useAppState();
  const { route } = useLocation();
  const now = useNow().value;
  const busy = useSignal(false);
  const name = firstName(profile.caseworker.name);
  const back = `/journal/entry/${entry.id}`;
  const again = state.sync.shares.value[entry.id] !== undefined;

  async function share() {
    busy.value = true;
    await shareEntry(state, entry);
    route(back);
  }

  return (
    <div class={s.page}>
      <a href={back} class={s.back}>
        <span aria-hidden="true">‹ </span>
        {t('back')}
      </a>
      <h1>{again ? t('askAgain', { name }) : t('ask', { name })}</h1>

      <h2 class={s.subhead}>{t('who')}</h2>
      <p>
        {t('whoWords', {
          caseworker: profile.caseworker.name,
          service: profile.service.name,
          name,
        })}
      </p>
      <p>{t('only')}</p>

      <h2 class={s.subhead}>{t('when')}</h2>
      <p class={s.when}>{whenWords(profile, now)}</p>
      {!state.online.value && <p>{t('offline')}</p>}
      <p>{t('notEmergencies')}</p>
      <p>{t('stopAnyTime')}</p>

      <h2 class={s.subhead}>{t('whatSee', { name })}</h2>
      <div class={s.preview}>
        <EntryDetails entry={entry} />
      </div>

      <div class={s.actions}>
        <button
          type="button"
          class="btn btn-block btn-main"
          disabled={busy.value}
          onClick={() => void share()}
        >
          {t('share', { name })}
        </button>
        <a href={back} class="btn btn-secondary btn-block">
          {t('notNow')}
        </a>
      </div>
    </div>
  );
}

/** `/journal/entry/:id/share`: says who will read the entry and when, before it is shared. */
export default function Share() {
  const { lock, sync, profile } = useAppState();
  const id = useRoute().params.id ?? '';
  const entry = useSignal<JournalEntry | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void getEntry(lock, id).then((found) => {
      if (live) entry.value = found;
    });
    return () => {
      live = false;
    };
  }, [lock, id]);

  if (sync.link.value === 'unlinked') return <Unlinked />;
  if (entry.value === undefined || sync.link.value === 'loading') return <p>{t('opening')}</p>;
  if (!entry.value) {
    return (
      <div>
        <h1>{t('notFound')}</h1>
        <a href="/journal">{t('journal')}</a>
      </div>
    );
  }
  if (sync.link.value !== 'linked' || !profile.value) {
    return (
      <div>
        <h1>{t('title')}</h1>
        <p>{t('linkFirst')}</p>
        <a href="/pair" class="btn btn-block">
          {t('link')}
        </a>
      </div>
    );
  }
  return <Ask entry={entry.value} profile={profile.value} />;
}

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
import s from './style.module.css';

/** When the caseworker can read a shared entry, in plain words. */
export function whenWords(profile: DeviceProfile, now: Date): string {
  const name = firstName(profile.caseworker.name);
  const hours = agreedHours(profile, now);
  if (isOpen(hours, now)) return `${name} is working now, so ${name} may read it soon.`;
  const opens = nextOpening(hours, now);
  return opens
    ? `${name} is not working now. ${name} can read it from ${describeWhen(opens, now)}.`
    : `${name} is not working now. ${name} can read it when they are back.`;
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
        <span aria-hidden="true">‹ </span>Back to this entry
      </a>
      <h1>{again ? `Share the new version with ${name}?` : `Share this entry with ${name}?`}</h1>

      <h2 class={s.subhead}>Who can read it</h2>
      <p>
        {profile.caseworker.name}, your caseworker at {profile.service.name}, will be able to read
        it. So can the person who leads {name}’s team.
      </p>
      <p>Only this entry is shared. The rest of your journal stays on this phone.</p>

      <h2 class={s.subhead}>When</h2>
      <p class={s.when}>{whenWords(profile, now)}</p>
      {!state.online.value && (
        <p>You have no internet right now. It will send when you are back online.</p>
      )}
      <p>
        This is not for emergencies. If you need help now, use Help now. In an emergency, call 999.
      </p>
      <p>You can stop sharing it at any time.</p>

      <h2 class={s.subhead}>What {name} will see</h2>
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
          Share with {name}
        </button>
        <a href={back} class="btn btn-secondary btn-block">
          Not now
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
  if (entry.value === undefined || sync.link.value === 'loading') return <p>Opening…</p>;
  if (!entry.value) {
    return (
      <div>
        <h1>We could not find that entry</h1>
        <a href="/journal">Back to my journal</a>
      </div>
    );
  }
  if (sync.link.value !== 'linked' || !profile.value) {
    return (
      <div>
        <h1>Share this entry</h1>
        <p>To share entries, first link this phone to your support team.</p>
        <a href="/pair" class="btn btn-block">
          Link my phone
        </a>
      </div>
    );
  }
  return <Ask entry={entry.value} profile={profile.value} />;
}

import { useSignal } from '@preact/signals';
import { useLocation } from 'preact-iso';
import { useEffect, useRef } from 'preact/hooks';
import { isOpen, nextOpening } from '#shared/hours';
import { describeWhen } from '#shared/time-words';
import { PhotoPicker, type ChosenPhoto } from '../../components/photo/picker';
import { useAppState } from '../../state';
import { dataUrlOf } from '../../store/base64';
import { LockedError } from '../../store/body';
import {
  HOPE_NOTE_MAX,
  listHopeItems,
  removeHopeItem,
  saveHopeItem,
  type HopeItem,
} from '../../store/hope';
import { agreedHours, firstName } from '../../store/profile-fields';
import { sendPhotoMessage } from '../../sync/actions';
import { useNow } from '../../components/use-now';
import { startFeelingWith } from '../journal/hand-over';
import { OutsideHours } from '../messages/outside-hours';
import { ErrorMessage } from '../../../ui/error-message';
import { HopeCard } from './item';
import { t } from './words';
import s from './style.module.css';

/**
 * The hope box: photos and a few words that remind the person why things matter (the
 * "reasons for living" of a safety plan). Kept only on this phone, sealed by the lock; a photo
 * leaves it only when the person sends it to their caseworker as a message.
 */
export default function Hope() {
  const state = useAppState();
  const items = useSignal<HopeItem[] | null>(null);
  const photo = useSignal<ChosenPhoto | null>(null);
  const note = useSignal('');
  const problem = useSignal<string | null>(null);
  const announcement = useSignal('');
  /** The item whose photo waits on the out-of-hours notice before it is sent. */
  const outsideFor = useSignal<string | null>(null);
  const sent = useSignal<ReadonlySet<string>>(new Set());
  const now = useNow().value;
  const { route } = useLocation();
  const noteBox = useRef<HTMLTextAreaElement>(null);
  const profile = state.profile.value;
  const linked = state.sync.link.value === 'linked' && profile !== null;
  const name = linked && profile ? firstName(profile.caseworker.name) : null;
  const noLock = state.lock.status.value === 'none';

  async function load() {
    try {
      items.value = await listHopeItems(state.lock);
    } catch (error) {
      if (!(error instanceof LockedError)) throw error;
      items.value = null;
    }
  }
  useEffect(() => void load(), [state.lock, state.lock.status.value]);

  async function keep(e: Event) {
    e.preventDefault();
    const words = note.value.trim();
    if (!photo.value && !words) {
      problem.value = t('addFirst');
      return;
    }
    problem.value = null;
    const chosen = photo.value;
    await saveHopeItem(state.lock, {
      id: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      note: words,
      photo: chosen ? { type: chosen.type, data: chosen.data } : null,
    });
    photo.value = null;
    note.value = '';
    announcement.value = t('kept');
    await load();
    noteBox.current?.focus();
  }

  /** Out of the caseworker's hours the person sees the same notice as for a message first. */
  function askToSend(item: HopeItem) {
    const at = new Date();
    if (profile && !isOpen(agreedHours(profile, at), at)) outsideFor.value = item.id;
    else void send(item);
  }

  async function send(item: HopeItem) {
    if (!item.photo) return;
    await sendPhotoMessage(state, item.photo, item.note, { fromBox: false });
    outsideFor.value = null;
    sent.value = new Set([...sent.value, item.id]);
  }

  async function toJournal(item: HopeItem) {
    route(item.note ? await startFeelingWith(state.lock, item.note) : '/journal/feeling');
  }

  function outsideNotice(item: HopeItem) {
    if (outsideFor.value !== item.id || !name || !profile || !item.photo) return null;
    const opens = nextOpening(agreedHours(profile, now), now);
    return (
      <OutsideHours
        name={name}
        words={item.note}
        photoUrl={dataUrlOf(item.photo.type, item.photo.data)}
        when={opens ? describeWhen(opens, now) : null}
        now={now}
        onSend={() => void send(item)}
        onCancel={() => (outsideFor.value = null)}
        onJournal={() => void toJournal(item)}
      />
    );
  }

  async function remove(item: HopeItem) {
    await removeHopeItem(state.lock, item.id);
    announcement.value = t('takenOut');
    await load();
  }

  const list = items.value;
  return (
    <div class={s.page}>
      <h1>{t('title')}</h1>
      <p class={s.lead}>{t('lead')}</p>
      <p class={s.private}>
        {t('private', {
          lock: noLock ? 'none' : 'set',
          linked: name ? 'yes' : 'no',
          name: name ?? '',
        })}
      </p>
      {noLock && (
        <p>
          <a href="/settings">{t('setPin')}</a>
        </p>
      )}

      <div class="visually-hidden" aria-live="polite" role="status">
        {announcement.value}
      </div>
      {list === null ? (
        <p>{t('opening')}</p>
      ) : list.length === 0 ? (
        <p class={s.empty}>{t('empty')}</p>
      ) : (
        <ul class={s.items} aria-label={t('inBox')}>
          {list.map((item) => (
            <HopeCard
              key={item.id}
              item={item}
              name={name}
              sent={sent.value.has(item.id)}
              outside={outsideNotice(item)}
              onSend={askToSend}
              onRemove={remove}
            />
          ))}
        </ul>
      )}

      <form class={s.add} onSubmit={(e) => void keep(e)} noValidate>
        <h2 class={s.addTitle}>{t('addTitle')}</h2>
        {problem.value && (
          <ErrorMessage id="hope-problem" alert>
            {problem.value}
          </ErrorMessage>
        )}
        <PhotoPicker
          id="hope-photo"
          label={t('choosePhoto')}
          alt={t('chosenAlt')}
          chosen={photo.value}
          onChosen={(chosen) => (photo.value = chosen)}
          onProblem={(words) => (problem.value = words)}
        />
        <label for="hope-note" class={s.label}>
          {t('noteLabel')}
        </label>
        <textarea
          ref={noteBox}
          id="hope-note"
          class={s.textarea}
          rows={3}
          maxLength={HOPE_NOTE_MAX}
          value={note.value}
          onInput={(e) => (note.value = e.currentTarget.value)}
          aria-describedby={problem.value ? 'hope-problem' : undefined}
        />
        <button type="submit" class="btn btn-block btn-main">
          {t('keep')}
        </button>
      </form>
    </div>
  );
}

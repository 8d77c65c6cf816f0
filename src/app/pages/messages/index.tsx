import { useSignal } from '@preact/signals';
import { useLocation } from 'preact-iso';
import { useEffect, useRef } from 'preact/hooks';
import type { DeviceProfile } from '#shared/schemas/api';
import type { Hours } from '#shared/schemas/hours';
import { isOpen, nextOpening } from '#shared/hours';
import { describeWhen } from '#shared/time-words';
import { ReadAloud } from '../../components/read-aloud';
import { availabilityWords } from '../../components/team/caseworker-card';
import { LastUpdated } from '../../components/team/last-updated';
import { agreedHours, awayNow, firstName } from '../../store/profile-fields';
import { Notifications } from '../../components/team/notifications';
import { Unlinked } from '../../components/team/unlinked';
import { useNow } from '../../components/use-now';
import { steppedBackWords, supportOf } from '../../sync/goals-contacts-views';
import { useAppState } from '../../state';
import { loadBoxDraft } from '../../store/drafts';
import { useBoxDraftSaver } from '../../store/use-draft';
import {
  markMessagesSeen,
  MESSAGE_DRAFT,
  removeSend,
  retrySend,
  sendMessage,
  sendPhotoMessage,
} from '../../sync/actions';
import { PhotoPicker, type ChosenPhoto } from '../../components/photo/picker';
import type { ThreadItem } from '../../state/sync';
import { startFeelingWith } from '../journal/hand-over';
import { AwayNotice } from '../../components/team/away-notice';
import { OutsideHours } from './outside-hours';
import { arrivalWords, messageStatus, replyStatus } from './words';
import s from './style.module.css';
import { ErrorMessage } from '../../../ui/error-message';

const MAX_LENGTH = 2000;

type BubbleProps = { item: ThreadItem; name: string; now: Date; hours?: Hours | undefined };

function Bubble({ item, name, now, hours }: BubbleProps) {
  const state = useAppState();
  const mine = item.from === 'person';
  const outside = !mine && hours !== undefined && !isOpen(hours, new Date(item.at));
  return (
    <li class={`${s.message} ${mine ? s.mine : s.theirs}`} data-from={item.from}>
      <p class={s.who}>
        {mine ? 'You' : (item.fromName ?? name)}
        <span class={s.when}>, {describeWhen(new Date(item.at), now)}</span>
      </p>
      {item.photo &&
        (item.photo.url ? (
          <img class={s.photo} src={item.photo.url} alt={mine ? 'Your photo' : 'A photo'} />
        ) : (
          <p class={s.body}>You sent a photo.</p>
        ))}
      {item.body && <p class={s.body}>{item.body}</p>}
      {outside && (
        <p class={s.status} data-testid="reply-status">
          {replyStatus(name)}
        </p>
      )}
      {mine && (
        <p class={s.status} data-testid="message-status">
          {messageStatus(item, name, now)}
        </p>
      )}
      {item.failed && (
        <div class={s.failed}>
          <button
            type="button"
            class="btn btn-secondary"
            onClick={() => void retrySend(state, item.id)}
          >
            Try again
          </button>
          <button
            type="button"
            class="btn btn-secondary"
            onClick={() => void removeSend(state, item.id)}
          >
            Remove it
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * The time for this render: at least the minute clock, and fresh whenever the thread changes
 * (a message released at 9am must not say "waiting" until the next minute tick).
 */
function useRenderTime(): Date {
  const minute = useNow().value;
  return new Date(Math.max(minute.getTime(), Date.now()));
}

function Thread({ profile: kept }: { profile: DeviceProfile }) {
  const state = useAppState();
  const { sync } = state;
  const now = useRenderTime();
  // While the caseworker is away the thread speaks of whoever covers: they read and reply.
  const cover = awayNow(kept, now)?.cover;
  const profile = cover ? { ...kept, caseworker: { ...kept.caseworker, name: cover } } : kept;
  const name = firstName(profile.caseworker.name);
  const step = useSignal<'write' | 'outside'>('write');
  const problem = useSignal<string | null>(null);
  const photo = useSignal<ChosenPhoto | null>(null);
  const announcement = useSignal('');
  const known = useRef<Set<string> | null>(null);
  const words = useRef<HTMLTextAreaElement>(null);
  const handing = useRef(false);
  const { route } = useLocation();
  const thread = sync.thread.value;

  // Announce the caseworker's new messages; mark them seen while this screen is open.
  useEffect(() => {
    if (!thread) return;
    const ids = new Set(thread.map((m) => m.id));
    if (known.current) {
      const seen = known.current;
      const arrived = thread.filter((m) => m.from === 'caseworker' && !seen.has(m.id));
      if (arrived.length > 0) announcement.value = arrivalWords(arrived, name);
    }
    known.current = ids;
    void markMessagesSeen(state);
  }, [thread]);

  // The words in the box are kept on the phone as they are typed, like the journal's.
  const saver = useBoxDraftSaver(state.lock, MESSAGE_DRAFT);
  useEffect(() => {
    let live = true;
    void loadBoxDraft(state.lock, MESSAGE_DRAFT)
      .then((kept) => {
        const words = kept?.texts.message;
        if (live && words && !sync.messageDraft.value) sync.messageDraft.value = words;
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [state.lock]);

  function type(words: string) {
    sync.messageDraft.value = words;
    saver.schedule({ texts: { message: words }, updatedAt: new Date().toISOString() });
  }

  async function send() {
    const later = step.value === 'outside';
    // No save of the box may land after the send removes it: the words would come back.
    await saver.cancel();
    const chosen = photo.value;
    if (chosen) {
      await sendPhotoMessage(
        state,
        { type: chosen.type, data: chosen.data },
        sync.messageDraft.value,
        { fromBox: true },
      );
      photo.value = null;
    } else {
      await sendMessage(state, sync.messageDraft.value);
    }
    step.value = 'write';
    const what = chosen ? 'Your photo' : 'Your message';
    announcement.value = later
      ? `${what} is in the list. It will wait for ${name}’s hours.`
      : `${what} is in the list.`;
    // The warning's buttons are gone: put focus back where the next message is written.
    requestAnimationFrame(() => words.current?.focus());
  }

  /**
   * "Write in my journal": the words go into a new journal entry, saved before the journal
   * opens. They stay in the message box too, until sent or deleted there.
   */
  async function toJournal() {
    if (handing.current) return;
    handing.current = true;
    try {
      await saver.flush();
      const typed = sync.messageDraft.value.trim();
      route(typed ? await startFeelingWith(state.lock, typed) : '/journal/feeling');
    } catch {
      step.value = 'write';
      problem.value = 'Sorry, that did not work. Your words are still here in the message box.';
    } finally {
      handing.current = false;
    }
  }

  function onSubmit(e: Event) {
    e.preventDefault();
    const words = sync.messageDraft.value.trim();
    if (!words && !photo.value) {
      problem.value = 'Please write your message or add a photo first.';
      return;
    }
    problem.value = null;
    const at = new Date();
    if (isOpen(agreedHours(profile, at), at)) void send();
    else step.value = 'outside';
  }

  const page = useRef<HTMLDivElement>(null);
  const opens = nextOpening(agreedHours(profile, now), now);
  return (
    <div class={s.page} ref={page}>
      <h1>Messages with {name}</h1>
      <ReadAloud target={page} />
      {supportOf(profile).status === 'stepped-back' && (
        <p class={s.steppedBack}>{steppedBackWords()}</p>
      )}
      <AwayNotice profile={kept} />
      <p class={s.lead}>
        {name} reads messages in working hours. {availabilityWords(profile, now)}
      </p>
      <p>This is not for emergencies. If you need help now, use Help now or call 999.</p>

      {thread === null ? (
        <p>Opening…</p>
      ) : thread.length === 0 ? (
        <p class={s.empty}>No messages yet. You can write the first one below.</p>
      ) : (
        <ol class={s.thread} aria-label={`Messages with ${name}`}>
          {thread.map((item) => (
            <Bubble key={item.id} item={item} name={name} now={now} hours={profile.hours} />
          ))}
        </ol>
      )}
      <div class="visually-hidden" aria-live="polite" role="status">
        {announcement.value}
      </div>

      {step.value === 'outside' ? (
        <OutsideHours
          name={name}
          words={sync.messageDraft.value}
          photoUrl={photo.value?.url ?? null}
          when={opens ? describeWhen(opens, now) : null}
          now={now}
          onSend={() => void send()}
          onCancel={() => (step.value = 'write')}
          onJournal={() => void toJournal()}
        />
      ) : (
        <form class={s.compose} onSubmit={onSubmit} noValidate>
          <div class={problem.value ? 'error-group' : undefined}>
            <label for="message-words" class={s.label}>
              Write a message to {name}
            </label>
            {problem.value && (
              <ErrorMessage id="message-problem" alert>
                {problem.value}
              </ErrorMessage>
            )}
            <textarea
              ref={words}
              id="message-words"
              class={s.textarea}
              rows={4}
              maxLength={MAX_LENGTH}
              value={sync.messageDraft.value}
              onInput={(e) => type(e.currentTarget.value)}
              aria-describedby={problem.value ? 'message-problem' : undefined}
              aria-invalid={problem.value ? true : undefined}
            />
          </div>
          <PhotoPicker
            id="message-photo"
            label="Add a photo"
            alt="The photo you are sending"
            chosen={photo.value}
            onChosen={(chosen) => (photo.value = chosen)}
            onProblem={(words) => (problem.value = words)}
          />
          <button type="submit" class="btn btn-block btn-main">
            {photo.value ? 'Send photo' : 'Send'}
          </button>
        </form>
      )}
      <LastUpdated />
      <Notifications />
    </div>
  );
}

/** The old thread on an unlinked phone: still there to read, nothing can be sent. */
function OldMessages({ profile }: { profile: DeviceProfile | null }) {
  const { sync } = useAppState();
  const now = useNow().value;
  const thread = sync.thread.value;
  if (!thread || thread.length === 0) return null;
  const name = profile ? firstName(profile.caseworker.name) : 'Your caseworker';
  return (
    <>
      <h2>Your old messages</h2>
      <ol class={s.thread} aria-label="Your old messages">
        {thread.map((item) => (
          <Bubble key={item.id} item={item} name={name} now={now} />
        ))}
      </ol>
    </>
  );
}

/** Messages: a simple thread with the caseworker, kept on the phone for offline reading. */
export default function Messages() {
  const { sync, profile } = useAppState();
  const link = sync.link.value;
  if (link === 'loading') return <p>Opening…</p>;
  if (link === 'unlinked') {
    return (
      <>
        <Unlinked />
        <OldMessages profile={profile.value} />
      </>
    );
  }
  if (link === 'none' || !profile.value) {
    return (
      <div>
        <h1>Messages</h1>
        <p>
          When your phone is linked to your support team, you can send messages to your caseworker
          here.
        </p>
        <a href="/pair" class="btn btn-block">
          Link my phone
        </a>
      </div>
    );
  }
  return <Thread profile={profile.value} />;
}

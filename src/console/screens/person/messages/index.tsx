import { useEffect, useRef, useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextArea } from '../../../components/field';
import { Inset } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { useConsole } from '../../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../../errors';
import { useLiveRefresh } from '../../../live/use-live';
import { useLoad } from '../../../use-load';
import { uuid } from '../guide-editor/model';
import { isHeld } from './held';
import { ReplyHoursNotice } from './reply-hours';
import { Thread } from './thread';
import { useMarkRead } from './use-mark-read';
import styles from './style.module.css';

const LIVE_TYPES = ['message'] as const;
const REPLY_ID = 'reply';

type Props = { person: PersonSummary; onRead: () => void };

/** The message thread with one person: read it, and reply. Their caseworker viewing it marks it read. */
export function Messages({ person, onRead }: Props) {
  const { api, session } = useConsole();
  const [messages, reload, replace] = useLoad(
    (signal) => api.call(endpoints.people.messages, { params: { personId: person.id } }, signal),
    [person.id],
  );
  useLiveRefresh(reload, person.id, LIVE_TYPES);
  const [body, setBody] = useState('');
  /** Made when a reply is started, so sending it again after a lost answer is no duplicate. */
  const [replyId, setReplyId] = useState(uuid);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const seen = useRef<Set<string> | null>(null);

  const list = messages.state === 'ready' ? messages.data : null;

  /** Unread when they arrived on screen: still marked "New" after being marked read. */
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const unreadNow = (list ?? []).filter((m) => m.from === 'person' && !m.readAt && !isHeld(m));
    if (unreadNow.some((m) => !fresh.has(m.id))) {
      setFresh(new Set([...fresh, ...unreadNow.map((m) => m.id)]));
    }
  }, [list]);

  // Say when something new arrives while the thread is open.
  useEffect(() => {
    if (!list) return;
    const fresh = list.filter((m) => m.from === 'person' && !seen.current?.has(m.id));
    if (seen.current && fresh.length > 0) {
      setAnnouncement(
        fresh.length === 1
          ? `New message from ${person.displayName}.`
          : `${fresh.length} new messages from ${person.displayName}.`,
      );
    }
    seen.current = new Set(list.map((m) => m.id));
  }, [list, person.displayName]);

  // Whoever covers while the caseworker is on leave reads them as the caseworker would.
  const myId = session.value?.caseworker.id;
  const isTheirs = myId === person.caseworkerId || myId === person.away?.cover?.caseworkerId;
  const { unread, markRead } = useMarkRead({
    api,
    personId: person.id,
    list,
    replace,
    onRead,
    auto: isTheirs,
  });

  async function send(event: Event) {
    event.preventDefault();
    setAnnouncement('');
    if (!body.trim()) {
      setErrors(localErrors([[REPLY_ID, 'Write a reply before sending it']]));
      return;
    }
    setBusy(true);
    try {
      const sent = await api.call(endpoints.people.reply, {
        params: { personId: person.id },
        body: { id: replyId, body },
      });
      if (list) replace([...list.filter((m) => m.id !== sent.id), sent]);
      setBody('');
      setReplyId(uuid());
      setErrors(NO_ERRORS);
      setAnnouncement(`Reply sent to ${person.displayName}.`);
    } catch (error) {
      setErrors(formErrors(error, (path) => (path === 'body' ? REPLY_ID : undefined)));
    } finally {
      setBusy(false);
    }
  }

  const me = session.value?.caseworker.id ?? '';
  return (
    <>
      <ErrorSummary errors={errors.summary} />
      <p class={styles.intro}>
        A message {person.displayName} sends outside the agreed hours is shown here, marked, but is
        not counted as new until the hours begin. Their phone tells them when it will be read.
      </p>
      <p class={styles.announce} role="status">
        {announcement}
      </p>
      {messages.state === 'loading' ? <Loading what="messages" /> : null}
      {messages.state === 'failed' ? (
        <LoadFailed failure={messages.failure} retry={reload} />
      ) : null}
      {list && list.length === 0 ? (
        <p>No messages yet. When {person.displayName} sends one, it appears here.</p>
      ) : null}
      {list && list.length > 0 ? (
        <Thread messages={list} person={person} me={me} fresh={fresh} />
      ) : null}
      {!isTheirs && unread > 0 ? (
        <Inset>
          <p>
            {person.displayName}’s caseworker is {person.caseworkerName}. Looking at the thread
            leaves the new messages unread for them.
          </p>
          <Button variant="secondary" onClick={() => void markRead()}>
            Mark as read
          </Button>
        </Inset>
      ) : null}
      {list ? (
        <form class={styles.reply} onSubmit={send} noValidate>
          <ReplyHoursNotice personId={person.id} personName={person.displayName} now={new Date()} />
          <TextArea
            id={REPLY_ID}
            label={`Reply to ${person.displayName}`}
            hint={
              person.linked
                ? 'It goes to their phone. The notification on their lock screen only says “You have a new message from your support team”.'
                : 'No phone is linked yet. They will see your reply once they link the app.'
            }
            value={body}
            onInput={setBody}
            error={errors.fields[REPLY_ID]}
            rows={4}
          />
          <Button type="submit" disabled={busy}>
            {busy ? 'Sending…' : 'Send reply'}
          </Button>
        </form>
      ) : null}
    </>
  );
}

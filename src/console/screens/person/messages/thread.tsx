import { endpoints, pathOf } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import type { Message } from '#shared/schemas/message';
import { Tag } from '../../../components/tag';
import { whenRecent } from '../../../format';
import { heldWords, isHeld } from './held';
import styles from './style.module.css';

type Props = {
  messages: Message[];
  person: PersonSummary;
  me: string;
  /** Messages that were unread when they appeared on this page. */
  fresh: ReadonlySet<string>;
};

function author(message: Message, person: PersonSummary, me: string): string {
  if (message.from === 'person') return person.displayName;
  if (message.caseworkerId === me) return 'You';
  if (message.caseworkerId === person.caseworkerId) return person.caseworkerName;
  return 'Someone in your team';
}

/** When it was sent and, for a message held outside agreed hours, when it arrived. */
function Times({ message, person }: { message: Message; person: PersonSummary }) {
  if (isHeld(message)) {
    return (
      <p class={styles.when} data-testid="held">
        Sent {whenRecent(message.sentAt)}. {heldWords(message, person.displayName)}
      </p>
    );
  }
  if (message.from === 'person' && message.heldUntil) {
    return (
      <p class={styles.when}>
        Sent {whenRecent(message.sentAt)}, outside the agreed hours. It arrived{' '}
        {whenRecent(message.heldUntil)}, when the agreed hours began.
      </p>
    );
  }
  return (
    <p class={styles.when}>
      Sent {whenRecent(message.sentAt)}
      {message.from === 'caseworker' && message.readAt ? '. Seen on their phone' : ''}
    </p>
  );
}

/** The conversation, oldest first, the newest at the bottom by the reply box. */
export function Thread({ messages, person, me, fresh }: Props) {
  return (
    <ol class={styles.thread} aria-label={`Messages with ${person.displayName}, oldest first`}>
      {messages.map((message) => (
        <li key={message.id} class={message.from === 'person' ? styles.theirs : styles.ours}>
          <p class={styles.author}>
            {author(message, person, me)}
            {fresh.has(message.id) ? (
              <>
                {' '}
                <Tag colour="new">New</Tag>
              </>
            ) : null}
            <span class="visually-hidden">:</span>
          </p>
          {message.photo && (
            <img
              class={styles.photo}
              src={pathOf(endpoints.people.messagePhoto, {
                personId: person.id,
                messageId: message.id,
              })}
              alt={`A photo ${person.displayName} sent`}
              loading="lazy"
            />
          )}
          {message.body && <p class={styles.body}>{message.body}</p>}
          <Times message={message} person={person} />
        </li>
      ))}
    </ol>
  );
}

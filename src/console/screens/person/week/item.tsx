import { nhsTime } from '#shared/time-words';
import type { WeekItem } from '#shared/schemas/notes';
import { Tag } from '../../../components/tag';
import { EntryBody } from '../journal/entry';
import { NoteBody } from '../notes';
import { LONELY_WORDS, scoreWords, urgentWords } from '../wellbeing/words';
import styles from './style.module.css';

const CONTACT_WORDS = {
  message: 'App message',
  call: 'Call',
  text: 'Text',
  visit: 'Visit',
  other: 'Other contact',
};
const SOURCE_WORDS = {
  app: 'counted from app messages',
  person: 'logged on their phone',
  caseworker: 'logged by the team',
};

const time = (instant: string) => nhsTime(new Date(instant));

/** One thing on the week's timeline: what it is, when, and what it says. */
export function WeekItemView({
  item,
  personName,
  me,
}: {
  item: WeekItem;
  personName: string;
  me: string | undefined;
}) {
  switch (item.kind) {
    case 'shared-entry':
      return (
        <li class={`${styles.item} ${styles.theirs}`} data-kind={item.kind}>
          <p class={styles.what}>
            <Tag colour="blue">Their journal</Tag>{' '}
            <span class={styles.when}>{time(item.entry.entry.createdAt)}</span>
          </p>
          <EntryBody entry={item.entry.entry} />
        </li>
      );
    case 'check-in': {
      const a = item.checkIn.answers;
      return (
        <li class={`${styles.item} ${styles.theirs}`} data-kind={item.kind}>
          <p class={styles.what}>
            <Tag colour="blue">Check-in</Tag>{' '}
            <span class={styles.when}>{time(item.checkIn.at)}</span>
          </p>
          <p>
            Satisfied {scoreWords(a.satisfied)}, worthwhile {scoreWords(a.worthwhile)}, happy{' '}
            {scoreWords(a.happy)}, anxious {scoreWords(a.anxious)} (out of 10). Lonely:{' '}
            {a.lonely ? LONELY_WORDS[a.lonely].toLowerCase() : 'skipped'}.
          </p>
        </li>
      );
    }
    case 'urgent-care':
      return (
        <li class={`${styles.item} ${styles.urgent}`} data-kind={item.kind}>
          <p class={styles.what}>
            <Tag colour="red">Urgent care</Tag>{' '}
            <span class={styles.when}>{time(item.report.at)}</span>
          </p>
          <p>{urgentWords(item.report)}.</p>
        </li>
      );
    case 'note':
      return (
        <li class={`${styles.item} ${styles.ours}`} data-kind={item.kind}>
          <p class={styles.what}>
            <Tag colour="grey">
              {item.note.caseworkerId === me
                ? 'Your note'
                : `Note by ${item.note.caseworkerName ?? 'a former colleague'}`}
            </Tag>
          </p>
          <NoteBody note={item.note} personName={personName} />
        </li>
      );
    case 'contact':
      return (
        <li class={`${styles.item} ${styles.ours}`} data-kind={item.kind}>
          <p class={styles.what}>
            <Tag colour="grey">{CONTACT_WORDS[item.contact.kind]}</Tag>{' '}
            <span class={styles.when}>
              {time(item.contact.at)}, {SOURCE_WORDS[item.contact.source]}
            </span>
          </p>
        </li>
      );
    case 'milestone':
      return (
        <li class={`${styles.item} ${styles.theirs}`} data-kind={item.kind}>
          <p class={styles.what}>
            <Tag colour="green">Milestone reached</Tag>{' '}
            <span class={styles.when}>{time(item.milestone.at)}</span>
          </p>
          <p>
            {item.milestone.title}{' '}
            <span class={styles.goal}>(goal: {item.milestone.goalTitle})</span>
          </p>
        </li>
      );
    case 'message': {
      const theirs = item.message.from === 'person';
      return (
        <li class={`${styles.item} ${theirs ? styles.theirs : styles.ours}`} data-kind={item.kind}>
          <p class={styles.what}>
            <Tag colour={theirs ? 'blue' : 'grey'}>
              {theirs ? `Message from ${personName}` : 'Message from the team'}
            </Tag>{' '}
            <span class={styles.when}>{time(item.message.sentAt)}</span>
          </p>
          {item.message.photo && <p class={styles.text}>A photo: see Messages.</p>}
          {item.message.body && <p class={styles.text}>{item.message.body}</p>}
        </li>
      );
    }
  }
}

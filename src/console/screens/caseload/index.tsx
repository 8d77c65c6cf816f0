import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import { LinkButton } from '../../components/button';
import { LoadFailed, Loading } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Cell, Table } from '../../components/table';
import { Tag } from '../../components/tag';
import { useConsole } from '../../context';
import { capitalise, count, whenRecent } from '../../format';
import { useLiveRefresh } from '../../live/use-live';
import { href } from '../../router';
import { useLoad } from '../../use-load';
import { awayLine } from '../leave/words';
import { arrangeCaseload } from './arrange';
import { CaseloadControls, useChoices } from './controls';
import styles from './style.module.css';

/** Words for a person's status: support steps back, the door stays open. */
export function statusWords(person: PersonSummary): string {
  return person.status === 'active' ? 'Active' : 'Stepped back';
}

/** A line that sums up what is new across the caseload (read out when it changes). */
function newsWords(people: PersonSummary[]): string {
  const entries = people.reduce((sum, p) => sum + p.unreadEntries, 0);
  const messages = people.reduce((sum, p) => sum + p.unreadMessages, 0);
  if (entries === 0 && messages === 0) return 'Nothing new to read.';
  const parts = [];
  if (messages > 0) parts.push(count(messages, 'new message', 'new messages'));
  if (entries > 0) parts.push(count(entries, 'new journal entry', 'new journal entries'));
  return `To read: ${parts.join(' and ')}.`;
}

/** What is waiting for the caseworker from one person, in words (never colour alone). */
function Unread({ person }: { person: PersonSummary }) {
  if (person.unreadEntries === 0 && person.unreadMessages === 0) {
    return <span class={styles.nothing}>Nothing new</span>;
  }
  return (
    <span class={styles.unread}>
      {person.unreadMessages > 0 ? (
        <a href={href({ name: 'person', personId: person.id, tab: 'messages' })}>
          <Tag colour="new">{count(person.unreadMessages, 'new message', 'new messages')}</Tag>
          <span class="visually-hidden"> from {person.displayName}</span>
        </a>
      ) : null}
      {person.unreadEntries > 0 ? (
        <a href={href({ name: 'person', personId: person.id, tab: 'journal' })}>
          <Tag colour="new">
            {count(person.unreadEntries, 'new journal entry', 'new journal entries')}
          </Tag>
          <span class="visually-hidden"> from {person.displayName}</span>
        </a>
      ) : null}
    </span>
  );
}

/** Everyone the caseworker supports (the lead sees the whole service); updates live. */
export function Caseload() {
  const { api, isLead, session } = useConsole();
  const [people, reload] = useLoad((signal) => api.call(endpoints.people.list, {}, signal), []);
  useLiveRefresh(reload);
  const myId = session.value?.caseworker.id ?? '';
  const [choices, change] = useChoices(myId);
  const lead = isLead.value;
  const title = lead ? 'Everyone we support' : 'My caseload';

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <LinkButton href={href({ name: 'add-person' })}>Add a person</LinkButton>
      {people.state === 'loading' ? <Loading what="the caseload" /> : null}
      {people.state === 'failed' ? <LoadFailed failure={people.failure} retry={reload} /> : null}
      {people.state === 'ready' && people.data.length === 0 ? (
        <p>No one is on this caseload yet. Add a person to get started.</p>
      ) : null}
      {people.state === 'ready' && people.data.length > 0 ? (
        <>
          <p class={styles.news} role="status">
            {newsWords(people.data)}
          </p>
          <CaseloadControls choices={choices} change={change} isLead={lead} />
          <PeopleTable
            people={arrangeCaseload(people.data, choices, myId)}
            total={people.data.length}
            lead={lead}
            myId={myId}
            none={
              choices.show === 'everyone'
                ? 'No one matches that name. Try fewer letters or another spelling.'
                : 'No one matches. Try another name, or choose “Everyone”.'
            }
          />
        </>
      ) : null}
    </>
  );
}

const peopleWords = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

/** On "My caseload" every person is the caseworker's own, so only the lead sees that column. */
function PeopleTable(props: {
  people: PersonSummary[];
  total: number;
  lead: boolean;
  myId: string;
  /** What to say when no one is left to show. */
  none: string;
}) {
  const { people, total, lead, myId, none } = props;
  const caption =
    people.length === total ? peopleWords(total) : `${peopleWords(people.length)} of ${total}`;
  // Read out as the search narrows: a screen reader user hears what the list now holds.
  const found = (
    <p class="visually-hidden" role="status">
      {people.length === total ? '' : `${caption} shown.`}
    </p>
  );
  if (people.length === 0) {
    return (
      <>
        {found}
        <p class={styles.none}>{none}</p>
      </>
    );
  }
  const headings = ['Name', 'New', 'Last contact', ...(lead ? ['Caseworker'] : []), 'Phone'];
  return (
    <>
      {found}
      <Table caption={caption} headings={[...headings, 'Support']}>
        {people.map((person) => (
          <tr key={person.id}>
            <Cell label="Name" header>
              <a href={href({ name: 'person', personId: person.id, tab: 'overview' })}>
                {person.displayName}
              </a>
              {person.away ? <p class={styles.away}>{awayLine(person.away, myId)}</p> : null}
            </Cell>
            <Cell label="New">
              <Unread person={person} />
            </Cell>
            <Cell label="Last contact">
              {person.lastContactAt ? capitalise(whenRecent(person.lastContactAt)) : 'None yet'}
            </Cell>
            {lead ? <Cell label="Caseworker">{person.caseworkerName}</Cell> : null}
            <Cell label="Phone">
              {person.linked ? (
                <Tag colour="green">Linked</Tag>
              ) : (
                <Tag colour="grey">Not linked</Tag>
              )}
            </Cell>
            <Cell label="Support">
              <Tag colour={person.status === 'active' ? 'blue' : 'grey'}>{statusWords(person)}</Tag>
            </Cell>
          </tr>
        ))}
      </Table>
    </>
  );
}

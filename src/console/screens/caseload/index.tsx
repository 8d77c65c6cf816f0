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
  const { api, isLead } = useConsole();
  const [people, reload] = useLoad((signal) => api.call(endpoints.people.list, {}, signal), []);
  useLiveRefresh(reload);
  const title = isLead.value ? 'Everyone we support' : 'My caseload';

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
          <Table
            caption={`${people.data.length} ${people.data.length === 1 ? 'person' : 'people'}`}
            headings={['Name', 'New', 'Last contact', 'Caseworker', 'Phone', 'Support']}
          >
            {[...people.data]
              // People whose support stepped back come after everyone still supported.
              .sort(
                (a, b) =>
                  Number(a.status !== 'active') - Number(b.status !== 'active') ||
                  a.displayName.localeCompare(b.displayName, 'en-GB'),
              )
              .map((person) => (
                <tr key={person.id}>
                  <Cell label="Name" header>
                    <a href={href({ name: 'person', personId: person.id, tab: 'overview' })}>
                      {person.displayName}
                    </a>
                  </Cell>
                  <Cell label="New">
                    <Unread person={person} />
                  </Cell>
                  <Cell label="Last contact">
                    {person.lastContactAt
                      ? capitalise(whenRecent(person.lastContactAt))
                      : 'None yet'}
                  </Cell>
                  <Cell label="Caseworker">{person.caseworkerName}</Cell>
                  <Cell label="Phone">
                    {person.linked ? (
                      <Tag colour="green">Linked</Tag>
                    ) : (
                      <Tag colour="grey">Not linked</Tag>
                    )}
                  </Cell>
                  <Cell label="Support">
                    <Tag colour={person.status === 'active' ? 'blue' : 'grey'}>
                      {statusWords(person)}
                    </Tag>
                  </Cell>
                </tr>
              ))}
          </Table>
        </>
      ) : null}
    </>
  );
}

import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { LeaveList } from '#shared/schemas/leave';
import { ApiFailure } from '../../api';
import { Button } from '../../components/button';
import { LoadFailed, Loading } from '../../components/load-failed';
import { Notice } from '../../components/layout';
import { PageHeading } from '../../components/page-heading';
import { Cell, Table } from '../../components/table';
import { Tag } from '../../components/tag';
import { useConsole } from '../../context';
import { useLoad } from '../../use-load';
import { LeaveForm } from './leave-form';
import { coverWords, leaveDays, STATE_WORDS } from './words';
import styles from './style.module.css';

/**
 * Leave and cover: record leave (London days) and who looks after whom meanwhile. A caseworker
 * records their own; the lead anyone's. Cover starts and ends with the dates.
 */
export function LeaveScreen() {
  const { api, session, isLead } = useConsole();
  const me = session.value?.caseworker;
  const [loaded, reload] = useLoad(async (signal) => {
    const [list, people] = await Promise.all([
      api.call(endpoints.leave.list, {}, signal),
      api.call(endpoints.people.list, {}, signal),
    ]);
    return { list, people };
  }, []);
  const [note, setNote] = useState('');

  async function takeOff(id: string) {
    try {
      await api.call(endpoints.leave.remove, { params: { leaveId: id } });
      setNote('Leave taken off. Any cover has ended.');
      reload();
    } catch (error) {
      setNote(error instanceof ApiFailure ? error.message : 'Something went wrong. Try again.');
    }
  }

  return (
    <>
      <PageHeading title="Leave and cover">Leave and cover</PageHeading>
      <p class={styles.intro}>
        Record leave so someone else looks after your people while you are away. They see them in
        their caseload and on Today, get their messages and can reply. Each person’s phone says who
        is looking after them. If nobody covers, new messages go to the lead’s team inbox.
      </p>
      {note ? <Notice>{note}</Notice> : null}
      {loaded.state === 'loading' ? <Loading what="leave" /> : null}
      {loaded.state === 'failed' ? <LoadFailed failure={loaded.failure} retry={reload} /> : null}
      {loaded.state === 'ready' && me ? (
        <>
          <LeaveTable
            list={loaded.data.list}
            mayChange={(caseworkerId) => isLead.value || caseworkerId === me.id}
            onTakeOff={(id) => void takeOff(id)}
          />
          <h2>Record leave</h2>
          <LeaveForm
            me={me}
            isLead={isLead.value}
            team={loaded.data.list.team}
            people={loaded.data.people}
            onSaved={(words) => {
              setNote(words);
              reload();
            }}
          />
        </>
      ) : null}
    </>
  );
}

function LeaveTable({
  list,
  mayChange,
  onTakeOff,
}: {
  list: LeaveList;
  mayChange: (caseworkerId: string) => boolean;
  onTakeOff: (id: string) => void;
}) {
  if (list.leave.length === 0) return <p>No leave recorded.</p>;
  return (
    <Table caption="Leave" headings={['Who', 'When', 'Who covers', 'Now', '']}>
      {list.leave.map((l) => (
        <tr key={l.id}>
          <Cell label="Who" header>
            {l.caseworkerName}
          </Cell>
          <Cell label="When">{leaveDays(l)}</Cell>
          <Cell label="Who covers">{coverWords(l)}</Cell>
          <Cell label="Now">
            <Tag colour={l.state === 'now' ? 'green' : 'grey'}>{STATE_WORDS[l.state]}</Tag>
          </Cell>
          <Cell label="Change">
            {mayChange(l.caseworkerId) && l.state !== 'ended' ? (
              <Button
                variant="secondary"
                onClick={() => onTakeOff(l.id)}
                hiddenSuffix={`${l.caseworkerName}, ${leaveDays(l)}`}
              >
                Take off
              </Button>
            ) : null}
          </Cell>
        </tr>
      ))}
    </Table>
  );
}

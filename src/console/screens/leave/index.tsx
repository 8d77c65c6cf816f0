import { useRef, useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { Leave, LeaveList } from '#shared/schemas/leave';
import { ApiFailure } from '../../api';
import { Button, ButtonGroup } from '../../components/button';
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
  const [editing, setEditing] = useState<Leave | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);

  async function takeOff(leave: Leave) {
    try {
      await api.call(endpoints.leave.remove, { params: { leaveId: leave.id } });
      setEditing(null);
      setNote(
        `Leave taken off for ${leave.caseworkerName}: ${leaveDays(leave)}. Any cover has ended.`,
      );
      reload();
    } catch (error) {
      setNote(error instanceof ApiFailure ? error.message : 'Something went wrong. Try again.');
    }
  }

  function change(leave: Leave) {
    setEditing(leave);
    setNote('');
    // The form is below the table: take the caseworker (and their screen reader) to it.
    requestAnimationFrame(() => formHeading.current?.focus());
  }

  return (
    <>
      <PageHeading title="Leave and cover">Leave and cover</PageHeading>
      <p class={styles.intro}>
        Record leave so someone else looks after your people while you are away. They see them in
        their caseload and on Today, get their messages and can reply. Each person’s phone says who
        is looking after them. If nobody covers, new messages go to the lead’s team inbox.
      </p>
      {note ? <Notice key={note}>{note}</Notice> : null}
      {loaded.state === 'loading' ? <Loading what="leave" /> : null}
      {loaded.state === 'failed' ? <LoadFailed failure={loaded.failure} retry={reload} /> : null}
      {loaded.state === 'ready' && me ? (
        <>
          <LeaveTable
            list={loaded.data.list}
            mayChange={(caseworkerId) => isLead.value || caseworkerId === me.id}
            onChange={change}
            onTakeOff={(leave) => void takeOff(leave)}
          />
          <h2 id="leave-form-heading" ref={formHeading} tabIndex={-1}>
            {editing ? `Change leave for ${editing.caseworkerName}` : 'Record leave'}
          </h2>
          <LeaveForm
            key={editing?.id ?? 'new'}
            me={me}
            isLead={isLead.value}
            list={loaded.data.list}
            people={loaded.data.people}
            editing={editing}
            onSaved={(words) => {
              setEditing(null);
              setNote(words);
              reload();
            }}
            onStop={() => setEditing(null)}
            onTakeOff={(leave) => void takeOff(leave)}
          />
        </>
      ) : null}
    </>
  );
}

function LeaveTable({
  list,
  mayChange,
  onChange,
  onTakeOff,
}: {
  list: LeaveList;
  mayChange: (caseworkerId: string) => boolean;
  onChange: (leave: Leave) => void;
  onTakeOff: (leave: Leave) => void;
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
              <ButtonGroup>
                <Button
                  variant="secondary"
                  onClick={() => onChange(l)}
                  hiddenSuffix={`${l.caseworkerName}, ${leaveDays(l)}`}
                >
                  Change
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => onTakeOff(l)}
                  hiddenSuffix={`${l.caseworkerName}, ${leaveDays(l)}`}
                >
                  Take off
                </Button>
              </ButtonGroup>
            ) : null}
          </Cell>
        </tr>
      ))}
    </Table>
  );
}

import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { londonDate } from '#shared/london';
import type { CaseworkerNote } from '#shared/schemas/notes';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { useConsole } from '../../../context';
import { useLoad } from '../../../use-load';
import { NoteForm } from './note-form';
import styles from './style.module.css';

/** Today's note, from the notes already there (so saving never wipes what you wrote earlier). */
function TodayNote({ personId, personName, idPrefix }: Props) {
  const { api, session } = useConsole();
  const [notes, reload] = useLoad(
    (signal) => api.call(endpoints.notes.list, { params: { personId } }, signal),
    [personId],
  );
  const [saved, setSaved] = useState<CaseworkerNote | undefined>();
  const day = londonDate(new Date());
  if (notes.state === 'loading') return <Loading what="your note" />;
  if (notes.state === 'failed') return <LoadFailed failure={notes.failure} retry={reload} />;
  const me = session.value?.caseworker.id;
  const mine = saved ?? notes.data.find((n) => n.day === day && n.caseworkerId === me);
  return (
    <NoteForm
      personId={personId}
      personName={personName}
      day={day}
      mine={mine}
      onSaved={setSaved}
      idPrefix={idPrefix}
      quick
    />
  );
}

type Props = { personId: string; personName: string; idPrefix: string };

/** A note for today, opened in place (a triage row): the notes load only when it is opened. */
export function QuickNote(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details
      class={styles.quick}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        Write today’s note<span class="visually-hidden"> about {props.personName}</span>
      </summary>
      {open ? <TodayNote {...props} /> : null}
    </details>
  );
}

import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { londonDate } from '#shared/london';
import type { PersonSummary } from '#shared/schemas/api';
import type { CaseworkerNote } from '#shared/schemas/notes';
import { nhsDate } from '#shared/time-words';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/field';
import { Card, Inset, Notice } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { useConsole } from '../../../context';
import { formErrors, NO_ERRORS } from '../../../errors';
import { whenRecent } from '../../../format';
import { useLoad } from '../../../use-load';
import { NoteForm } from './note-form';
import styles from './style.module.css';

/** One note as it reads in a list. */
export function NoteBody({ note, personName }: { note: CaseworkerNote; personName: string }) {
  return (
    <dl class={styles.parts}>
      {note.happened ? (
        <div>
          <dt>What happened</dt>
          <dd>{note.happened}</dd>
        </div>
      ) : null}
      {note.calls ? (
        <div>
          <dt>Calls</dt>
          <dd>{note.calls}</dd>
        </div>
      ) : null}
      {note.seemed ? (
        <div>
          <dt>How {personName} seemed</dt>
          <dd>{note.seemed}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/**
 * Your own short notes about the person, one a day: quick to write for today (or an earlier
 * day), with every note the team wrote about them below, newest first.
 */
export function Notes({ person }: { person: PersonSummary }) {
  const { api, session } = useConsole();
  const me = session.value?.caseworker.id;
  const [notes, reload, replace] = useLoad(
    (signal) => api.call(endpoints.notes.list, { params: { personId: person.id } }, signal),
    [person.id],
  );
  const today = londonDate(new Date());
  const [day, setDay] = useState(today);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [deleted, setDeleted] = useState<string | null>(null);
  const name = person.displayName;

  if (notes.state === 'loading') return <Loading what="your notes" />;
  if (notes.state === 'failed') return <LoadFailed failure={notes.failure} retry={reload} />;
  const list = notes.data;
  const mine = list.find((n) => n.day === day && n.caseworkerId === me);
  const validDay = /^\d{4}-\d{2}-\d{2}$/.test(day) && day <= today;

  function saved(note: CaseworkerNote) {
    const rest = list.filter((n) => !(n.day === note.day && n.caseworkerId === note.caseworkerId));
    replace([note, ...rest].sort((a, b) => b.day.localeCompare(a.day)));
  }

  async function remove(note: CaseworkerNote) {
    setDeleted(null);
    try {
      await api.call(endpoints.notes.remove, { params: { personId: person.id, day: note.day } });
      setErrors(NO_ERRORS);
      setDeleted(`Your note for ${nhsDate(note.day)} is deleted.`);
      replace(list.filter((n) => n !== note));
    } catch (error) {
      setErrors(formErrors(error));
    }
  }

  return (
    <>
      <Inset>
        <p>
          Notes are for the team only. {name} cannot see them in the app, but they can ask to see
          them, and the lead can download everything we keep about them. Each time someone reads
          these notes, the audit log records who and when.
        </p>
      </Inset>
      <div class={styles.columns}>
        <Card labelledBy="note-title">
          <h2 id="note-title">
            {day === today ? 'Your note for today' : `Your note for ${nhsDate(day)}`}
          </h2>
          <TextInput
            id="note-day"
            label="Day"
            type="date"
            width="short"
            value={day}
            onInput={setDay}
            error={validDay ? undefined : 'Choose today or an earlier day, like 2026-12-04'}
          />
          {validDay ? (
            <NoteForm
              key={day}
              personId={person.id}
              personName={name}
              day={day}
              mine={mine}
              onSaved={saved}
              idPrefix="note"
            />
          ) : null}
        </Card>
      </div>
      <section aria-labelledby="past-title">
        <h2 id="past-title">Notes about {name}</h2>
        <ErrorSummary errors={errors.summary} />
        {deleted ? (
          <Notice>
            <p>{deleted}</p>
          </Notice>
        ) : null}
        {list.length === 0 ? <p>No notes yet.</p> : null}
        <ol class={styles.list}>
          {list.map((note) => (
            <li key={`${note.day}-${note.caseworkerId}`} class={styles.note}>
              <h3 class={styles.day}>{nhsDate(note.day, true)}</h3>
              <p class={styles.by}>
                {note.caseworkerId === me ? 'You' : (note.caseworkerName ?? 'A former colleague')},{' '}
                saved {whenRecent(note.updatedAt)}
              </p>
              <NoteBody note={note} personName={name} />
              {note.caseworkerId === me ? (
                <Button
                  variant="link"
                  hiddenSuffix={`your note for ${nhsDate(note.day)}`}
                  onClick={() => void remove(note)}
                >
                  Delete
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { CaseworkerNote } from '#shared/schemas/notes';
import { nhsDate } from '#shared/time-words';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextArea } from '../../../components/field';
import { Notice } from '../../../components/layout';
import { useConsole } from '../../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../../errors';
import styles from './style.module.css';

type Props = {
  personId: string;
  personName: string;
  /** The London day the note is for. */
  day: string;
  /** Your note for that day, if you wrote one: the form starts from it. */
  mine: CaseworkerNote | undefined;
  onSaved: (note: CaseworkerNote) => void;
  /** Ids start with this, so two forms on one page never share an id. */
  idPrefix: string;
  /** The quick form (on Today) has a secondary button: the page has its own main action. */
  quick?: boolean;
};

/**
 * Your note for one day: what happened, calls, and how the person seemed. Saving again
 * replaces the note you wrote that day (a colleague's note stays theirs).
 */
export function NoteForm({ personId, personName, day, mine, onSaved, idPrefix, quick }: Props) {
  const { api } = useConsole();
  const [happened, setHappened] = useState(mine?.happened ?? '');
  const [calls, setCalls] = useState(mine?.calls ?? '');
  const [seemed, setSeemed] = useState(mine?.seemed ?? '');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const id = (name: string) => `${idPrefix}-${name}`;

  async function submit(event: Event) {
    event.preventDefault();
    setSaved(null);
    if (`${happened}${calls}${seemed}`.trim() === '') {
      return setErrors(localErrors([[id('happened'), 'Write something in at least one box']]));
    }
    setBusy(true);
    try {
      const note = await api.call(endpoints.notes.write, {
        params: { personId, day },
        body: { happened, calls, seemed },
      });
      setErrors(NO_ERRORS);
      setSaved(`Your note about ${personName} for ${nhsDate(day)} is saved.`);
      onSaved(note);
    } catch (error) {
      setErrors(formErrors(error, (path) => (path === 'day' ? undefined : id(path))));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class={styles.form} onSubmit={submit} noValidate>
      <ErrorSummary errors={errors.summary} />
      {saved ? (
        <Notice>
          <p>{saved}</p>
        </Notice>
      ) : null}
      <TextArea
        id={id('happened')}
        label="What happened"
        rows={quick ? 2 : 3}
        value={happened}
        onInput={setHappened}
        error={errors.fields[id('happened')]}
      />
      <TextArea
        id={id('calls')}
        label="Calls"
        hint="Who you called or who called, and what about."
        rows={2}
        value={calls}
        onInput={setCalls}
        error={errors.fields[id('calls')]}
      />
      <TextArea
        id={id('seemed')}
        label={`How ${personName} seemed`}
        rows={2}
        value={seemed}
        onInput={setSeemed}
        error={errors.fields[id('seemed')]}
      />
      <Button type="submit" variant={quick ? 'secondary' : 'primary'} disabled={busy}>
        {busy ? 'Saving…' : mine ? 'Save changes to your note' : 'Save your note'}
      </Button>
    </form>
  );
}

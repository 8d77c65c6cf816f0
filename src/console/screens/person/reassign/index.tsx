import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Select } from '../../../components/field';
import { Card, Notice } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { useConsole } from '../../../context';
import { formErrors, NO_ERRORS } from '../../../errors';
import { useLoad } from '../../../use-load';

type Props = { person: PersonSummary; onChange: (person: PersonSummary) => void };

/** The lead moves a person to another caseworker's caseload. */
export function Reassign({ person, onChange }: Props) {
  const { api } = useConsole();
  const [caseworkers, reload] = useLoad(
    (signal) => api.call(endpoints.caseworkers.list, {}, signal),
    [],
  );
  const [chosen, setChosen] = useState(person.caseworkerId);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setSaved(null);
    if (chosen === person.caseworkerId) {
      return setErrors({
        summary: [
          { message: `Choose someone other than ${person.caseworkerName}`, fieldId: 'reassign-to' },
        ],
        fields: { 'reassign-to': `Choose someone other than ${person.caseworkerName}` },
      });
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const updated = await api.call(endpoints.people.reassign, {
        params: { personId: person.id },
        body: { caseworkerId: chosen },
      });
      setSaved(`${person.displayName} is now supported by ${updated.caseworkerName}.`);
      onChange(updated);
    } catch (error) {
      setErrors(formErrors(error, (path) => (path === 'caseworkerId' ? 'reassign-to' : undefined)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card labelledBy="reassign-title">
      <h2 id="reassign-title">Change caseworker</h2>
      <ErrorSummary errors={errors.summary} />
      {saved ? (
        <Notice>
          <p>{saved}</p>
        </Notice>
      ) : null}
      {caseworkers.state === 'loading' ? <Loading what="caseworkers" /> : null}
      {caseworkers.state === 'failed' ? (
        <LoadFailed failure={caseworkers.failure} retry={reload} />
      ) : null}
      {caseworkers.state === 'ready' ? (
        <form onSubmit={submit} noValidate>
          <Select
            id="reassign-to"
            label="Caseworker"
            hint={`The new caseworker sees ${person.displayName}'s plan, hours and shared journal entries from now on. The app shows their name next time it updates.`}
            value={chosen}
            onChange={setChosen}
            error={errors.fields['reassign-to']}
            options={caseworkers.data
              .filter((c) => c.active || c.id === person.caseworkerId)
              .map((c) => ({ value: c.id, label: c.name }))}
          />
          <Button type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Change caseworker'}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}

import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { Select, TextInput } from '../../components/field';
import { Narrow } from '../../components/layout';
import { PageHeading } from '../../components/page-heading';
import { useConsole } from '../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../errors';
import { href } from '../../router';
import { useLoad } from '../../use-load';

const FIELD_IDS: Record<string, string> = {
  displayName: 'display-name',
  caseworkerId: 'caseworker',
};

/** Add someone to the caseload; the lead chooses whose caseload. */
export function AddPerson() {
  const { api, isLead, session, router } = useConsole();
  const lead = isLead.value;
  const me = session.value?.caseworker.id ?? '';
  const [name, setName] = useState('');
  const [caseworkerId, setCaseworkerId] = useState(me);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [caseworkers] = useLoad(
    (signal) => (lead ? api.call(endpoints.caseworkers.list, {}, signal) : Promise.resolve([])),
    [lead],
  );

  async function submit(event: Event) {
    event.preventDefault();
    if (!name.trim()) {
      return setErrors(
        localErrors([['display-name', 'Enter the name the person likes to be called']]),
      );
    }
    setBusy(true);
    try {
      const body = lead ? { displayName: name.trim(), caseworkerId } : { displayName: name.trim() };
      const person = await api.call(endpoints.people.create, { body });
      router.go({ name: 'person', personId: person.id, tab: 'overview' });
    } catch (error) {
      setErrors(formErrors(error, (path) => FIELD_IDS[path]));
      setBusy(false);
    }
  }

  const options =
    caseworkers.state === 'ready'
      ? caseworkers.data
          .filter((caseworker) => caseworker.active)
          .map((caseworker) => ({
            value: caseworker.id,
            label: caseworker.id === me ? `${caseworker.name} (you)` : caseworker.name,
          }))
      : [];

  return (
    <Narrow>
      <p>
        <a href={href({ name: 'caseload' })}>Back to the caseload</a>
      </p>
      <ErrorSummary errors={errors.summary} />
      <PageHeading title="Add a person">Add a person</PageHeading>
      <form onSubmit={submit} noValidate>
        <TextInput
          id="display-name"
          label="Name"
          hint="The name they like to be called. A first name is enough: it is what their phone will show."
          value={name}
          onInput={setName}
          error={errors.fields['display-name']}
          autoComplete="off"
          width="half"
        />
        {lead && options.length > 0 ? (
          <Select
            id="caseworker"
            label="Caseworker"
            hint="Who will support them. You can change this later."
            value={caseworkerId}
            onChange={setCaseworkerId}
            options={options}
            error={errors.fields.caseworker}
          />
        ) : null}
        <Button type="submit" disabled={busy}>
          {busy ? 'Adding…' : 'Add this person'}
        </Button>
      </form>
    </Narrow>
  );
}

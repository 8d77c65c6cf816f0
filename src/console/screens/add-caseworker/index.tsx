import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { CreateCaseworkerResponse } from '#shared/schemas/api';
import type { CaseworkerRole } from '#shared/schemas/caseworker';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/field';
import { Narrow, Notice, Warning } from '../../components/layout';
import { PageHeading } from '../../components/page-heading';
import { Radios } from '../../components/radios';
import { useConsole } from '../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../errors';
import { href } from '../../router';
import styles from './style.module.css';

const FIELD_IDS: Record<string, string> = { name: 'name', email: 'email', role: 'role-caseworker' };

/** The lead adds a caseworker and sees their one-time password, once. */
export function AddCaseworker() {
  const { api } = useConsole();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<CaseworkerRole>('caseworker');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreateCaseworkerResponse | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    const missing: [string, string][] = [];
    if (!name.trim()) missing.push(['name', 'Enter their name']);
    if (!email.trim()) missing.push(['email', 'Enter their work email address']);
    if (missing.length > 0) return setErrors(localErrors(missing));
    setBusy(true);
    try {
      const body = { name: name.trim(), email: email.trim(), role };
      setCreated(await api.call(endpoints.caseworkers.create, { body }));
      setErrors(NO_ERRORS);
    } catch (error) {
      setErrors(formErrors(error, (path) => FIELD_IDS[path]));
    } finally {
      setBusy(false);
    }
  }

  if (created) {
    return (
      <Narrow>
        <PageHeading title="Caseworker added">Caseworker added</PageHeading>
        <Notice>
          <p>
            {created.caseworker.name} can now sign in with {created.caseworker.email} and this
            one-time password:
          </p>
          <p class={styles.password} id="one-time-password">
            <span class="visually-hidden">One-time password: </span>
            {created.oneTimePassword}
          </p>
        </Notice>
        <Warning>
          <p>
            We show this password once only. Give it to {created.caseworker.name} in person or by
            phone, not by email. They choose their own password when they first sign in.
          </p>
        </Warning>
        <p>
          <a href={href({ name: 'caseworkers' })}>Back to caseworkers</a>
        </p>
      </Narrow>
    );
  }

  return (
    <Narrow>
      <p>
        <a href={href({ name: 'caseworkers' })}>Back to caseworkers</a>
      </p>
      <ErrorSummary errors={errors.summary} />
      <PageHeading title="Add a caseworker">Add a caseworker</PageHeading>
      <form onSubmit={submit} noValidate>
        <TextInput
          id="name"
          label="Name"
          hint="As people we support will see it, for example Sam Patel."
          value={name}
          onInput={setName}
          error={errors.fields.name}
          autoComplete="off"
          width="half"
        />
        <TextInput
          id="email"
          label="Work email address"
          hint="They sign in with this."
          type="email"
          spellcheck={false}
          value={email}
          onInput={setEmail}
          error={errors.fields.email}
          autoComplete="off"
        />
        <Radios
          name="role"
          legend="Role"
          value={role}
          onChange={(value) => setRole(value === 'lead' ? 'lead' : 'caseworker')}
          options={[
            { value: 'caseworker', label: 'Caseworker', hint: 'Sees the people given to them.' },
            {
              value: 'lead',
              label: 'HIU lead',
              hint: 'Sees everyone, manages caseworkers and reads the audit log.',
            },
          ]}
        />
        <Button type="submit" disabled={busy}>
          {busy ? 'Adding…' : 'Add caseworker'}
        </Button>
      </form>
    </Narrow>
  );
}

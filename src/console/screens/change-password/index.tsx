import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/field';
import { Inset, Narrow } from '../../components/layout';
import { PageHeading } from '../../components/page-heading';
import { useConsole } from '../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../errors';
import { useStrengthHint } from './strength';
import styles from './style.module.css';

const MIN_LENGTH = 12;

const FIELD_IDS: Record<string, string> = {
  currentPassword: 'current-password',
  newPassword: 'new-password',
};

/** Shown straight after signing in with a one-time password: choose your own before going on. */
export function ChangePassword() {
  const { api, session } = useConsole();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const me = session.value;
  const strength = useStrengthHint(next, {
    email: me?.caseworker.email,
    name: me?.caseworker.name,
    serviceName: me?.service.name,
  });
  const longEnough = next.length >= MIN_LENGTH;

  async function submit(event: Event) {
    event.preventDefault();
    const found: [string, string][] = [];
    if (!current)
      found.push(['current-password', 'Enter the one-time password you signed in with']);
    if (next.length < MIN_LENGTH) {
      found.push(['new-password', `Your new password needs at least ${MIN_LENGTH} characters`]);
    } else if (next === current) {
      found.push([
        'new-password',
        'Choose a password that is different from the one-time password',
      ]);
    } else if (strength.judged && strength.problem) {
      found.push(['new-password', strength.problem]);
    }
    if (next.length >= MIN_LENGTH && again !== next) {
      found.push(['new-password-again', 'The two new passwords are not the same']);
    }
    if (found.length > 0) return setErrors(localErrors(found));
    setBusy(true);
    try {
      await api.call(endpoints.auth.changePassword, {
        body: { currentPassword: current, newPassword: next },
      });
      session.value = await api.call(endpoints.auth.me, {});
    } catch (error) {
      setErrors(formErrors(error, (path) => FIELD_IDS[path]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Narrow>
      <ErrorSummary errors={errors.summary} />
      <PageHeading title="Choose a new password">Choose your own password</PageHeading>
      <Inset>
        <p>
          You signed in with a one-time password. Choose a password that only you know before you
          carry on.
        </p>
      </Inset>
      <form onSubmit={submit} noValidate>
        <TextInput
          id="current-password"
          label="One-time password"
          type="password"
          autoComplete="current-password"
          value={current}
          onInput={setCurrent}
          error={errors.fields['current-password']}
          width="half"
        />
        <TextInput
          id="new-password"
          label="New password"
          hint={`At least ${MIN_LENGTH} characters. Three or four random words work well.`}
          type="password"
          autoComplete="new-password"
          value={next}
          onInput={setNext}
          error={errors.fields['new-password']}
          width="half"
        />
        <p id="new-password-strength" class={styles.strength} role="status">
          {longEnough && strength.judged
            ? (strength.problem ?? 'This looks hard to guess. Good choice.')
            : null}
        </p>
        <TextInput
          id="new-password-again"
          label="Type the new password again"
          type="password"
          autoComplete="new-password"
          value={again}
          onInput={setAgain}
          error={errors.fields['new-password-again']}
          width="half"
        />
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save my new password'}
        </Button>
      </form>
    </Narrow>
  );
}

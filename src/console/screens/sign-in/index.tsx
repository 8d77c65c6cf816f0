import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/field';
import { Inset, Narrow } from '../../components/layout';
import { PageHeading } from '../../components/page-heading';
import { useConsole } from '../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../errors';

/** Email and password. Keeps the URL, so you land where you were after signing in. */
export function SignIn() {
  const { api, session, signInNote } = useConsole();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const missing: [string, string][] = [];
    if (!email.trim()) missing.push(['email', 'Enter your email address']);
    if (!password) missing.push(['password', 'Enter your password']);
    if (missing.length > 0) return setErrors(localErrors(missing));
    setBusy(true);
    try {
      const found = await api.callAnonymous(endpoints.auth.login, {
        body: { email: email.trim(), password },
      });
      signInNote.value = null;
      session.value = found;
    } catch (error) {
      setErrors(
        formErrors(error, (path) => (path === 'email' || path === 'password' ? path : undefined)),
      );
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Narrow>
      <ErrorSummary errors={errors.summary} />
      <PageHeading title="Sign in">Sign in to the caseworker console</PageHeading>
      {signInNote.value ? (
        <Inset>
          <p role="status">{signInNote.value}</p>
        </Inset>
      ) : null}
      <form onSubmit={submit} noValidate>
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellcheck={false}
          value={email}
          onInput={setEmail}
          error={errors.fields.email}
        />
        <TextInput
          id="password"
          label="Password"
          hint="If this is your first time, use the one-time password your lead gave you."
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={setPassword}
          error={errors.fields.password}
          width="half"
        />
        <Button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      <p>Forgotten your password? Ask your HIU lead to reset it for you.</p>
    </Narrow>
  );
}

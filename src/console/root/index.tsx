import { useEffect } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { Button } from '../components/button';
import { MainNav } from '../components/main-nav';
import { Shell } from '../components/shell';
import { useConsole } from '../context';
import { LiveStatusLine } from '../live/status-line';
import { Screen } from '../routes';
import { ChangePassword } from '../screens/change-password';
import { SignIn } from '../screens/sign-in';
import styles from './style.module.css';

/** Asks whether we are signed in, then shows sign-in, the forced password change, or a screen. */
export function Root() {
  const { session, api, router, isLead, signInNote, live, attention } = useConsole();

  useEffect(() => {
    api
      .callAnonymous(endpoints.auth.session, {})
      .then((found) => {
        session.value = found.session;
      })
      .catch(() => {
        session.value = null;
      });
  }, [api, session]);

  const current = session.value;
  const liveWanted = Boolean(current && !current.mustChangePassword);
  const caseworkerId = current?.caseworker.id;
  // Live updates run while someone is signed in, and stop the moment they are not.
  useEffect(() => {
    if (!liveWanted) return;
    live.start();
    return () => {
      live.stop();
      attention.reset();
    };
  }, [live, attention, liveWanted, caseworkerId]);

  if (current === undefined) {
    return (
      <Shell>
        <p role="status">Loading the console…</p>
      </Shell>
    );
  }
  if (current === null) {
    return (
      <Shell>
        <SignIn />
      </Shell>
    );
  }

  async function signOut() {
    await api.call(endpoints.auth.logout, {}).catch(() => undefined);
    signInNote.value = 'You have signed out.';
    session.value = null;
    router.go({ name: 'caseload' });
  }

  const signOutButton = (
    <span class={styles.signOut}>
      <Button variant="secondary" onClick={signOut}>
        Sign out
      </Button>
    </span>
  );

  if (current.mustChangePassword) {
    return (
      <Shell serviceName={current.service.name} account={signOutButton}>
        <ChangePassword />
      </Shell>
    );
  }

  return (
    <Shell
      serviceName={current.service.name}
      nav={<MainNav route={router.route.value} isLead={isLead.value} />}
      account={
        <>
          <span>
            Signed in as <strong>{current.caseworker.name}</strong>
            {isLead.value ? ' (lead)' : ''}
          </span>
          {signOutButton}
        </>
      }
    >
      <LiveStatusLine />
      <Screen route={router.route.value} />
    </Shell>
  );
}

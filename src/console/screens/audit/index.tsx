import { endpoints } from '#shared/endpoints';
import { LoadFailed, Loading } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Cell, Table } from '../../components/table';
import { useConsole } from '../../context';
import { whenShort } from '../../format';
import { href } from '../../router';
import { useLoad } from '../../use-load';

/** Plain words for the audit codes we know; others are shown as they are. */
const ACTIONS: Record<string, string> = {
  'auth.login': 'Signed in',
  'auth.login-failed': 'Sign-in failed (wrong password)',
  'auth.logout': 'Signed out',
  'auth.password-change': 'Changed their password',
  'auth.password-reset': 'Password reset',
  'caseworker.create': 'Added a caseworker',
  'people.list': 'Opened the caseload',
  'person.create': 'Added a person',
  'person.read': 'Opened a person’s page',
  'person.reassign': 'Changed caseworker',
  'pairing-code.issue': 'Made a pairing code',
  'device.pair': 'Phone linked',
  'device.revoke': 'Revoked a phone',
  'plan.read': 'Read the crisis plan',
  'plan.update': 'Saved the crisis plan',
  'hours.read': 'Read the agreed hours',
  'hours.update': 'Saved the agreed hours',
  'guide.read': 'Read the guide',
  'guide.update': 'Saved the guide',
  'journal.read': 'Read a shared journal entry',
  'shared-entries.list': 'Opened the shared journal entries',
  'shared-entry.read': 'Read a shared journal entry',
  'shared-entry.share': 'Shared a journal entry',
  'shared-entry.withdraw': 'Took back a shared journal entry',
  'messages.list': 'Opened the messages',
  'messages.held-seen': 'Saw a message sent outside the agreed hours',
  'messages.photo-seen': 'Saw a photo the person sent',
  'messages.mark-read': 'Read their messages',
  'message.reply': 'Sent a message',
  'message.send': 'Sent a message',
  'working-hours.update': 'Changed their own working hours',
  'photo.update': 'Changed their photo',
  'goals.list': 'Opened the goals',
  'goal.create': 'Set a goal',
  'goal.update': 'Changed a goal',
  'goal.encourage': 'Added a note of encouragement',
  'milestone.tick': 'Ticked or unticked a goal step',
  'contacts.read': 'Opened the contact record',
  'contact-targets.update': 'Changed the contact target',
  'contact.log': 'Logged a contact',
  'contact.delete': 'Removed a logged contact',
  'wellbeing.read': 'Read the wellbeing check-ins',
  'check-in.send': 'Sent a wellbeing check-in',
  'urgent-care.send': 'Sent urgent care use',
  'urgent-care.withdraw': 'Took back urgent care use',
  'person.step-back': 'Stepped support back',
  'person.restart': 'Started support again',
  'outcomes.export': 'Downloaded the outcomes CSV',
  'calendar.update': 'Changed the service calendar',
  'triage.list': 'Opened Today',
  'triage.done': 'Marked something done in Today',
  'notes.read': 'Read the team’s notes',
  'notes.write': 'Wrote a note',
  'notes.delete': 'Deleted a note',
  'week.read': 'Looked at a week side by side',
  'record.export': 'Downloaded the whole record',
  'consent.read': 'Opened the consent record',
  'consent.record': 'Recorded consent',
  'consent.withdraw': 'Withdrew consent in the app',
  'hospital.read': 'Opened the hospital use',
  'hospital.service-ref': 'Changed the service reference',
  'hospital.month': 'Entered or corrected hospital use',
  'hospital.import': 'Imported hospital use from a trust file',
  'hospital.people-export': 'Downloaded the one-row-per-person CSV',
};

/** What the person's phone does, rather than a member of staff. */
const PHONE_ACTIONS = new Set([
  'shared-entry.share',
  'shared-entry.withdraw',
  'message.send',
  'milestone.tick',
  'contact.log',
  'check-in.send',
  'urgent-care.send',
  'urgent-care.withdraw',
  'consent.withdraw',
]);

/** Who did something when no member of staff did: the phone, or the server itself. */
function actorless(action: string): string {
  return action.startsWith('device.') || PHONE_ACTIONS.has(action) ? 'Their phone' : 'The system';
}

/** The lead's record of who read or changed what, newest first. */
export function Audit() {
  const { api } = useConsole();
  const [data, reload] = useLoad(async (signal) => {
    const [entries, people] = await Promise.all([
      api.call(endpoints.service.audit, {}, signal),
      api.call(endpoints.people.list, {}, signal),
    ]);
    return { entries, names: new Map(people.map((p) => [p.id, p.displayName])) };
  }, []);
  return (
    <>
      <PageHeading title="Audit log">Audit log</PageHeading>
      <p>Every time someone reads or changes a person’s details, it is written here.</p>
      {data.state === 'loading' ? <Loading what="the audit log" /> : null}
      {data.state === 'failed' ? <LoadFailed failure={data.failure} retry={reload} /> : null}
      {data.state === 'ready' && data.data.entries.length === 0 ? <p>Nothing yet.</p> : null}
      {data.state === 'ready' && data.data.entries.length > 0 ? (
        <Table
          caption={`The latest ${data.data.entries.length} entries`}
          captionHidden
          headings={['When', 'Who', 'What', 'About']}
        >
          {data.data.entries.map((entry) => {
            const name = entry.personId ? data.data.names.get(entry.personId) : undefined;
            return (
              <tr key={entry.id}>
                <Cell label="When">{whenShort(entry.at)}</Cell>
                <Cell label="Who">{entry.actorName ?? actorless(entry.action)}</Cell>
                <Cell label="What">
                  {ACTIONS[entry.action] ?? entry.action}
                  {entry.detail ? `: ${entry.detail}` : ''}
                </Cell>
                <Cell label="About">
                  {entry.personId && name ? (
                    <a href={href({ name: 'person', personId: entry.personId, tab: 'overview' })}>
                      {name}
                    </a>
                  ) : (
                    '—'
                  )}
                </Cell>
              </tr>
            );
          })}
        </Table>
      ) : null}
    </>
  );
}

import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import type { SharedJournalEntry } from '#shared/schemas/journal';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Inset } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { Tag } from '../../../components/tag';
import { useConsole } from '../../../context';
import { formErrors, NO_ERRORS } from '../../../errors';
import { focusById } from '../../../focus';
import { whenLong, whenRecent } from '../../../format';
import { useLiveRefresh } from '../../../live/use-live';
import { useLoad } from '../../../use-load';
import { EntryBody } from './entry';
import { EntryReply } from './reply';
import styles from './style.module.css';

const LIVE_TYPES = ['shared-entry', 'shared-entry-withdrawn'] as const;

/** `onRead` is told how many entries are still unread, so the tab's count can change at once. */
type Props = { person: PersonSummary; onRead: (unread: number) => void };

/** The journal entries a person chose to share, newest first; each can be marked read. */
export function Journal({ person, onRead }: Props) {
  const { api } = useConsole();
  const [entries, reload, replace] = useLoad(
    (signal) =>
      api.call(endpoints.people.sharedEntries, { params: { personId: person.id } }, signal),
    [person.id],
  );
  useLiveRefresh(reload, person.id, LIVE_TYPES);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState<string | null>(null);

  async function markRead(shared: SharedJournalEntry) {
    setErrors(NO_ERRORS);
    setBusy(shared.id);
    try {
      const read = await api.call(endpoints.people.readSharedEntry, {
        params: { personId: person.id, entryId: shared.id },
      });
      if (entries.state === 'ready') {
        const list = entries.data.map((e) => (e.id === read.id ? read : e));
        replace(list);
        onRead(list.filter((e) => !e.readAt).length);
      }
      // The button has gone: keep the keyboard where it was, on this entry's status.
      requestAnimationFrame(() => focusById(`entry-${shared.id}-status`));
    } catch (error) {
      setErrors(formErrors(error));
    } finally {
      setBusy(null);
    }
  }

  const name = person.displayName;
  return (
    <>
      <ErrorSummary errors={errors.summary} />
      <Inset>
        <p>
          {name} chose to share these entries from their journal. They can take one back at any
          time: it then disappears from here.
        </p>
        <p>
          When you mark an entry as read, the audit log records that you read it and when, and{' '}
          {name}’s phone shows that it has been read.
        </p>
      </Inset>
      {entries.state === 'loading' ? <Loading what="shared entries" /> : null}
      {entries.state === 'failed' ? <LoadFailed failure={entries.failure} retry={reload} /> : null}
      {entries.state === 'ready' && entries.data.length === 0 ? (
        <p>{name} has not shared any journal entries with you.</p>
      ) : null}
      {entries.state === 'ready' && entries.data.length > 0 ? (
        <ol class={styles.entries} aria-label={`Entries shared by ${name}, newest first`}>
          {entries.data.map((shared) => (
            <li key={shared.id}>
              <article class={styles.entry} aria-labelledby={`entry-${shared.id}-title`}>
                <header class={styles.header}>
                  <h2 class={styles.title} id={`entry-${shared.id}-title`}>
                    {shared.entry.kind === 'feeling' ? 'How they were feeling' : 'Everyday note'}
                    <span class={styles.written}>Written {whenLong(shared.entry.createdAt)}</span>
                  </h2>
                  <p class={styles.status} id={`entry-${shared.id}-status`}>
                    {shared.readAt ? (
                      <>
                        <Tag colour="grey">Read</Tag> {whenRecent(shared.readAt)}
                      </>
                    ) : (
                      <Tag colour="new">New</Tag>
                    )}
                  </p>
                </header>
                <EntryBody entry={shared.entry} />
                <footer class={styles.footer}>
                  <span class={styles.shared}>Shared {whenRecent(shared.sharedAt)}</span>
                  <EntryReply personId={person.id} personName={name} shared={shared} />
                  {shared.readAt ? null : (
                    <Button
                      variant="secondary"
                      onClick={() => markRead(shared)}
                      disabled={busy === shared.id}
                      hiddenSuffix={`(entry written ${whenLong(shared.entry.createdAt)})`}
                    >
                      Mark as read
                    </Button>
                  )}
                </footer>
              </article>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}

import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { ContactLogEntry } from '#shared/schemas/contact';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { Cell, Table } from '../../../components/table';
import { useConsole } from '../../../context';
import { formErrors, NO_ERRORS } from '../../../errors';
import { whenShort } from '../../../format';
import { useLiveRefresh } from '../../../live/use-live';
import { useLoad } from '../../../use-load';
import styles from './style.module.css';
import { KIND_WORDS, OUTCOME_WORDS, sourceWords } from './words';

const LIVE_TYPES = ['contact', 'message'] as const;

type Props = {
  personId: string;
  personName: string;
  /** Changes when a contact is logged here, so the first page shows it. */
  stamp: number;
  onDeleted: (id: string) => void;
};

/**
 * Every contact, newest first, 20 a page (the server pages), with the caseworker's outcome and
 * note; a caseworker's own can be taken back.
 */
export function ContactLog({ personId, personName, stamp, onDeleted }: Props) {
  const { api } = useConsole();
  const [page, setPage] = useState(1);
  const [shownStamp, setShownStamp] = useState(stamp);
  if (shownStamp !== stamp) {
    // Something new was logged: it is on the first page.
    setShownStamp(stamp);
    setPage(1);
  }
  const [log, reload] = useLoad(
    (signal) =>
      api.call(endpoints.contacts.page, { params: { personId }, query: { page } }, signal),
    [personId, page, stamp],
  );
  useLiveRefresh(reload, personId, LIVE_TYPES);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [deleted, setDeleted] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function remove(event: ContactLogEntry) {
    setBusy(event.id);
    setDeleted(null);
    try {
      await api.call(endpoints.contacts.remove, { params: { personId, contactId: event.id } });
      setErrors(NO_ERRORS);
      setDeleted(
        `The ${KIND_WORDS[event.kind].toLowerCase()} on ${whenShort(event.at)} is deleted.`,
      );
      onDeleted(event.id);
      reload();
    } catch (error) {
      setErrors(formErrors(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">Contact log</h2>
      <ErrorSummary errors={errors.summary} />
      {deleted ? (
        <Notice>
          <p>{deleted}</p>
        </Notice>
      ) : null}
      {log.state === 'loading' ? <Loading what="the contact log" /> : null}
      {log.state === 'failed' ? <LoadFailed failure={log.failure} retry={reload} /> : null}
      {log.state === 'ready' && log.data.total === 0 ? <p>No contacts yet.</p> : null}
      {log.state === 'ready' && log.data.total > 0 ? (
        <>
          <Table
            caption={`Contacts, page ${log.data.page} of ${log.data.pages}`}
            captionHidden
            headings={['When', 'Kind', 'Logged by', 'How it went', 'Change']}
          >
            {log.data.entries.map((event) => (
              <tr key={event.id}>
                <Cell label="When" header>
                  {whenShort(event.at)}
                </Cell>
                <Cell label="Kind">{KIND_WORDS[event.kind]}</Cell>
                <Cell label="Logged by">{sourceWords(event.source, personName)}</Cell>
                <Cell label="How it went">
                  {event.outcome ? <strong>{OUTCOME_WORDS[event.outcome]}</strong> : null}
                  {event.note ? <p class={styles.note}>{event.note}</p> : null}
                  {!event.outcome && !event.note ? <span class={styles.muted}>—</span> : null}
                </Cell>
                <Cell label="Change">
                  {event.source === 'caseworker' ? (
                    <Button
                      variant="link"
                      disabled={busy === event.id}
                      hiddenSuffix={`the ${KIND_WORDS[event.kind].toLowerCase()} on ${whenShort(event.at)}`}
                      onClick={() => remove(event)}
                    >
                      Delete
                    </Button>
                  ) : (
                    <span class={styles.muted}>—</span>
                  )}
                </Cell>
              </tr>
            ))}
          </Table>
          <Pagination page={log.data.page} pages={log.data.pages} onPage={setPage} />
        </>
      ) : null}
    </section>
  );
}

/** The NHS pagination pattern: "Previous" and "Next", with where you are between them. */
function Pagination({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  if (pages <= 1) return null;
  return (
    <nav class={styles.pagination} aria-label="Contact log pages">
      {page > 1 ? (
        <Button variant="link" hiddenSuffix="page of contacts" onClick={() => onPage(page - 1)}>
          Previous
        </Button>
      ) : (
        <span />
      )}
      <p class={styles.pageOf} aria-live="polite">
        Page {page} of {pages}
      </p>
      {page < pages ? (
        <Button variant="link" hiddenSuffix="page of contacts" onClick={() => onPage(page + 1)}>
          Next
        </Button>
      ) : (
        <span />
      )}
    </nav>
  );
}

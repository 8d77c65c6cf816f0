import { endpoints, pathOf } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import { Card } from '../../../components/layout';
import styles from './style.module.css';

/**
 * The lead's download of everything the service keeps about one person (notes included), for a
 * subject access request. Plain links: the browser saves the file, and each download is audited.
 */
export function DownloadRecord({ person }: { person: PersonSummary }) {
  const params = { personId: person.id };
  return (
    <Card labelledBy="record-title">
      <h2 id="record-title">Download record</h2>
      <p>
        If {person.displayName} asks to see what we keep about them (a subject access request),
        download their whole record: messages, what they shared, goals, contacts, the crisis plan
        and the team’s notes. Each download is recorded in the audit log.
      </p>
      <ul class={styles.links}>
        <li>
          <a href={pathOf(endpoints.notes.recordText, params)} download>
            Download as plain text<span class="visually-hidden"> for {person.displayName}</span>
          </a>{' '}
          (to read or print)
        </li>
        <li>
          <a href={pathOf(endpoints.notes.record, params)} download>
            Download as JSON<span class="visually-hidden"> for {person.displayName}</span>
          </a>{' '}
          (for another system)
        </li>
      </ul>
    </Card>
  );
}

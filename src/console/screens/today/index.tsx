import { signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { DEFAULT_QUIET_DAYS, QUIET_DAYS_CHOICES, type TriageItem } from '#shared/schemas/triage';
import { Button } from '../../components/button';
import { Select } from '../../components/field';
import { LoadFailed, Loading } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Tag } from '../../components/tag';
import { useConsole } from '../../context';
import { capitalise } from '../../format';
import { useLiveRefresh } from '../../live/use-live';
import { href } from '../../router';
import { useLoad } from '../../use-load';
import { QuickNote } from '../person/notes/quick-note';
import { awayLine, inTeamInbox } from '../leave/words';
import { summaryWords, tabFor, whenWords, whyWords } from './words';
import { ErrorMessage } from '../../../ui/error-message';
import styles from './style.module.css';

/** How long is "a while" without hearing from someone: kept while the console is open. */
const quietDays = signal<number>(DEFAULT_QUIET_DAYS);

type RowProps = { item: TriageItem; myId: string; onDone: (item: TriageItem) => Promise<void> };

function Row({ item, myId, onDone }: RowProps) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const when = whenWords(item);
  const urgent = item.kind === 'urgent-care';
  return (
    <li class={urgent ? `${styles.row} ${styles.urgent}` : styles.row} data-kind={item.kind}>
      <div class={styles.what}>
        <h2 class={styles.name}>
          <a href={href({ name: 'person', personId: item.personId, tab: tabFor(item) })}>
            {item.personName}
          </a>
        </h2>
        {urgent ? <Tag colour="red">Urgent care</Tag> : null}
        <p class={styles.why}>{whyWords(item)}</p>
        {item.away ? <p class={styles.away}>{awayLine(item.away, myId)}</p> : null}
        {when ? <p class={styles.when}>{capitalise(when)}</p> : null}
        <QuickNote
          personId={item.personId}
          personName={item.personName}
          idPrefix={`quick-${item.key.replace(/[^a-z0-9-]/gi, '-')}`}
        />
        {failed ? (
          <ErrorMessage standalone>That did not save. Please try again.</ErrorMessage>
        ) : null}
      </div>
      <Button
        variant="secondary"
        disabled={busy}
        hiddenSuffix={`for ${item.personName}: ${whyWords(item)}`}
        onClick={() => {
          setBusy(true);
          setFailed(false);
          onDone(item)
            .catch(() => setFailed(true))
            .finally(() => setBusy(false));
        }}
      >
        Mark done
      </Button>
    </li>
  );
}

/**
 * The start of the day: what needs this caseworker (the whole team for the lead), each row
 * saying why it is there and opening the person at the tab where they can act.
 */
export function Today() {
  const { api, isLead, session } = useConsole();
  const myId = session.value?.caseworker.id ?? '';
  const days = quietDays.value;
  const [triage, reload] = useLoad(
    (signal) => api.call(endpoints.triage.list, { query: { quietDays: days } }, signal),
    [days],
  );
  useLiveRefresh(reload);
  const [announce, setAnnounce] = useState('');
  const lead = isLead.value;

  async function done(item: TriageItem) {
    await api.call(endpoints.triage.done, { body: { key: item.key, personId: item.personId } });
    setAnnounce(`Marked done: ${item.personName}.`);
    reload();
  }

  return (
    <>
      <PageHeading title="Today">Today</PageHeading>
      <p class={styles.lead}>
        {lead
          ? 'What needs the team, across everyone we support.'
          : 'What needs you, across your caseload.'}{' '}
        Urgent care people told us about comes first.
      </p>
      <div class={styles.choice}>
        <Select
          id="quiet-days"
          label="Show people not heard from in"
          value={String(days)}
          onChange={(value) => (quietDays.value = Number(value))}
          options={QUIET_DAYS_CHOICES.map((n) => ({
            value: String(n),
            label: n === 7 ? '1 week' : `${n / 7} weeks`,
          }))}
        />
      </div>
      <p class="visually-hidden" role="status">
        {announce}
      </p>
      {triage.state === 'loading' ? <Loading what="what needs you" /> : null}
      {triage.state === 'failed' ? <LoadFailed failure={triage.failure} retry={reload} /> : null}
      {triage.state === 'ready' ? (
        <>
          <p class={styles.summary}>
            {summaryWords(triage.data.items.length, triage.data.done, lead)}
          </p>
          {lead ? (
            <TeamInbox items={triage.data.items.filter(inTeamInbox)} myId={myId} onDone={done} />
          ) : null}
          <ul class={styles.list}>
            {triage.data.items
              .filter((item) => !lead || !inTeamInbox(item))
              .map((item) => (
                <Row key={item.key} item={item} myId={myId} onDone={done} />
              ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/**
 * The lead's team inbox: messages and shared entries for people whose caseworker is away with
 * nobody covering, so nothing waits unseen until they are back.
 */
function TeamInbox({
  items,
  myId,
  onDone,
}: {
  items: TriageItem[];
  myId: string;
  onDone: (item: TriageItem) => Promise<void>;
}) {
  return (
    <section class={styles.inbox} aria-labelledby="team-inbox">
      <h2 id="team-inbox">Team inbox</h2>
      {items.length === 0 ? (
        <p>Nothing is waiting for someone on leave.</p>
      ) : (
        <>
          <p>Waiting for someone on leave with nobody covering.</p>
          <ul class={styles.list}>
            {items.map((item) => (
              <Row key={item.key} item={item} myId={myId} onDone={onDone} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

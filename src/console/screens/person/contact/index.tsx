import { useState } from 'preact/hooks';
import { caseworkerWeekWords, weeklySeries, weekTally } from '#shared/contacts';
import { endpoints } from '#shared/endpoints';
import { londonDate, londonTime, londonToInstant } from '#shared/london';
import type { PersonSummary } from '#shared/schemas/api';
import type { ContactEvent, ContactKind, ContactSource } from '#shared/schemas/contact';
import { weekOf } from '#shared/weeks';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/field';
import { Card, Notice } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { Radios } from '../../../components/radios';
import { Cell, Table } from '../../../components/table';
import { useConsole } from '../../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../../errors';
import { count, whenShort } from '../../../format';
import { useLiveRefresh } from '../../../live/use-live';
import { useLoad } from '../../../use-load';
import { uuid } from '../guide-editor/model';
import { Alternatives, SupportUsedList } from './alternatives';
import { ContactChart } from './chart';
import { TargetPlan } from './plan';
import styles from './style.module.css';

// A held message counts once it is delivered; its release is a 'message' event.
const LIVE_TYPES = ['contact', 'message'] as const;

const KIND_WORDS: Record<ContactKind, string> = {
  message: 'App message',
  call: 'Call',
  visit: 'Visit',
  text: 'Text',
  other: 'Other',
};

type LoggedKind = Exclude<ContactKind, 'message'>;
const LOGGED_KINDS: LoggedKind[] = ['call', 'visit', 'text', 'other'];

function sourceWords(source: ContactSource, personName: string): string {
  if (source === 'app') return 'Counted from app messages';
  if (source === 'person') return `${personName}, on their phone`;
  return 'Caseworker, in the console';
}

type Props = { person: PersonSummary };

/**
 * Contact with the person: the weekly target and its step-down plan, this week's count against
 * it, twelve weeks as a chart (the same counting rule as their phone), and calls or visits
 * logged by hand. Contacts from the phone arrive live.
 */
export function Contact({ person }: Props) {
  const { api } = useConsole();
  const [view, reload, replace] = useLoad(
    (signal) => api.call(endpoints.contacts.view, { params: { personId: person.id } }, signal),
    [person.id],
  );
  useLiveRefresh(reload, person.id, LIVE_TYPES);

  if (view.state === 'loading') return <Loading what="contacts" />;
  if (view.state === 'failed') return <LoadFailed failure={view.failure} retry={reload} />;

  const now = new Date();
  const thisWeek = weekOf(now).key;
  const data = view.data;
  // The same rule as the phone's "so far this week" (held messages and clock changes included).
  const tally = weekTally(data.events, data.targets, now);
  const series = weeklySeries(data.events, data.targets, now);

  return (
    <>
      <p class={styles.intro}>
        Contacts count app messages (messages within 30 minutes of each other are one contact),
        calls {person.displayName} logs on their phone, and calls or visits you log here. A week
        runs Monday to Sunday, London time. The weekly number is an upper limit you agree and step
        down together: going over it is never a failure.
      </p>
      <section class={styles.summary} aria-labelledby="week-title">
        <h2 id="week-title">This week</h2>
        <p class={styles.big} role="status">
          {caseworkerWeekWords(tally.count, tally.target)}
        </p>
        <ContactChart series={series} personName={person.displayName} />
      </section>
      <div class={styles.columns}>
        <TargetPlan
          personId={person.id}
          personName={person.displayName}
          view={data}
          thisWeek={thisWeek}
          onChange={replace}
        />
        <LogContact
          personId={person.id}
          onLogged={(event) => replace({ ...data, events: [...data.events, event] })}
        />
        <Alternatives
          personId={person.id}
          personName={person.displayName}
          view={data}
          onChange={replace}
        />
      </div>
      <SupportUsedList used={data.supportUsed} personName={person.displayName} />
      <ContactList
        personId={person.id}
        personName={person.displayName}
        events={data.events}
        onDeleted={(id) => replace({ ...data, events: data.events.filter((e) => e.id !== id) })}
      />
    </>
  );
}

/** Logs a call, visit, text or other contact, at a date and time (now unless changed). */
function LogContact({
  personId,
  onLogged,
}: {
  personId: string;
  onLogged: (event: ContactEvent) => void;
}) {
  const { api } = useConsole();
  const [kind, setKind] = useState<LoggedKind>('call');
  const [date, setDate] = useState(() => londonDate(new Date()));
  const [time, setTime] = useState(() => londonTime(new Date()));
  const [id, setId] = useState(uuid);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [logged, setLogged] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setLogged(null);
    const found: [string, string][] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.push(['log-date', 'Enter the date']);
    if (!/^\d{2}:\d{2}$/.test(time)) found.push(['log-time', 'Enter the time, like 14:30']);
    if (found.length > 0) return setErrors(localErrors(found));
    const at = londonToInstant(date, time);
    if (at.getTime() > Date.now() + 5 * 60_000) {
      return setErrors(
        localErrors([['log-time', 'This time has not come yet. Choose a time that has passed.']]),
      );
    }
    setBusy(true);
    try {
      const saved = await api.call(endpoints.contacts.log, {
        params: { personId },
        body: { id, at: at.toISOString(), kind },
      });
      setErrors(NO_ERRORS);
      setLogged(`The ${KIND_WORDS[saved.kind].toLowerCase()} on ${whenShort(saved.at)} is logged.`);
      onLogged(saved);
      setId(uuid());
      setDate(londonDate(new Date()));
      setTime(londonTime(new Date()));
    } catch (error) {
      setErrors(
        formErrors(error, (path) =>
          path === 'at' ? 'log-time' : path === 'kind' ? 'log-kind-call' : undefined,
        ),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card labelledBy="log-title">
      <h2 id="log-title">Log a contact</h2>
      <ErrorSummary errors={errors.summary} />
      {logged ? (
        <Notice>
          <p>{logged}</p>
        </Notice>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Radios
          name="log-kind"
          legend="What kind of contact"
          value={kind}
          onChange={(value) => setKind(LOGGED_KINDS.find((k) => k === value) ?? 'call')}
          options={LOGGED_KINDS.map((k) => ({ value: k, label: KIND_WORDS[k] }))}
          inline
        />
        <div class={styles.row}>
          <TextInput
            id="log-date"
            label="Date"
            type="date"
            width="short"
            value={date}
            onInput={setDate}
            error={errors.fields['log-date']}
          />
          <TextInput
            id="log-time"
            label="Time"
            type="time"
            width="short"
            value={time}
            onInput={setTime}
            error={errors.fields['log-time']}
          />
        </div>
        <Button type="submit" disabled={busy}>
          {busy ? 'Logging…' : 'Log this contact'}
        </Button>
      </form>
    </Card>
  );
}

type ListProps = {
  personId: string;
  personName: string;
  events: ContactEvent[];
  onDeleted: (id: string) => void;
};

/** Every contact in the last 12 weeks, newest first; a caseworker's own can be taken back. */
function ContactList({ personId, personName, events, onDeleted }: ListProps) {
  const { api } = useConsole();
  const [errors, setErrors] = useState(NO_ERRORS);
  const [deleted, setDeleted] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at));

  async function remove(event: ContactEvent) {
    setBusy(event.id);
    setDeleted(null);
    try {
      await api.call(endpoints.contacts.remove, { params: { personId, contactId: event.id } });
      setErrors(NO_ERRORS);
      setDeleted(
        `The ${KIND_WORDS[event.kind].toLowerCase()} on ${whenShort(event.at)} is deleted.`,
      );
      onDeleted(event.id);
    } catch (error) {
      setErrors(formErrors(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">Contacts in the last 12 weeks</h2>
      <ErrorSummary errors={errors.summary} />
      {deleted ? (
        <Notice>
          <p>{deleted}</p>
        </Notice>
      ) : null}
      {sorted.length === 0 ? (
        <p>No contacts yet.</p>
      ) : (
        <Table
          caption={count(sorted.length, 'contact', 'contacts')}
          captionHidden
          headings={['When', 'Kind', 'Logged by', 'Change']}
        >
          {sorted.map((event) => (
            <tr key={event.id}>
              <Cell label="When" header>
                {whenShort(event.at)}
              </Cell>
              <Cell label="Kind">{KIND_WORDS[event.kind]}</Cell>
              <Cell label="Logged by">{sourceWords(event.source, personName)}</Cell>
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
      )}
    </section>
  );
}

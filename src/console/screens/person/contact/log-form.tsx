import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { londonDate, londonTime, londonToInstant } from '#shared/london';
import {
  CONTACT_NOTE_MAX,
  type ContactEvent,
  type ContactKind,
  type ContactOutcome,
} from '#shared/schemas/contact';
import { Button } from '../../../components/button';
import { DateInput } from '../../../components/date-input';
import { dateParts, parseDateParts, type DateParts } from '../../../components/date-input/parse';
import { ErrorSummary } from '../../../components/error-summary';
import { TextArea, TextInput } from '../../../components/field';
import { Card, Notice } from '../../../components/layout';
import { Radios } from '../../../components/radios';
import { useConsole } from '../../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../../errors';
import { whenShort } from '../../../format';
import { uuid } from '../guide-editor/model';
import styles from './style.module.css';
import { KIND_WORDS, OUTCOME_WORDS, OUTCOMES } from './words';

type LoggedKind = Exclude<ContactKind, 'message'>;
const LOGGED_KINDS: LoggedKind[] = ['call', 'visit', 'text', 'other'];

const today = () => dateParts(londonDate(new Date()));

/**
 * Logs a call, visit, text or other contact, at a date and time (now unless changed), with how
 * it went and a short note for the team. The note and outcome never reach the phone.
 */
export function LogContact({
  personId,
  onLogged,
}: {
  personId: string;
  onLogged: (event: ContactEvent) => void;
}) {
  const { api } = useConsole();
  const [kind, setKind] = useState<LoggedKind>('call');
  const [outcome, setOutcome] = useState<ContactOutcome | ''>('');
  const [note, setNote] = useState('');
  const [date, setDate] = useState<DateParts>(today);
  const [datePart, setDatePart] = useState<keyof DateParts | undefined>(undefined);
  const [time, setTime] = useState(() => londonTime(new Date()));
  const [id, setId] = useState(uuid);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [logged, setLogged] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setLogged(null);
    const found: [string, string][] = [];
    const parsed = parseDateParts(date, 'the date of the contact');
    setDatePart(parsed.ok ? undefined : parsed.part);
    if (!parsed.ok) found.push([`log-date-${parsed.part}`, parsed.message]);
    if (!/^\d{1,2}:\d{2}$/.test(time.trim()))
      found.push(['log-time', 'Enter the time, like 14:30']);
    if (note.trim().length > CONTACT_NOTE_MAX) {
      found.push(['log-note', `Keep the note to ${CONTACT_NOTE_MAX} characters or fewer`]);
    }
    if (found.length > 0 || !parsed.ok) return setErrors(localErrors(found));
    const at = londonToInstant(parsed.date, time.trim().padStart(5, '0'));
    if (at.getTime() > Date.now() + 5 * 60_000) {
      if (parsed.date > londonDate(new Date())) {
        setDatePart('day');
        return setErrors(
          localErrors([['log-date-day', 'The date of the contact must be today or in the past']]),
        );
      }
      return setErrors(
        localErrors([['log-time', 'This time has not come yet. Choose a time that has passed.']]),
      );
    }
    setBusy(true);
    try {
      const saved = await api.call(endpoints.contacts.log, {
        params: { personId },
        body: {
          id,
          at: at.toISOString(),
          kind,
          ...(outcome ? { outcome } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      });
      setErrors(NO_ERRORS);
      setLogged(`The ${KIND_WORDS[saved.kind].toLowerCase()} on ${whenShort(saved.at)} is logged.`);
      onLogged(saved);
      setId(uuid());
      setDate(today());
      setTime(londonTime(new Date()));
      setOutcome('');
      setNote('');
    } catch (error) {
      setErrors(
        formErrors(error, (path) =>
          path === 'at'
            ? 'log-time'
            : path === 'kind'
              ? 'log-kind-call'
              : path === 'note'
                ? 'log-note'
                : undefined,
        ),
      );
    } finally {
      setBusy(false);
    }
  }

  const dateError = Object.entries(errors.fields).find(([key]) => key.startsWith('log-date-'));
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
        <DateInput
          id="log-date"
          legend="Date of the contact"
          hint="For example, 2 12 2026"
          value={date}
          onInput={setDate}
          error={dateError?.[1]}
          errorPart={datePart}
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
        <Radios
          name="log-outcome"
          legend="How did it go? (optional)"
          value={outcome}
          onChange={(value) => setOutcome(OUTCOMES.find((o) => o === value) ?? '')}
          options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_WORDS[o] }))}
        />
        <TextArea
          id="log-note"
          label="Note for the team (optional)"
          hint={`Up to ${CONTACT_NOTE_MAX} characters. Only staff see this: it is not shown on their phone.`}
          rows={3}
          value={note}
          onInput={setNote}
          error={errors.fields['log-note']}
        />
        <p class={styles.muted}>
          {note.trim().length > CONTACT_NOTE_MAX
            ? `You have ${note.trim().length - CONTACT_NOTE_MAX} characters too many`
            : `You have ${CONTACT_NOTE_MAX - note.trim().length} characters left`}
        </p>
        <Button type="submit" disabled={busy}>
          {busy ? 'Logging…' : 'Log this contact'}
        </Button>
      </form>
    </Card>
  );
}

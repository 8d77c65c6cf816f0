import { useState } from 'preact/hooks';
import { CONSENT_HOW, CONSENT_TOPIC_STAFF, sharedWithWords } from '#shared/consent-words';
import { endpoints } from '#shared/endpoints';
import { londonDate } from '#shared/london';
import type { PersonSummary } from '#shared/schemas/api';
import {
  CONSENT_TOPICS,
  type ConsentRecord,
  type ConsentState,
  type ConsentTopic,
} from '#shared/schemas/consent';
import { nhsDate } from '#shared/time-words';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextArea } from '../../../components/field';
import { Card, Notice } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { Radios } from '../../../components/radios';
import { Tag } from '../../../components/tag';
import { useConsole } from '../../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../../errors';
import { useLoad } from '../../../use-load';
import { DateInput } from '../../../components/date-input';
import { dateParts, parsePastDate, type DateParts } from '../../../components/date-input/parse';
import styles from './style.module.css';

/** "Given in person on Monday 2 November 2026, recorded by Casey" and the like. */
function lineWords(r: ConsentRecord): string {
  const what = r.action === 'given' ? 'Given' : 'Withdrawn';
  const by = r.recordedBy ? `recorded by ${r.recordedBy.name ?? 'a former colleague'}` : 'by them';
  return `${what} ${CONSENT_HOW[r.how]} on ${nhsDate(r.day, true)}, ${by}`;
}

function StateLine({ state }: { state: ConsentState }) {
  const r = state.latest;
  return (
    <li>
      <strong>{CONSENT_TOPIC_STAFF[state.topic]}</strong>{' '}
      {state.status === 'given' ? <Tag colour="green">Agreed</Tag> : null}
      {state.status === 'withdrawn' ? <Tag colour="red">Withdrawn</Tag> : null}
      {state.status === 'not-recorded' ? <Tag colour="grey">Not recorded</Tag> : null}
      {r ? <div>{lineWords(r)}</div> : null}
      {r && r.topic === 'share-plan' && r.action === 'given' ? (
        <div>With: {sharedWithWords(r)}</div>
      ) : null}
    </li>
  );
}

/**
 * What the person agreed to, and when, how and who recorded it; every withdrawal too. Lines are
 * only added, so the history below is the whole story. Staff record consent given in person or
 * by phone; the person withdraws app-related consent themselves in the app.
 */
export function Consent({ person }: { person: PersonSummary }) {
  const { api } = useConsole();
  const [view, reload, replace] = useLoad(
    (signal) => api.call(endpoints.consent.list, { params: { personId: person.id } }, signal),
    [person.id],
  );
  const today = londonDate(new Date());
  const [topic, setTopic] = useState<ConsentTopic>('support');
  const [action, setAction] = useState<'given' | 'withdrawn'>('given');
  const [how, setHow] = useState<'in-person' | 'phone'>('in-person');
  const [dayParts, setDayParts] = useState(() => dateParts(today));
  const [names, setNames] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);

  if (view.state === 'loading') return <Loading what="the consent record" />;
  if (view.state === 'failed') return <LoadFailed failure={view.failure} retry={reload} />;
  const dateError = Object.entries(errors.fields).find(([key]) => key.startsWith('consent-date-'));
  const name = person.displayName;

  async function save(event: Event) {
    event.preventDefault();
    setSaved(null);
    const sharedWith = names
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    const found: [string, string][] = [];
    const read = parsePastDate(dayParts, today);
    if (!read.ok) found.push([`consent-date-${read.part}`, read.message]);
    if (topic === 'share-plan' && action === 'given' && sharedWith.length === 0) {
      found.push(['consent-names', 'Name at least one service the plan may be shared with']);
    }
    if (found.length > 0 || !read.ok) return setErrors(localErrors(found));
    const day = read.date;
    try {
      const next = await api.call(endpoints.consent.record, {
        params: { personId: person.id },
        body: { topic, action, how, day, sharedWith },
      });
      replace(next);
      setErrors(NO_ERRORS);
      setNames('');
      setSaved(
        `${CONSENT_TOPIC_STAFF[topic]}: ${action === 'given' ? 'agreed' : 'withdrawn'} is recorded.`,
      );
    } catch (error) {
      setErrors(
        formErrors(error, (path) =>
          path.startsWith('sharedWith')
            ? 'consent-names'
            : path === 'day'
              ? 'consent-date-day'
              : undefined,
        ),
      );
    }
  }

  return (
    <>
      <section aria-labelledby="consent-now">
        <h2 id="consent-now">What {name} agreed to</h2>
        <ul class={styles.states}>
          {view.data.inForce.map((s) => (
            <StateLine key={s.topic} state={s} />
          ))}
        </ul>
      </section>
      <Card labelledBy="consent-form-title">
        <h2 id="consent-form-title">Record consent</h2>
        <ErrorSummary errors={errors.summary} />
        {saved ? (
          <Notice>
            <p>{saved}</p>
          </Notice>
        ) : null}
        <form onSubmit={(e) => void save(e)} noValidate>
          <Radios
            name="consent-topic"
            legend="What is it about?"
            value={topic}
            onChange={(v) => setTopic(CONSENT_TOPICS.find((t) => t === v) ?? 'support')}
            options={CONSENT_TOPICS.map((t) => ({ value: t, label: CONSENT_TOPIC_STAFF[t] }))}
          />
          <Radios
            name="consent-action"
            legend={`Did ${name} agree or withdraw?`}
            inline
            value={action}
            onChange={(v) => setAction(v === 'withdrawn' ? 'withdrawn' : 'given')}
            options={[
              { value: 'given', label: 'Agreed' },
              { value: 'withdrawn', label: 'Withdrew' },
            ]}
          />
          <Radios
            name="consent-how"
            legend="How?"
            inline
            value={how}
            onChange={(v) => setHow(v === 'phone' ? 'phone' : 'in-person')}
            options={[
              { value: 'in-person', label: 'In person' },
              { value: 'phone', label: 'By phone' },
            ]}
          />
          {topic === 'share-plan' && action === 'given' ? (
            <TextArea
              id="consent-names"
              label="Which services may see the plan?"
              hint="One service on each line, for example Umbervale A&E"
              rows={3}
              value={names}
              onInput={setNames}
              error={errors.fields['consent-names']}
            />
          ) : null}
          <DateInput
            id="consent-date"
            legend="When?"
            hint={`For example, ${Number(today.slice(8))} ${Number(today.slice(5, 7))} ${today.slice(0, 4)}`}
            value={dayParts}
            error={dateError?.[1]}
            errorPart={
              dateError
                ? (dateError[0].slice('consent-date-'.length) as keyof DateParts)
                : undefined
            }
            onInput={setDayParts}
          />
          <Button type="submit">Record consent</Button>
        </form>
      </Card>
      <section aria-labelledby="consent-history">
        <h2 id="consent-history">History</h2>
        {view.data.history.length === 0 ? (
          <p>Nothing recorded yet.</p>
        ) : (
          <table class={styles.history}>
            <thead>
              <tr>
                <th scope="col">About</th>
                <th scope="col">What happened</th>
              </tr>
            </thead>
            <tbody>
              {view.data.history.map((r) => (
                <tr key={r.id}>
                  <td>{CONSENT_TOPIC_STAFF[r.topic]}</td>
                  <td>
                    {lineWords(r)}
                    {r.sharedWith.length > 0 ? `. With: ${sharedWithWords(r)}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

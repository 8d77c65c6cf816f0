import { useEffect, useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import type { TextsView } from '#shared/schemas/texts';
import { nhsClock } from '#shared/time-words';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Select, TextInput } from '../../../components/field';
import { Card, Notice } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { Tag } from '../../../components/tag';
import { useConsole } from '../../../context';
import { formErrors, NO_ERRORS } from '../../../errors';
import { whenRecent } from '../../../format';
import { href } from '../../../router';
import { useLoad } from '../../../use-load';
import { delayWords, HOUR_CHOICES, TEXT_WORDS, whyOff } from './words';
import styles from './style.module.css';

function Status({ view, person }: { view: TextsView; person: PersonSummary }) {
  const name = person.displayName;
  const off = whyOff(view, name);
  return (
    <section aria-labelledby="texts-now">
      <h2 id="texts-now">Texts to {name}</h2>
      <ul class={styles.facts}>
        <li>
          {view.on ? (
            <Tag colour="green">Texts are on</Tag>
          ) : (
            <Tag colour="grey">Texts are off</Tag>
          )}
          {off ? (
            <div>
              {off}{' '}
              {view.available && view.consent !== 'given' ? (
                <a href={href({ name: 'person', personId: person.id, tab: 'consent' })}>
                  Go to Consent
                </a>
              ) : null}
            </div>
          ) : null}
        </li>
        <li>
          <strong>Last text:</strong>{' '}
          {view.lastSentAt ? whenRecent(view.lastSentAt) : 'none sent yet'}
        </li>
        {view.nextDueAt ? (
          <li>
            <strong>Next text:</strong> {whenRecent(view.nextDueAt)}, if your reply is still unread
          </li>
        ) : null}
      </ul>
      <p>
        A text goes when your reply is still unread after {delayWords(view.delayMinutes)}, or
        straight away if their phone cannot show notifications. There is one text for each reply at
        most, and none in their quiet hours. It always says only: “{TEXT_WORDS}” It never has a name
        or any words of a message.
      </p>
    </section>
  );
}

/**
 * Texts about a waiting message: whether they go, the person's mobile number (shown only to
 * their caseworker and the lead; every read and change is audited) and their quiet hours.
 */
export function Texts({ person }: { person: PersonSummary }) {
  const { api } = useConsole();
  const [view, reload, replace] = useLoad(
    (signal) => api.call(endpoints.texts.read, { params: { personId: person.id } }, signal),
    [person.id],
  );
  const [number, setNumber] = useState('');
  const [start, setStart] = useState('21:00');
  const [end, setEnd] = useState('08:00');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const loaded = view.state === 'ready' ? view.data : null;

  useEffect(() => {
    if (!loaded) return;
    setNumber(loaded.number ?? '');
    setStart(loaded.quietHours.start);
    setEnd(loaded.quietHours.end);
  }, [loaded]);

  if (view.state === 'loading') return <Loading what="texts" />;
  if (view.state === 'failed') return <LoadFailed failure={view.failure} retry={reload} />;
  const current = view.data;

  async function save(remove: boolean) {
    setSaved(null);
    setBusy(true);
    try {
      const next = await api.call(endpoints.texts.save, {
        params: { personId: person.id },
        body: { number: remove ? null : number, quietHours: { start, end } },
      });
      replace(next);
      setErrors(NO_ERRORS);
      setSaved(remove ? 'The mobile number is removed. No more texts will go.' : 'Saved.');
    } catch (error) {
      setErrors(
        formErrors(error, (path) =>
          path === 'number'
            ? 'texts-number'
            : path.startsWith('quietHours')
              ? 'texts-from'
              : undefined,
        ),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Status view={current} person={person} />
      {current.available ? (
        <Card labelledBy="texts-form-title">
          <h2 id="texts-form-title">Mobile number and quiet hours</h2>
          <ErrorSummary errors={errors.summary} />
          {saved ? (
            <Notice>
              <p>{saved}</p>
            </Notice>
          ) : null}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save(false);
            }}
            noValidate
          >
            <TextInput
              id="texts-number"
              type="tel"
              label="UK mobile number"
              hint="For example, 07700 900123. Only you and your lead can see it."
              width="half"
              autoComplete="off"
              value={number}
              onInput={setNumber}
              error={errors.fields['texts-number']}
            />
            <fieldset class={styles.quiet}>
              <legend>Quiet hours: no texts between</legend>
              <Select
                id="texts-from"
                label="From"
                value={start}
                onChange={setStart}
                error={errors.fields['texts-from']}
                options={HOUR_CHOICES}
              />
              <Select
                id="texts-until"
                label="Until"
                value={end}
                onChange={setEnd}
                options={HOUR_CHOICES}
              />
            </fieldset>
            <p>A text due in the quiet hours waits until {nhsClock(end)}.</p>
            <div class={styles.actions}>
              <Button type="submit" disabled={busy}>
                {busy ? 'Saving…' : 'Save number'}
              </Button>
              {current.number ? (
                <Button variant="secondary" disabled={busy} onClick={() => void save(true)}>
                  Remove number
                </Button>
              ) : null}
            </div>
          </form>
        </Card>
      ) : null}
    </>
  );
}

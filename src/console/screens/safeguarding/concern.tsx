import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { SafeguardingConcern } from '#shared/schemas/safeguarding';
import { nhsDate } from '#shared/time-words';
import { Button, ButtonGroup } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea } from '../../components/field';
import { Tag } from '../../components/tag';
import { useConsole } from '../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../errors';
import { whenRecent } from '../../format';
import styles from './style.module.css';

const someone = (name: string | null) => name ?? 'A former colleague';

/** One concern: what it is, what was done, its updates in order, and the form to add to it. */
export function Concern({
  concern,
  onChange,
  headingLevel = 3,
}: {
  concern: SafeguardingConcern;
  onChange: (concern: SafeguardingConcern) => void;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const label = concern.category;
  return (
    <article
      class={styles.concern}
      aria-label={`${label}, raised ${nhsDate(concern.raisedOn, true)}`}
    >
      <Heading>
        {label}{' '}
        {concern.status === 'open' ? (
          <Tag colour="blue">Open</Tag>
        ) : (
          <Tag colour="grey">Closed</Tag>
        )}
      </Heading>
      <p class={styles.by}>
        Raised {nhsDate(concern.raisedOn, true)}. Recorded by {someone(concern.recordedByName)}{' '}
        {whenRecent(concern.recordedAt)}.
        {concern.closedAt
          ? ` Closed by ${someone(concern.closedByName)} ${whenRecent(concern.closedAt)}.`
          : ''}
      </p>
      <dl class={styles.facts}>
        <div>
          <dt>What was done</dt>
          <dd>{concern.whatWasDone}</dd>
        </div>
        <div>
          <dt>Referred to</dt>
          <dd>{concern.referredTo || 'No one yet'}</dd>
        </div>
      </dl>
      {concern.updates.length > 0 ? (
        <>
          <p>
            <strong>Updates</strong>
          </p>
          <ol class={styles.updates}>
            {concern.updates.map((u) => (
              <li key={u.id}>
                {u.text}{' '}
                <span class={styles.by}>
                  ({someone(u.writtenByName)}, {whenRecent(u.writtenAt)})
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {concern.status === 'open' ? <UpdateForm concern={concern} onChange={onChange} /> : null}
    </article>
  );
}

function UpdateForm({
  concern,
  onChange,
}: {
  concern: SafeguardingConcern;
  onChange: (concern: SafeguardingConcern) => void;
}) {
  const { api } = useConsole();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const id = `sg-update-${concern.id}`;

  async function send(close: boolean) {
    if (!close && !text.trim()) {
      return setErrors(localErrors([[id, 'Write what happened next']]));
    }
    setBusy(true);
    try {
      const next = await api.call(endpoints.safeguarding.update, {
        params: { personId: concern.personId, concernId: concern.id },
        body: { text, close },
      });
      setErrors(NO_ERRORS);
      setText('');
      onChange(next);
    } catch (error) {
      setErrors(formErrors(error, (path) => (path === 'text' ? id : undefined)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class={styles.update}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send(false);
      }}
    >
      <ErrorSummary errors={errors.summary} />
      <TextArea
        id={id}
        label="What happened next"
        hint="Updates are added below the concern. They cannot be changed later."
        rows={2}
        value={text}
        onInput={setText}
        error={errors.fields[id]}
      />
      <ButtonGroup>
        <Button type="submit" variant="secondary" disabled={busy}>
          Add the update
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => void send(true)}>
          Close the concern
        </Button>
      </ButtonGroup>
    </form>
  );
}

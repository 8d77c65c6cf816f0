import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import type { RelapsePlan as Plan } from '#shared/schemas/review';
import { Button, ButtonGroup } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Card, Notice } from '../../../components/layout';
import { useConsole } from '../../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../../errors';
import { focusById } from '../../../focus';
import { day } from '../../../format';
import {
  RelapseFields,
  relapseDraft,
  relapseFieldId,
  relapsePlanOf,
  relapseProblems,
} from './relapse-fields';

const PARTS = [
  ['signs', 'Signs to watch for'],
  ['whatToDo', 'What to do'],
  ['comeBack', 'How to come back to the team'],
] as const;

/** The relapse plan as it is, in the three parts the phone shows. */
export function RelapsePlanText({ plan }: { plan: Plan }) {
  return (
    <>
      {PARTS.map(([key, title]) =>
        plan[key].length > 0 ? (
          <div key={key}>
            <h3>{title}</h3>
            <ul>
              {plan[key].map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </>
  );
}

type Props = {
  person: PersonSummary;
  plan: Plan | null;
  /** The review form is on the page too: this save is then not the page's main button. */
  secondary: boolean;
  onSaved: (plan: Plan) => void;
};

/** The relapse plan agreed when support stepped back, and changing it later. */
export function RelapsePlanCard({ person, plan, secondary, onSaved }: Props) {
  const { api } = useConsole();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(() => relapseDraft(plan, person.caseworkerName));
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  function open() {
    setDraft(relapseDraft(plan, person.caseworkerName));
    setSaved(false);
    setEditing(true);
    setTimeout(() => focusById('relapse-signs'));
  }

  async function save(event: Event) {
    event.preventDefault();
    const found = relapseProblems('relapse', draft);
    if (found.length > 0) return setErrors(localErrors(found));
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const next = await api.call(endpoints.reviews.setRelapsePlan, {
        params: { personId: person.id },
        body: relapsePlanOf(draft),
      });
      setEditing(false);
      setSaved(true);
      onSaved(next);
    } catch (error) {
      setErrors(formErrors(error, (path) => relapseFieldId('relapse', path)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card labelledBy="relapse-title">
      <h2 id="relapse-title">Relapse plan</h2>
      {saved ? (
        <Notice>
          <p>Relapse plan saved. Their phone shows it beside their crisis plan.</p>
        </Notice>
      ) : null}
      <ErrorSummary errors={errors.summary} />
      {editing ? (
        <form onSubmit={save} noValidate>
          <RelapseFields prefix="relapse" draft={draft} onInput={setDraft} errors={errors.fields} />
          <ButtonGroup>
            <Button type="submit" variant={secondary ? 'secondary' : 'primary'} disabled={busy}>
              Save relapse plan
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <>
          {plan ? (
            <>
              <p>
                Agreed with {person.displayName}. Last changed on {day(plan.updatedAt)}. Their phone
                keeps it beside their crisis plan.
              </p>
              <RelapsePlanText plan={plan} />
            </>
          ) : (
            <p>
              No relapse plan yet. Their phone still tells them they can always contact the team
              again.
            </p>
          )}
          <Button variant="secondary" onClick={open}>
            {plan ? 'Change relapse plan' : 'Write a relapse plan'}
          </Button>
        </>
      )}
    </Card>
  );
}

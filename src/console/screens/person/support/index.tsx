import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import type { PersonStatus } from '#shared/schemas/person';
import { Button, ButtonGroup } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Card, Notice, Warning } from '../../../components/layout';
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
} from '../reviews/relapse-fields';
import styles from './style.module.css';

type Props = { person: PersonSummary; onChange: (person: PersonSummary) => void };

/**
 * Support stepping back, or starting again. Never "discharge": the phone keeps the plan, the
 * guide and the journal, and tells the person the team can always be contacted again.
 */
export function Support({ person, onChange }: Props) {
  const { api } = useConsole();
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [relapse, setRelapse] = useState(() => relapseDraft(null, person.caseworkerName));
  const active = person.status === 'active';
  const name = person.displayName;

  async function change(status: PersonStatus) {
    const stepping = status === 'stepped-back';
    const found = stepping ? relapseProblems('support-relapse', relapse) : [];
    if (found.length > 0) return setErrors(localErrors(found));
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const updated = await api.call(endpoints.people.setSupport, {
        params: { personId: person.id },
        body: stepping ? { status, relapsePlan: relapsePlanOf(relapse) } : { status },
      });
      setConfirming(false);
      setDone(
        status === 'active'
          ? `Support has started again for ${name}. Their phone shows it next time it updates.`
          : `Support has stepped back for ${name}. Their phone keeps their plan, guide and journal, and the relapse plan beside their crisis plan.`,
      );
      onChange(updated);
    } catch (error) {
      setErrors(formErrors(error, (path) => relapseFieldId('support-relapse', path)));
    } finally {
      setBusy(false);
    }
  }

  function open() {
    setDone(null);
    setConfirming(true);
    setTimeout(() => focusById('support-confirm'));
  }

  function cancel() {
    setConfirming(false);
    setTimeout(() => focusById('support-change'));
  }

  return (
    <Card labelledBy="support-title">
      <h2 id="support-title">Support</h2>
      <ErrorSummary errors={errors.summary} />
      {done ? (
        <Notice>
          <p>{done}</p>
        </Notice>
      ) : null}
      <p>
        {active
          ? `Support for ${name} is active.`
          : `Support for ${name} stepped back${person.steppedBackAt ? ` on ${day(person.steppedBackAt)}` : ''}. The door stays open.`}
      </p>
      {confirming ? (
        <Warning>
          <h3 class={styles.confirmTitle} id="support-confirm" tabIndex={-1}>
            {active ? `Step back support for ${name}?` : `Start support again for ${name}?`}
          </h3>
          {active ? (
            <ul>
              <li>Their phone stays linked. It keeps their plan, the guide and their journal.</li>
              <li>
                The app tells them: “Your support has stepped back. You can always contact the team
                again.”
              </li>
              <li>They can come back at any time, and you can start support again here.</li>
            </ul>
          ) : null}
          {active ? (
            <>
              <h4>Relapse plan</h4>
              <p>
                Agree this with {name}. Their phone keeps it beside their crisis plan. You can
                change it later on the Reviews tab.
              </p>
              <RelapseFields
                prefix="support-relapse"
                draft={relapse}
                onInput={setRelapse}
                errors={errors.fields}
              />
            </>
          ) : (
            <p>
              Their phone shows that support is active again, with their goals and contact plan.
            </p>
          )}
          <ButtonGroup>
            <Button disabled={busy} onClick={() => change(active ? 'stepped-back' : 'active')}>
              {active ? 'Yes, step back support' : 'Yes, start support again'}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              Cancel
            </Button>
          </ButtonGroup>
        </Warning>
      ) : (
        <Button variant="secondary" id="support-change" onClick={open}>
          {active ? 'Step back support' : 'Start support again'}
        </Button>
      )}
    </Card>
  );
}

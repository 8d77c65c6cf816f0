import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { londonDate } from '#shared/london';
import { DECISION_WORDS } from '#shared/reviews';
import type { PersonSummary } from '#shared/schemas/api';
import type { Goal } from '#shared/schemas/goal';
import {
  REVIEW_DECISIONS,
  type ReviewContactPlan,
  type ReviewDecision,
  type ReviewDue,
  type ReviewsView,
} from '#shared/schemas/review';
import { Button } from '../../../components/button';
import { DateInput } from '../../../components/date-input';
import { dateParts, parsePastDate, type DateParts } from '../../../components/date-input/parse';
import { ErrorSummary } from '../../../components/error-summary';
import { TextArea } from '../../../components/field';
import { Card, Warning } from '../../../components/layout';
import { Radios } from '../../../components/radios';
import { useConsole } from '../../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../../errors';
import {
  RelapseFields,
  relapseDraft,
  relapseFieldId,
  relapsePlanOf,
  relapseProblems,
  type RelapseDraft,
} from './relapse-fields';
import {
  StepDownFields,
  stepDownDraft,
  stepDownProblems,
  stepDownTarget,
  type StepDownDraft,
} from './step-down';

type Props = {
  person: PersonSummary;
  goals: Goal[];
  next: ReviewDue | null;
  contactPlan: ReviewContactPlan;
  /** `steppedTo`: the weekly target confirmed with a step down, if one was. */
  onSaved: (view: ReviewsView, decision: ReviewDecision, steppedTo: number | null) => void;
};

const HINTS: Record<ReviewDecision, string> = {
  continues: 'Keep going as you are, with the same contact.',
  'steps-down': 'Less contact from now on: you choose whether to lower their weekly contact plan.',
  'steps-back':
    'Their phone stays linked and keeps everything. You agree a relapse plan, which their phone keeps beside their crisis plan.',
};

/**
 * Record a review with the person: each goal in their own words, the next steps, and whether
 * support continues, steps down or steps back. No scores. Stepping back asks for a relapse plan.
 */
export function ReviewForm({ person, goals, next, contactPlan, onSaved }: Props) {
  const { api } = useConsole();
  const [id, setId] = useState(() => crypto.randomUUID());
  const [held, setHeld] = useState<DateParts>(() => dateParts(londonDate(new Date())));
  const [words, setWords] = useState<Record<string, string>>({});
  const [nextSteps, setNextSteps] = useState('');
  const [decision, setDecision] = useState<ReviewDecision>('continues');
  const [relapse, setRelapse] = useState<RelapseDraft>(() =>
    relapseDraft(null, person.caseworkerName),
  );
  const [step, setStep] = useState<StepDownDraft>(() => stepDownDraft(contactPlan));
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    const day = parsePastDate(held, londonDate(new Date()), 'the review date');
    const found: [string, string][] = [];
    if (!day.ok) found.push([`review-held-${day.part}`, day.message]);
    if (decision === 'steps-back') found.push(...relapseProblems('review-relapse', relapse));
    if (decision === 'steps-down') found.push(...stepDownProblems(step));
    if (!day.ok || found.length > 0) {
      setErrors(localErrors(found));
      return;
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    const contactTarget = decision === 'steps-down' ? stepDownTarget(step) : undefined;
    try {
      const view = await api.call(endpoints.reviews.record, {
        params: { personId: person.id },
        body: {
          id,
          heldOn: day.date,
          goals: goals.map((g) => ({ goalId: g.id, words: (words[g.id] ?? '').trim() })),
          nextSteps: nextSteps.trim(),
          decision,
          ...(decision === 'steps-back' ? { relapsePlan: relapsePlanOf(relapse) } : {}),
          ...(contactTarget ? { contactTarget } : {}),
        },
      });
      setId(crypto.randomUUID());
      setWords({});
      setNextSteps('');
      setDecision('continues');
      setStep(stepDownDraft(view.contactPlan));
      onSaved(view, decision, contactTarget?.times ?? null);
    } catch (error) {
      setErrors(
        formErrors(error, (path) =>
          path === 'heldOn'
            ? 'review-held-day'
            : path.startsWith('contactTarget')
              ? 'review-step-times'
              : relapseFieldId('review-relapse', path),
        ),
      );
    } finally {
      setBusy(false);
    }
  }

  const heldError =
    errors.fields['review-held-day'] ??
    errors.fields['review-held-month'] ??
    errors.fields['review-held-year'];
  return (
    <Card labelledBy="review-form-title">
      <h2 id="review-form-title">Record a review</h2>
      <ErrorSummary errors={errors.summary} />
      <form onSubmit={save} noValidate>
        <p>
          {next
            ? `This is for the ${next.label.toLowerCase()}.`
            : 'No review is due. You can still record one.'}{' '}
          Write what {person.displayName} says, in their own words.
        </p>
        <DateInput
          id="review-held"
          legend="When was the review?"
          hint="For example, 28 12 2026"
          value={held}
          onInput={setHeld}
          error={heldError}
        />
        {goals.length === 0 ? (
          <p>They have no goals yet. You can set goals on the Goals tab.</p>
        ) : (
          goals.map((goal) => (
            <TextArea
              key={goal.id}
              id={`review-goal-${goal.id}`}
              label={`How “${goal.title}” is going`}
              hint="In their own words. Leave it empty if you did not talk about this goal."
              value={words[goal.id] ?? ''}
              onInput={(value) => setWords({ ...words, [goal.id]: value })}
              rows={3}
            />
          ))
        )}
        <TextArea
          id="review-next-steps"
          label="Next steps"
          hint="What you agreed to do next, and who will do it."
          value={nextSteps}
          onInput={setNextSteps}
          rows={3}
        />
        <Radios
          name="review-decision"
          legend="What happens to support now?"
          value={decision}
          onChange={(value) => setDecision(REVIEW_DECISIONS.find((d) => d === value) ?? decision)}
          options={REVIEW_DECISIONS.map((d) => ({
            value: d,
            label: DECISION_WORDS[d],
            hint: HINTS[d],
          }))}
        />
        {decision === 'steps-down' ? (
          <StepDownFields
            plan={contactPlan}
            name={person.displayName}
            draft={step}
            onInput={setStep}
            errors={errors.fields}
          />
        ) : null}
        {decision === 'steps-back' ? (
          <Warning>
            <h3>Relapse plan</h3>
            <p>
              Agree this with {person.displayName} before support steps back, so they know what to
              do and how to come back if things get hard again.
            </p>
            <RelapseFields
              prefix="review-relapse"
              draft={relapse}
              onInput={setRelapse}
              errors={errors.fields}
            />
          </Warning>
        ) : null}
        <Button type="submit" disabled={busy}>
          Save review
        </Button>
      </form>
    </Card>
  );
}

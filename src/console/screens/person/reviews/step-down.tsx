import type { ReviewContactPlan } from '#shared/schemas/review';
import { nhsDate } from '#shared/time-words';
import { FieldError, TextInput } from '../../../components/field';
import { Inset } from '../../../components/layout';
import { Radios } from '../../../components/radios';

/** The caseworker's answer: change the plan ('yes', with a number) or keep it; '' unanswered. */
export interface StepDownDraft {
  choice: '' | 'yes' | 'no';
  times: string;
}

export const stepDownDraft = (plan: ReviewContactPlan): StepDownDraft => ({
  choice: '',
  times: plan.proposed === null ? '' : String(plan.proposed),
});

/** What the form found wrong, as [field id, words]; none when the answer can be sent. */
export function stepDownProblems(draft: StepDownDraft): [string, string][] {
  if (draft.choice === '') {
    return [['review-step-yes', 'Choose whether to change their weekly contact plan']];
  }
  if (draft.choice === 'no') return [];
  const times = Number(draft.times.trim());
  if (!/^\d+$/.test(draft.times.trim()) || times < 1 || times > 100) {
    return [['review-step-times', 'Enter how many contacts a week, from 1 to 100']];
  }
  return [];
}

/** The target to send with the review, or none: only what the caseworker chose. */
export function stepDownTarget(draft: StepDownDraft): { times: number } | undefined {
  return draft.choice === 'yes' ? { times: Number(draft.times.trim()) } : undefined;
}

/**
 * Stepping down proposes a lower weekly contact target from next Monday, which the caseworker
 * agrees with the person, changes, or declines: the plan never changes without their answer.
 */
export function StepDownFields({
  plan,
  name,
  draft,
  onInput,
  errors,
}: {
  plan: ReviewContactPlan;
  name: string;
  draft: StepDownDraft;
  onInput: (draft: StepDownDraft) => void;
  errors: Record<string, string>;
}) {
  const monday = nhsDate(plan.fromWeek);
  const now =
    plan.thisWeek === null
      ? `No weekly contact limit is agreed with ${name} yet.`
      : `This week you agreed up to ${plan.thisWeek} ${plan.thisWeek === 1 ? 'contact' : 'contacts'} with ${name}.`;
  const proposal =
    plan.proposed === null
      ? 'There is no lower weekly limit to suggest. You can still choose one.'
      : `Stepping down suggests up to ${plan.proposed} a week from ${monday}, about half. Agree the number with them.`;
  return (
    <Inset>
      <h3>Contact plan</h3>
      <p data-testid="step-down-proposal">
        {now} {proposal}
      </p>
      {errors['review-step-yes'] ? (
        <FieldError id="review-step-error" message={errors['review-step-yes']} />
      ) : null}
      <Radios
        name="review-step"
        legend="Change their weekly contact plan?"
        value={draft.choice}
        onChange={(choice) => onInput({ ...draft, choice: choice === 'yes' ? 'yes' : 'no' })}
        options={[
          {
            value: 'yes',
            label: `Yes, from ${monday}`,
            hint: 'Their phone shows the new limit from that Monday. This week stays as agreed.',
          },
          {
            value: 'no',
            label: 'No, keep the contact plan as it is',
            hint: 'You can change it later on the Contact tab.',
          },
        ]}
      />
      {draft.choice === 'yes' ? (
        <TextInput
          id="review-step-times"
          label="Up to how many contacts a week?"
          type="text"
          width="short"
          value={draft.times}
          onInput={(times) => onInput({ ...draft, times })}
          error={errors['review-step-times']}
        />
      ) : null}
    </Inset>
  );
}

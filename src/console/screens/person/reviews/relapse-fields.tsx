import { defaultComeBack } from '#shared/reviews';
import type { RelapsePlan, RelapsePlanInput } from '#shared/schemas/review';
import { TextArea } from '../../../components/field';

/** The relapse plan as typed: one line of each box is one line of the plan. */
export type RelapseDraft = { signs: string; whatToDo: string; comeBack: string };

const KEYS = ['signs', 'whatToDo', 'comeBack'] as const;

/** A draft from the plan there is, or a new one that already says how to come back. */
export function relapseDraft(plan: RelapsePlan | null, caseworkerName: string): RelapseDraft {
  if (plan) {
    return {
      signs: plan.signs.join('\n'),
      whatToDo: plan.whatToDo.join('\n'),
      comeBack: plan.comeBack.join('\n'),
    };
  }
  const first = caseworkerName.trim().split(/\s+/)[0] ?? null;
  return { signs: '', whatToDo: '', comeBack: defaultComeBack(first || null) };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The plan to send: blank lines dropped. */
export function relapsePlanOf(draft: RelapseDraft): RelapsePlanInput {
  return {
    signs: lines(draft.signs),
    whatToDo: lines(draft.whatToDo),
    comeBack: lines(draft.comeBack),
  };
}

/** The id of the box a relapse plan field path (`relapsePlan.comeBack.0`) is about. */
export function relapseFieldId(prefix: string, path: string): string | undefined {
  const key = KEYS.find((k) => path.split('.').includes(k));
  return key ? `${prefix}-${key}` : undefined;
}

/** What is wrong before sending: no way to come back to the team is never saved. */
export function relapseProblems(prefix: string, draft: RelapseDraft): [string, string][] {
  return lines(draft.comeBack).length === 0
    ? [[`${prefix}-comeBack`, 'Say how they can come back to the team']]
    : [];
}

type Props = {
  prefix: string;
  draft: RelapseDraft;
  onInput: (draft: RelapseDraft) => void;
  errors: Record<string, string>;
};

/** The three parts of a relapse plan, written with the person in their words. */
export function RelapseFields({ prefix, draft, onInput, errors }: Props) {
  const set = (key: keyof RelapseDraft) => (value: string) => onInput({ ...draft, [key]: value });
  return (
    <>
      <TextArea
        id={`${prefix}-signs`}
        label="Signs to watch for"
        hint="What they, or people close to them, may notice if things start to get hard again. Put each one on a new line."
        value={draft.signs}
        onInput={set('signs')}
        error={errors[`${prefix}-signs`]}
        rows={3}
      />
      <TextArea
        id={`${prefix}-whatToDo`}
        label="What to do"
        hint="Small steps that helped before, and who else can help. Put each one on a new line."
        value={draft.whatToDo}
        onInput={set('whatToDo')}
        error={errors[`${prefix}-whatToDo`]}
        rows={3}
      />
      <TextArea
        id={`${prefix}-comeBack`}
        label="How to come back to the team"
        hint="How they can get back in touch. They do not need to be referred again. Put each one on a new line."
        value={draft.comeBack}
        onInput={set('comeBack')}
        error={errors[`${prefix}-comeBack`]}
        rows={3}
      />
    </>
  );
}

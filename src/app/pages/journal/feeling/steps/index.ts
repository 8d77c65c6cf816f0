import { DidInsteadStep } from './did-instead';
import { FeelingsStep } from './feelings';
import { HappeningStep } from './happening';
import { StrengthStep } from './strength';
import { FEELING_QUESTIONS } from '#shared/journal';
import type { Step } from './types';
import { UrgentCareStep } from './urgent-care';
import { WantedStep } from './wanted';

/**
 * A step, with its words on the phone from the one copy the paper journal sheet uses too. The
 * words are read as the step is drawn (getters), in the phone's language.
 */
function ask(
  words: { readonly question: string; readonly hint: string },
  step: Omit<Step, 'question' | 'hint'>,
): Step {
  return {
    ...step,
    get question() {
      return words.question;
    },
    get hint() {
      return words.hint;
    },
  };
}

/** The "How I'm feeling" steps, in order. Every one can be skipped. */
export const STEPS: readonly Step[] = [
  ask(FEELING_QUESTIONS.strength, {
    form: 'group',
    answered: (d) => d.strength !== undefined,
    Body: StrengthStep,
  }),
  ask(FEELING_QUESTIONS.feelings, {
    form: 'group',
    answered: (d) => (d.feelings?.length ?? 0) > 0,
    Body: FeelingsStep,
  }),
  ask(FEELING_QUESTIONS.happening, {
    form: 'text',
    answered: (d) => Boolean(d.happening?.trim()),
    Body: HappeningStep,
  }),
  ask(FEELING_QUESTIONS.wanted, {
    form: 'group',
    answered: (d) => (d.wanted?.length ?? 0) > 0,
    Body: WantedStep,
  }),
  ask(FEELING_QUESTIONS.didInstead, {
    form: 'group',
    answered: (d) => (d.didInstead?.length ?? 0) > 0 || Boolean(d.didInsteadOther?.trim()),
    Body: DidInsteadStep,
  }),
  ask(FEELING_QUESTIONS.urgentCare, {
    form: 'group',
    answered: (d) => d.urgentCare !== undefined,
    Body: UrgentCareStep,
  }),
];

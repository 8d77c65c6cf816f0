import { DidInsteadStep } from './did-instead';
import { FeelingsStep } from './feelings';
import { HappeningStep } from './happening';
import { StrengthStep } from './strength';
import type { Step } from './types';
import { UrgentCareStep } from './urgent-care';
import { WantedStep } from './wanted';

/** The "How I'm feeling" steps, in order. Every one can be skipped. */
export const STEPS: readonly Step[] = [
  {
    question: 'How strong is the feeling?',
    hint: 'Pick a number. 0 is calm. 10 is the strongest it can be.',
    form: 'group',
    answered: (d) => d.strength !== undefined,
    Body: StrengthStep,
  },
  {
    question: 'Which words fit how you feel?',
    hint: 'Tap as many as you like.',
    form: 'group',
    answered: (d) => (d.feelings?.length ?? 0) > 0,
    Body: FeelingsStep,
  },
  {
    question: "What's happening?",
    hint: 'Write as much or as little as you like.',
    form: 'text',
    answered: (d) => Boolean(d.happening?.trim()),
    Body: HappeningStep,
  },
  {
    question: 'What did you feel like doing?',
    hint: 'Tap any that fit. There are no wrong answers.',
    form: 'group',
    answered: (d) => (d.wanted?.length ?? 0) > 0,
    Body: WantedStep,
  },
  {
    question: 'What did you do instead?',
    hint: 'Tap any that fit, or write your own.',
    form: 'group',
    answered: (d) => (d.didInstead?.length ?? 0) > 0 || Boolean(d.didInsteadOther?.trim()),
    Body: DidInsteadStep,
  },
  {
    question: 'Did you go to A&E, call 999 or call 111?',
    hint: 'This is just for you, to look back on. There are no wrong answers.',
    form: 'group',
    answered: (d) => d.urgentCare !== undefined,
    Body: UrgentCareStep,
  },
];

import type { WantedOption } from './schemas/journal';

/** Feeling words offered as buttons. Plain, common words; the person can add their own. */
export const FEELING_WORDS: readonly string[] = [
  'scared',
  'worried',
  'panicky',
  'alone',
  'sad',
  'low',
  'angry',
  'upset',
  'confused',
  'tired',
  'in pain',
  'unwell',
  'numb',
  'restless',
  'ashamed',
  'hopeless',
  'calm',
  'okay',
  'hopeful',
  'proud',
];

/** "What I felt like doing", in plain words. */
export const WANTED_LABELS: Readonly<Record<WantedOption, string>> = {
  'go-to-ae': 'Go to A&E',
  'call-999': 'Call 999',
  'call-someone': 'Call someone',
  'something-else': 'Something else',
};

/** Things people often do instead; stored by key. The person can also write their own. */
export const DID_INSTEAD_OPTIONS: readonly { key: string; label: string }[] = [
  { key: 'wrote-here', label: 'Wrote it down here' },
  { key: 'used-my-plan', label: 'Looked at my plan' },
  { key: 'called-samaritans', label: 'Called Samaritans' },
  { key: 'texted-shout', label: 'Texted SHOUT' },
  { key: 'called-111', label: 'Called 111' },
  { key: 'talked-to-someone', label: 'Talked to someone I know' },
  { key: 'calming-thing', label: 'Did something calming' },
  { key: 'waited', label: 'Waited for the feeling to pass' },
];

/** Words for the strength scale, 0..10. */
export function strengthWords(strength: number): string {
  if (strength <= 2) return 'A little';
  if (strength <= 5) return 'Quite strong';
  if (strength <= 8) return 'Very strong';
  return 'The strongest';
}

/** The "How I'm feeling" questions, in order, on the phone and on the paper journal sheet. */
export const FEELING_QUESTIONS = {
  strength: {
    question: 'How strong is the feeling?',
    hint: 'Pick a number. 0 is calm. 10 is the strongest it can be.',
    paperHint: 'Circle a number. 0 is calm. 10 is the strongest it can be.',
  },
  feelings: {
    question: 'Which words fit how you feel?',
    hint: 'Tap as many as you like.',
    paperHint: 'Circle as many as you like, or write your own.',
  },
  happening: {
    question: "What's happening?",
    hint: 'Write as much or as little as you like.',
    paperHint: 'Write as much or as little as you like.',
  },
  wanted: {
    question: 'What did you feel like doing?',
    hint: 'Tap any that fit. There are no wrong answers.',
    paperHint: 'Tick any that fit. There are no wrong answers.',
  },
  didInstead: {
    question: 'What did you do instead?',
    hint: 'Tap any that fit, or write your own.',
    paperHint: 'Tick any that fit, or write your own.',
  },
  urgentCare: {
    question: 'Did you go to A&E, call 999 or call 111?',
    hint: 'This is just for you, to look back on. There are no wrong answers.',
    paperHint: 'This is just for you, to look back on. There are no wrong answers.',
  },
} as const;

/** The answers to the urgent care question, in order. */
export const URGENT_CARE_CHOICES = [
  { value: 'wentToAe', label: 'I went to A&E' },
  { value: 'called999', label: 'I called 999' },
  { value: 'called111', label: 'I called 111' },
  { value: 'none', label: 'None of these' },
] as const;

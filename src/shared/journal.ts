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

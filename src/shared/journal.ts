import { catalogue } from './i18n';
import messages from './journal-words.messages.json' with { type: 'json' };
import type { WantedOption } from './schemas/journal';

const t = catalogue('journal-words', messages);
type Key = keyof typeof messages;

/**
 * Feeling words offered as buttons. Plain, common words; the person can add their own. An entry
 * keeps the English word (its value); `feelingLabel` shows it in the phone's language.
 */
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

const FEELING_KEYS: Readonly<Record<string, Key>> = {
  scared: 'feelingScared',
  worried: 'feelingWorried',
  panicky: 'feelingPanicky',
  alone: 'feelingAlone',
  sad: 'feelingSad',
  low: 'feelingLow',
  angry: 'feelingAngry',
  upset: 'feelingUpset',
  confused: 'feelingConfused',
  tired: 'feelingTired',
  'in pain': 'feelingInPain',
  unwell: 'feelingUnwell',
  numb: 'feelingNumb',
  restless: 'feelingRestless',
  ashamed: 'feelingAshamed',
  hopeless: 'feelingHopeless',
  calm: 'feelingCalm',
  okay: 'feelingOkay',
  hopeful: 'feelingHopeful',
  proud: 'feelingProud',
};

/** True for a word the app offers; anything else is the person's own word, shown as written. */
export function isOfferedFeeling(word: string): boolean {
  return word in FEELING_KEYS;
}

/** A feeling word as the phone shows it: an offered word in its language, an own word as is. */
export function feelingLabel(word: string): string {
  const key = FEELING_KEYS[word];
  return key ? t(key) : word;
}

const WANTED_KEYS: Readonly<Record<WantedOption, Key>> = {
  'go-to-ae': 'wantedGoToAe',
  'call-999': 'wantedCall999',
  'call-someone': 'wantedCallSomeone',
  'something-else': 'wantedSomethingElse',
};

/** "What I felt like doing", in plain words (read as they are shown: getters). */
export const WANTED_LABELS: Readonly<Record<WantedOption, string>> = {
  get 'go-to-ae'() {
    return t(WANTED_KEYS['go-to-ae']);
  },
  get 'call-999'() {
    return t(WANTED_KEYS['call-999']);
  },
  get 'call-someone'() {
    return t(WANTED_KEYS['call-someone']);
  },
  get 'something-else'() {
    return t(WANTED_KEYS['something-else']);
  },
};

function option(key: string, label: Key): { key: string; readonly label: string } {
  return {
    key,
    get label() {
      return t(label);
    },
  };
}

/** Things people often do instead; stored by key. The person can also write their own. */
export const DID_INSTEAD_OPTIONS: readonly { key: string; readonly label: string }[] = [
  option('wrote-here', 'didWroteHere'),
  option('used-my-plan', 'didUsedMyPlan'),
  option('called-samaritans', 'didCalledSamaritans'),
  option('texted-shout', 'didTextedShout'),
  option('called-111', 'didCalled111'),
  option('talked-to-someone', 'didTalkedToSomeone'),
  option('calming-thing', 'didCalmingThing'),
  option('waited', 'didWaited'),
];

function band(strength: number): string {
  if (strength <= 2) return 'little';
  if (strength <= 5) return 'quite';
  if (strength <= 8) return 'very';
  return 'strongest';
}

/** Words for the strength scale, 0..10. */
export function strengthWords(strength: number): string {
  return t('strength', { band: band(strength) });
}

/** "7 out of 10: very strong". */
export function strengthOutOf(strength: number): string {
  return t('strengthOutOf', { value: strength, band: band(strength) });
}

/** "7 out of 10". */
export function outOfTen(strength: number): string {
  return t('outOf10', { value: strength });
}

function question(name: string) {
  const key = (part: string) => `${name}${part}` as Key;
  return {
    get question() {
      return t(key('Question'));
    },
    get hint() {
      return t(key('Hint'));
    },
    get paperHint() {
      return t(key('PaperHint'));
    },
  };
}

/** The "How I'm feeling" questions, in order, on the phone and on the paper journal sheet. */
export const FEELING_QUESTIONS = {
  strength: question('strength'),
  feelings: question('feelings'),
  happening: question('happening'),
  wanted: question('wanted'),
  didInstead: question('didInstead'),
  urgentCare: question('urgentCare'),
} as const;

function choice<V extends string>(value: V, label: Key): { value: V; readonly label: string } {
  return {
    value,
    get label() {
      return t(label);
    },
  };
}

/** The answers to the urgent care question, in order. */
export const URGENT_CARE_CHOICES = [
  choice('wentToAe', 'urgentWentToAe'),
  choice('called999', 'urgentCalled999'),
  choice('called111', 'urgentCalled111'),
  choice('none', 'urgentNone'),
] as const;

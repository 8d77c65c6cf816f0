import type { CheckInAnswers, Loneliness } from '#shared/schemas/wellbeing';

import { t } from './words';

type Key = Parameters<typeof t>[0];
type ScoreKey = Exclude<keyof CheckInAnswers, 'lonely'>;

function score(key: ScoreKey): { key: ScoreKey; readonly question: string; readonly hint: string } {
  return {
    key,
    get question() {
      return t(`${key}Question`);
    },
    get hint() {
      return t(`${key}Hint`);
    },
  };
}

/**
 * The four ONS personal wellbeing questions, in the ONS order and the ONS words (so the figures
 * compare with national ones), each with a plain hint that says the same thing more simply and
 * what 0 and 10 mean. Read as they are shown (getters), in the phone's language.
 */
export const SCORE_QUESTIONS: readonly {
  key: ScoreKey;
  question: string;
  /** The question in plain words, shown under the ONS wording, with what 0 and 10 mean. */
  hint: string;
}[] = [score('satisfied'), score('worthwhile'), score('happy'), score('anxious')];

/** The ONS loneliness question. */
export function lonelyQuestion(): string {
  return t('lonelyQuestion');
}

const LONELY_KEYS: Record<Loneliness, Key> = {
  'often-or-always': 'lonelyOften',
  'some-of-the-time': 'lonelySome',
  occasionally: 'lonelyOccasionally',
  'hardly-ever': 'lonelyHardly',
  never: 'lonelyNever',
};

/** An answer to the loneliness question, in words. */
export function lonelyLabel(answer: Loneliness): string {
  return t(LONELY_KEYS[answer]);
}

export const NO_ANSWERS: CheckInAnswers = {
  satisfied: null,
  worthwhile: null,
  happy: null,
  anxious: null,
  lonely: null,
};

/** How many questions there are (4 scores and loneliness). */
export const QUESTION_COUNT = SCORE_QUESTIONS.length + 1;

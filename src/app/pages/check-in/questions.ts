import type { CheckInAnswers, Loneliness } from '#shared/schemas/wellbeing';

/**
 * The four ONS personal wellbeing questions, in the ONS order and the ONS words (so the figures
 * compare with national ones), each with a plain hint that says the same thing more simply.
 */
export const SCORE_QUESTIONS: readonly {
  key: Exclude<keyof CheckInAnswers, 'lonely'>;
  question: string;
  /** The question in plain words, shown under the ONS wording. */
  plain: string;
  low: string;
  high: string;
}[] = [
  {
    key: 'satisfied',
    question: 'Overall, how satisfied are you with your life nowadays?',
    plain: 'How happy are you with your life at the moment?',
    low: 'not at all',
    high: 'completely',
  },
  {
    key: 'worthwhile',
    question:
      'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
    plain: 'Do the things you do each day feel like they matter?',
    low: 'not at all',
    high: 'completely',
  },
  {
    key: 'happy',
    question: 'Overall, how happy did you feel yesterday?',
    plain: 'Think about yesterday. How happy did you feel?',
    low: 'not at all',
    high: 'completely',
  },
  {
    key: 'anxious',
    question: 'Overall, how anxious did you feel yesterday?',
    plain: 'Think about yesterday. How worried or nervous did you feel?',
    low: 'not at all anxious',
    high: 'completely anxious',
  },
];

/** The ONS loneliness question and its answers. */
export const LONELY_QUESTION = 'How often do you feel lonely?';
export const LONELY_LABELS: Record<Loneliness, string> = {
  'often-or-always': 'Often or always',
  'some-of-the-time': 'Some of the time',
  occasionally: 'Occasionally',
  'hardly-ever': 'Hardly ever',
  never: 'Never',
};

export const NO_ANSWERS: CheckInAnswers = {
  satisfied: null,
  worthwhile: null,
  happy: null,
  anxious: null,
  lonely: null,
};

/** How many questions there are (4 scores and loneliness). */
export const QUESTION_COUNT = SCORE_QUESTIONS.length + 1;

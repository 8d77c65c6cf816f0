import type { ContactKind, ContactOutcome, ContactSource } from '#shared/schemas/contact';

export const KIND_WORDS: Record<ContactKind, string> = {
  message: 'App message',
  call: 'Call',
  visit: 'Visit',
  text: 'Text',
  other: 'Other',
};

export const OUTCOME_WORDS: Record<ContactOutcome, string> = {
  spoke: 'Spoke to them',
  'no-answer': 'No answer',
  'left-message': 'Left a message',
  texted: 'Texted',
};

export const OUTCOMES = Object.keys(OUTCOME_WORDS) as ContactOutcome[];

export function sourceWords(source: ContactSource, personName: string): string {
  if (source === 'app') return 'Counted from app messages';
  if (source === 'person') return `${personName}, on their phone`;
  return 'Caseworker, in the console';
}

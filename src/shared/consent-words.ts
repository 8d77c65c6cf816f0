import type { ConsentHow, ConsentRecord, ConsentTopic } from './schemas/consent';

/** Each topic as staff read it in the console. */
export const CONSENT_TOPIC_STAFF: Record<ConsentTopic, string> = {
  support: 'Support from the service',
  app: 'Using the app',
  'share-plan': 'Sharing their crisis plan with named services',
  outcomes: 'Their data used in anonymised outcome figures',
  texts: 'A text to their mobile when a message is waiting',
};

/** Each topic as the person reads it on the phone: plain words, reading age about 9. */
export const CONSENT_TOPIC_PERSON: Record<ConsentTopic, string> = {
  support: 'Getting support from the team',
  app: 'Using this app with the team',
  'share-plan': 'Sharing your crisis plan',
  outcomes: 'Counting you in the team’s figures, with no name on them',
  texts: 'Getting a text when you have a new message',
};

export const CONSENT_HOW: Record<ConsentHow, string> = {
  'in-person': 'in person',
  phone: 'by phone',
  app: 'in the app',
};

/** "Umbervale A&E and the ambulance service": the services a plan may go to, in a list. */
export function sharedWithWords(record: Pick<ConsentRecord, 'sharedWith'>): string {
  const names = record.sharedWith;
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

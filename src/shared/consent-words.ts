import type { ConsentHow, ConsentRecord, ConsentTopic } from './schemas/consent';
import { catalogue } from './i18n';
import { listWords } from './list-words';
import messages from './consent-words.messages.json' with { type: 'json' };

const t = catalogue('consent-words', messages);

/** Each topic as staff read it in the console. */
export const CONSENT_TOPIC_STAFF: Record<ConsentTopic, string> = {
  support: 'Support from the service',
  app: 'Using the app',
  'share-plan': 'Sharing their crisis plan with named services',
  outcomes: 'Their data used in anonymised outcome figures',
  texts: 'A text to their mobile when a message is waiting',
};

/** Each topic as the person reads it on the phone: plain words, reading age about 9. */
const TOPIC_PERSON = {
  support: 'support',
  app: 'app',
  'share-plan': 'sharePlan',
  outcomes: 'outcomes',
  texts: 'texts',
} as const satisfies Record<ConsentTopic, keyof typeof messages>;

export function consentTopicPerson(topic: ConsentTopic): string {
  return t(TOPIC_PERSON[topic]);
}

/** How consent was given, as staff read it in the console (English: the console is). */
export const CONSENT_HOW: Record<ConsentHow, string> = {
  'in-person': 'in person',
  phone: 'by phone',
  app: 'in the app',
};

/** "Umbervale A&E and the ambulance service": the services a plan may go to, in a list. */
export function sharedWithWords(record: Pick<ConsentRecord, 'sharedWith'>): string {
  return listWords(record.sharedWith, 'and');
}

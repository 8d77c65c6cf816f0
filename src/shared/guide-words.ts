import type { GuideItem } from './guide';
import { nextClosing } from './hours';
import type { GuideContact } from './schemas/guide';
import { describeWhen } from './time-words';
import { catalogue } from './i18n';
import messages from './guide-words.messages.json' with { type: 'json' };

const t = catalogue('guide-words', messages);

/**
 * One plain line about whether a contact is open, said under the contact's name (so the name is
 * not said twice): "Open now, until 5pm today", "Closed now. Opens at 8am tomorrow", "Not working
 * now. Back at 9am on Monday". Null for 24/7 contacts.
 */
export function openingWords(item: GuideItem, now: Date): string | null {
  const { contact, open, opensAt } = item;
  if (contact.hours.kind === 'always') return null;
  if (open) {
    const closes = nextClosing(contact.hours, now);
    return closes ? t('openUntil', { when: describeWhen(closes, now) }) : t('open');
  }
  const caseworker = contact.kind === 'caseworker';
  if (!opensAt) return t(caseworker ? 'notWorking' : 'closed');
  return t(caseworker ? 'backAt' : 'opensAt', { when: describeWhen(opensAt, now) });
}

/** What happens if the person calls a closed contact now, said beside its (smaller) number. */
export function closedCallWords(item: GuideItem): string {
  return item.contact.kind === 'caseworker' ? t('closedCallCaseworker') : t('closedCall');
}

/** The words on a call button, the same on the phone and on paper: "Call 116 123". */
export function callWords(number: string): string {
  return t('call', { number });
}

/** The words on a text button: "Text SHOUT to 85258", or "Text 07700 900123". */
export function textWords(text: NonNullable<GuideContact['text']>): string {
  return text.body
    ? t('textBody', { body: text.body, number: text.number })
    : t('text', { number: text.number });
}

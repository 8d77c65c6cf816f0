import type { GuideItem } from './guide';
import { nextClosing } from './hours';
import type { GuideContact } from './schemas/guide';
import { describeWhen } from './time-words';

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
    return closes ? `Open now, until ${describeWhen(closes, now)}` : 'Open now';
  }
  const caseworker = contact.kind === 'caseworker';
  const closed = caseworker ? 'Not working now.' : 'Closed now.';
  if (!opensAt) return closed;
  const when = describeWhen(opensAt, now);
  return caseworker ? `${closed} Back at ${when}` : `${closed} Opens at ${when}`;
}

/** What happens if the person calls a closed contact now, said beside its (smaller) number. */
export function closedCallWords(item: GuideItem): string {
  return item.contact.kind === 'caseworker'
    ? 'If you call or text now, they will not answer until they are back.'
    : 'If you call now, they may not answer until they open.';
}

/** The words on a call button, the same on the phone and on paper: "Call 116 123". */
export function callWords(number: string): string {
  return `Call ${number}`;
}

/** The words on a text button: "Text SHOUT to 85258", or "Text 07700 900123". */
export function textWords(text: NonNullable<GuideContact['text']>): string {
  return text.body ? `Text ${text.body} to ${text.number}` : `Text ${text.number}`;
}

import type { GuideItem } from '#shared/guide';
import { nextClosing } from '#shared/hours';
import { describeWhen } from '#shared/london';

/**
 * One plain line about whether a contact is open: "Open now, until 17:00 today",
 * "Your GP opens at 8:00 tomorrow", "Sam is back at 9:00 on Monday". Null for 24/7 contacts.
 */
export function openingWords(item: GuideItem, now: Date): string | null {
  const { contact, open, opensAt } = item;
  if (contact.hours.kind === 'always') return null;
  if (open) {
    const closes = nextClosing(contact.hours, now);
    return closes ? `Open now, until ${describeWhen(closes, now)}` : 'Open now';
  }
  if (!opensAt) return `${contact.name} is closed for now`;
  const when = describeWhen(opensAt, now);
  return contact.kind === 'caseworker'
    ? `${contact.name} is back at ${when}`
    : `${contact.name} opens at ${when}`;
}

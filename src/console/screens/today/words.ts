import type { TriageItem } from '#shared/schemas/triage';
import { count, localDay, whenRecent } from '../../format';
import { londonDate } from '#shared/london';
import { reviewDueWords } from '#shared/reviews';
import type { PersonTab } from '../../router';

/** What the person told us they did, as they would say it. Never a rating. */
function urgentWords(care: NonNullable<TriageItem['urgentCare']>): string {
  const did = [
    care.called999 ? 'called 999' : '',
    care.wentToAe ? 'went to A&E' : '',
    care.called111 ? 'called 111' : '',
  ].filter(Boolean);
  if (did.length === 0) return 'Told us about urgent care';
  const last = did.pop();
  return `Told us they ${did.length > 0 ? `${did.join(', ')} and ${last}` : last}`;
}

/** Why a row is in triage, in a sentence. */
export function whyWords(item: TriageItem, now: Date = new Date()): string {
  switch (item.kind) {
    case 'urgent-care':
      return item.urgentCare ? `${urgentWords(item.urgentCare)}.` : 'Told us about urgent care.';
    case 'message': {
      const waiting = count(item.count ?? 1, 'new message', 'new messages');
      return item.released
        ? `${waiting}, sent outside the agreed hours and waiting since they began.`
        : `${waiting} to read.`;
    }
    case 'shared-entry':
      return `${count(item.count ?? 1, 'journal entry', 'journal entries')} shared with you to read.`;
    case 'check-in':
      return 'Sent a wellbeing check-in.';
    case 'milestone':
      return 'Reached a milestone on one of their goals.';
    case 'review':
      return item.review ? `${reviewDueWords(item.review, londonDate(now))}.` : 'A review is due.';
    case 'quiet':
      return item.at
        ? `Not heard from since ${localDay(londonDate(new Date(item.at)))}.`
        : 'Not heard from yet.';
  }
}

/** "today at 9:10am": when it happened (people gone quiet, reviews due: the words say it). */
export function whenWords(item: TriageItem, now: Date = new Date()): string | null {
  if (item.kind === 'quiet' || item.kind === 'review' || !item.at) return null;
  return whenRecent(item.at, now);
}

/** The tab where the caseworker can act on the row. */
export function tabFor(item: TriageItem): PersonTab {
  switch (item.kind) {
    case 'urgent-care':
    case 'check-in':
      return 'wellbeing';
    case 'message':
      return 'messages';
    case 'shared-entry':
      return 'journal';
    case 'milestone':
      return 'goals';
    case 'review':
      return 'reviews';
    case 'quiet':
      return 'contact';
  }
}

/** "3 things need you." */
export function summaryWords(items: number, done: number, lead: boolean): string {
  const who = lead ? 'the team' : 'you';
  const need =
    items === 0
      ? `Nothing needs ${who} right now.`
      : `${count(items, 'thing needs', 'things need')} ${who}.`;
  return done > 0 ? `${need} ${count(done, 'row is', 'rows are')} marked done.` : need;
}

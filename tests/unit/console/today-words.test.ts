import { describe, expect, it } from 'vitest';
import type { TriageItem } from '#shared/schemas/triage';
import {
  summaryWords,
  tabFor,
  whenWords,
  whyWords,
} from '../../../src/console/screens/today/words';

const base = {
  personId: '00000000-0000-4000-8000-000000000001',
  personName: 'Pat Quinn',
  at: '2026-12-03T05:23:00.000Z',
};
const item = (over: Partial<TriageItem> & Pick<TriageItem, 'kind'>): TriageItem => ({
  key: `${over.kind}:x`,
  ...base,
  ...over,
});

describe('why a row is in triage', () => {
  it('says what the person told us about urgent care, in their terms', () => {
    const care = (called999: boolean, wentToAe: boolean, called111: boolean) =>
      whyWords(item({ kind: 'urgent-care', urgentCare: { called999, wentToAe, called111 } }));
    expect(care(true, false, false)).toBe('Told us they called 999.');
    expect(care(true, true, false)).toBe('Told us they called 999 and went to A&E.');
    expect(care(true, true, true)).toBe('Told us they called 999, went to A&E and called 111.');
    expect(care(false, false, false)).toBe('Told us about urgent care.');
  });

  it('names the review due, on its London day and after it, and opens the Reviews tab', () => {
    const review = item({
      kind: 'review',
      at: '2026-12-14T00:00:00.000Z',
      review: { label: 'Interim review', dueOn: '2026-12-14' },
    });
    expect(whyWords(review, new Date('2026-12-14T23:30:00Z'))).toBe('Interim review due today.');
    expect(whyWords(review, new Date('2026-12-16T09:00:00Z'))).toBe(
      'Interim review due since Monday 14 December.',
    );
    expect(whenWords(review)).toBeNull();
    expect(tabFor(review)).toBe('reviews');
  });

  it('counts what waits, and says when messages waited for the agreed hours', () => {
    expect(whyWords(item({ kind: 'message', count: 1 }))).toBe('1 new message to read.');
    expect(whyWords(item({ kind: 'message', count: 3, released: true }))).toBe(
      '3 new messages, sent outside the agreed hours and waiting since they began.',
    );
    expect(whyWords(item({ kind: 'shared-entry', count: 2 }))).toBe(
      '2 journal entries shared with you to read.',
    );
  });

  it('says since when someone has been quiet, or that we never heard', () => {
    expect(whyWords(item({ kind: 'quiet', at: '2026-11-16T12:00:00.000Z' }))).toBe(
      'Not heard from since Monday 16 November 2026.',
    );
    expect(whyWords(item({ kind: 'quiet', at: null }))).toBe('Not heard from yet.');
    expect(whenWords(item({ kind: 'quiet' }))).toBeNull();
  });

  it('says when in the NHS style, and opens the tab where the caseworker can act', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    expect(whenWords(item({ kind: 'check-in' }), now)).toBe('today at 5:23am');
    expect(tabFor(item({ kind: 'urgent-care' }))).toBe('wellbeing');
    expect(tabFor(item({ kind: 'message' }))).toBe('messages');
    expect(tabFor(item({ kind: 'shared-entry' }))).toBe('journal');
    expect(tabFor(item({ kind: 'milestone' }))).toBe('goals');
    expect(tabFor(item({ kind: 'quiet' }))).toBe('contact');
  });

  it('sums up without blame', () => {
    expect(summaryWords(0, 0, false)).toBe('Nothing needs you right now.');
    expect(summaryWords(1, 0, false)).toBe('1 thing needs you.');
    expect(summaryWords(4, 2, true)).toBe('4 things need the team. 2 rows are marked done.');
  });
});

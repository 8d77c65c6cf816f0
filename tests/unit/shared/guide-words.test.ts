import { describe, expect, it } from 'vitest';
import { arrangeGuide, NATIONAL_CONTACTS } from '#shared/guide';
import type { GuideContact } from '#shared/schemas/guide';
import { closedCallWords, openingWords } from '#shared/guide-words';

const weekdays = (start: string, end: string) => ({
  kind: 'weekly' as const,
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start, end })),
  exceptions: [],
});

const GP: GuideContact = {
  id: '2b8a6c1e-5d4f-4a3b-8c2d-9e0f1a2b3c4d',
  kind: 'gp',
  name: 'Your GP',
  whenToUse: 'For health worries that can wait.',
  call: '01632 960123',
  hours: weekdays('08:00', '18:30'),
  picture: 'gp',
};

const SAM: GuideContact = {
  ...GP,
  id: '7c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f',
  kind: 'caseworker',
  name: 'Sam',
  hours: weekdays('09:00', '17:00'),
  picture: 'caseworker',
};

function wordsFor(contact: GuideContact, now: Date) {
  const item = arrangeGuide([contact], now).find((i) => i.contact.id === contact.id);
  if (!item) throw new Error('missing');
  return openingWords(item, now);
}

describe('opening words', () => {
  it('a GP that is closed at 3 in the morning says it opens at 8am today', () => {
    expect(wordsFor(GP, new Date('2026-11-23T03:00:00Z'))).toBe('Closed now. Opens at 8am today');
  });

  it('after 6:30pm the GP opens at 8am tomorrow', () => {
    expect(wordsFor(GP, new Date('2026-11-23T19:00:00Z'))).toBe(
      'Closed now. Opens at 8am tomorrow',
    );
  });

  it('a caseworker closed on Friday night is back at 9am on Monday', () => {
    expect(wordsFor(SAM, new Date('2026-11-27T20:00:00Z'))).toBe(
      'Not working now. Back at 9am on Monday',
    );
  });

  it('an open GP says until when, in London time across the summer clock', () => {
    expect(wordsFor(GP, new Date('2026-11-23T12:00:00Z'))).toBe('Open now, until 6:30pm today');
    // 1 July: London is on BST, so 5pm UTC is 6pm in London, still open.
    expect(wordsFor(GP, new Date('2026-07-01T17:00:00Z'))).toBe('Open now, until 6:30pm today');
  });

  it('24/7 national numbers need no opening words', () => {
    const now = new Date('2026-11-23T03:00:00Z');
    for (const item of arrangeGuide(NATIONAL_CONTACTS, now)) {
      expect(openingWords(item, now)).toBeNull();
    }
  });

  it('a contact with no opening ahead says it is closed for now', () => {
    const shut: GuideContact = { ...GP, hours: { kind: 'weekly', weekly: [], exceptions: [] } };
    expect(wordsFor(shut, new Date('2026-11-23T12:00:00Z'))).toBe('Closed now.');
  });

  it('never says the name twice, whatever the name holds ("Sam, your caseworker")', () => {
    const named = { ...SAM, name: 'Sam, your caseworker' };
    const words = wordsFor(named, new Date('2026-11-27T05:00:00Z')) ?? '';
    expect(words).toBe('Not working now. Back at 9am today');
    expect(words).not.toContain('Sam');
  });

  it('a closed contact says what happens if the person calls now', () => {
    const now = new Date('2026-11-23T05:00:00Z');
    const gp = arrangeGuide([GP], now).find((i) => i.contact.id === GP.id);
    const sam = arrangeGuide([SAM], now).find((i) => i.contact.id === SAM.id);
    if (!gp || !sam) throw new Error('missing');
    expect(closedCallWords(sam)).toBe(
      'If you call or text now, they will not answer until they are back.',
    );
    expect(closedCallWords(gp)).toBe('If you call now, they may not answer until they open.');
  });
});

import { describe, expect, it } from 'vitest';
import {
  alternativeNow,
  alternativeWords,
  canBeAlternative,
  supportKindOf,
  supportUsedWords,
} from '#shared/alternatives';
import { arrangeGuide, NATIONAL_CONTACTS } from '#shared/guide';
import type { GuideContact } from '#shared/schemas/guide';

const national = (kind: string) => NATIONAL_CONTACTS.find((c) => c.kind === kind)!;
const SAMARITANS = national('samaritans');

/** Monday to Friday 10am to 9pm. */
const DROP_IN: GuideContact = {
  id: '11111111-1111-4111-8111-111111111111',
  kind: 'local',
  name: 'The Lighthouse drop-in',
  whenToUse: 'Go for a cup of tea and a chat.',
  call: '01632 960123',
  hours: {
    kind: 'weekly',
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '10:00', end: '21:00' })),
    exceptions: [],
  },
  picture: 'local',
};
/** Saturday 11am to 3pm only. */
const PEER_GROUP: GuideContact = {
  ...DROP_IN,
  id: '22222222-2222-4222-8222-222222222222',
  name: 'The Saturday peer group',
  hours: { kind: 'weekly', weekly: [{ day: 6, start: '11:00', end: '15:00' }], exceptions: [] },
};
const GUIDE = [...NATIONAL_CONTACTS, DROP_IN, PEER_GROUP];

describe('which alternative to suggest now', () => {
  it('on a Wednesday evening, the drop-in that is open until 9pm tonight', () => {
    const now = new Date('2026-12-02T19:00:00Z'); // Wednesday 7pm (GMT)
    const found = alternativeNow(GUIDE, [PEER_GROUP.id, DROP_IN.id, SAMARITANS.id], now);
    expect(found.open?.contact.id).toBe(DROP_IN.id);
    expect(found.closes?.toISOString()).toBe('2026-12-02T21:00:00.000Z');
    expect(alternativeWords(found.open!, found.closes, now)).toBe(
      'The Lighthouse drop-in is open until 9pm tonight.',
    );
  });

  it('at night, the 24/7 line among the alternatives', () => {
    const now = new Date('2026-12-02T23:30:00Z');
    const found = alternativeNow(GUIDE, [DROP_IN.id, SAMARITANS.id], now);
    expect(found.open?.contact.id).toBe(SAMARITANS.id);
    expect(found.closes).toBeNull();
    expect(alternativeWords(found.open!, null, now)).toBe('Samaritans is open now, day or night.');
  });

  it('when none is open, the one that opens soonest and a 24/7 line from the guide', () => {
    const now = new Date('2026-12-02T23:30:00Z'); // Wednesday night
    const found = alternativeNow(GUIDE, [PEER_GROUP.id, DROP_IN.id], now);
    expect(found.open).toBeNull();
    expect(found.next?.contact.id).toBe(DROP_IN.id);
    expect(alternativeWords(found.next!, null, now)).toBe(
      'The Lighthouse drop-in opens at 10am tomorrow.',
    );
    // 999 and 111 are never offered as the 24/7 line: Samaritans is.
    expect(found.always?.contact.id).toBe(SAMARITANS.id);
  });

  it('on a bank holiday the drop-in is closed, and opens after the next one too', () => {
    // Friday 25 December 2026 at noon; Monday 28 December is the Boxing Day substitute.
    const now = new Date('2026-12-25T12:00:00Z');
    const found = alternativeNow(GUIDE, [DROP_IN.id], now);
    expect(found.open).toBeNull();
    expect(found.next?.opensAt?.toISOString()).toBe('2026-12-29T10:00:00.000Z');
    expect(alternativeWords(found.next!, null, now)).toBe(
      'The Lighthouse drop-in opens at 10am on Tuesday.',
    );
  });

  it('a closing time is the real one when a bank holiday cuts the hours short', () => {
    // Open all night Sunday into Monday, but Monday 28 December is a bank holiday: the window
    // that began on Sunday still runs to its end, and nothing after it opens.
    const night: GuideContact = {
      ...DROP_IN,
      hours: {
        kind: 'weekly',
        weekly: [
          { day: 7, start: '20:00', end: '02:00' },
          { day: 1, start: '02:00', end: '12:00' },
        ],
        exceptions: [],
      },
    };
    const now = new Date('2026-12-27T22:00:00Z');
    const found = alternativeNow([...NATIONAL_CONTACTS, night], [night.id], now);
    expect(found.open?.contact.id).toBe(night.id);
    expect(found.closes?.toISOString()).toBe('2026-12-28T02:00:00.000Z');
  });

  it('agrees with Help now, hour by hour through a week: never open when Help now says closed', () => {
    const ids = [DROP_IN.id, PEER_GROUP.id];
    for (let hour = 0; hour < 24 * 8; hour++) {
      const at = new Date(Date.UTC(2026, 11, 21, hour, 15)); // from Monday 21 December
      const found = alternativeNow(GUIDE, ids, at);
      const helpNow = arrangeGuide(GUIDE, at).filter((i) => ids.includes(i.contact.id));
      expect(found.open?.contact.id ?? null).toBe(helpNow.find((i) => i.open)?.contact.id ?? null);
    }
  });

  it('ignores ids that are not in the guide, and cards that are no alternative', () => {
    const now = new Date('2026-12-02T19:00:00Z');
    const found = alternativeNow(
      GUIDE,
      ['33333333-3333-4333-8333-333333333333', national('emergency').id, national('nhs111').id],
      now,
    );
    expect(found.open).toBeNull();
    expect(found.next).toBeNull();
    expect(canBeAlternative({ kind: 'caseworker' })).toBe(false);
    expect(canBeAlternative({ kind: 'local' })).toBe(true);
  });
});

describe('the one-tap words', () => {
  it('says going to a place, calling or texting', () => {
    expect(supportUsedWords(DROP_IN.name, supportKindOf(DROP_IN))).toBe(
      'I went to The Lighthouse drop-in',
    );
    expect(supportUsedWords('Samaritans', supportKindOf(SAMARITANS))).toBe('I called Samaritans');
    expect(supportUsedWords('Shout', supportKindOf(national('shout')))).toBe('I texted Shout');
  });
});

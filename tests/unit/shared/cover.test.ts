import { describe, expect, test } from 'vitest';
import { awayWords, guideWithCover, leaveNow, leaveState } from '#shared/cover';
import type { GuideContact } from '#shared/schemas/guide';

const leave = {
  firstDay: '2026-10-20',
  lastDay: '2026-10-25',
  cover: { name: 'Jo', phone: '01632 960001' },
};

describe('leave by London day', () => {
  test('is coming before its first day, on through its last, and ended after', () => {
    expect(leaveState(leave, '2026-10-19')).toBe('coming');
    expect(leaveState(leave, '2026-10-20')).toBe('now');
    expect(leaveState(leave, '2026-10-25')).toBe('now');
    expect(leaveState(leave, '2026-10-26')).toBe('ended');
  });

  test('starts at London midnight in summer time, an hour before midnight UTC', () => {
    expect(leaveNow([leave], new Date('2026-10-19T22:59:00Z'))).toBeUndefined();
    expect(leaveNow([leave], new Date('2026-10-19T23:00:00Z'))).toBe(leave);
  });

  test('the last day runs to London midnight after the clocks go back on Sunday 25 October', () => {
    expect(leaveNow([leave], new Date('2026-10-25T23:59:00Z'))).toBe(leave);
    expect(leaveNow([leave], new Date('2026-10-26T00:00:00Z'))).toBeUndefined();
  });

  test('finds the leave that is on among several, or none', () => {
    const later = { ...leave, firstDay: '2026-12-21', lastDay: '2026-12-24' };
    expect(leaveNow([leave, later], new Date('2026-12-22T12:00:00Z'))).toBe(later);
    expect(leaveNow([leave, later], new Date('2026-11-22T12:00:00Z'))).toBeUndefined();
    expect(leaveNow(undefined, new Date())).toBeUndefined();
  });
});

describe('what the phone says', () => {
  const now = new Date('2026-10-21T10:00:00Z');
  test('names the cover and when the caseworker is back', () => {
    expect(awayWords('Sam', leave, now, 'Jo')).toBe(
      'Sam is away until Sunday 25 October. Jo is looking after you until Sam is back.',
    );
  });
  test('with nobody covering, says the team reads messages, blaming no one', () => {
    expect(awayWords('Sam', { ...leave, cover: null }, now, undefined)).toBe(
      'Sam is away until Sunday 25 October. Someone else in the team will read your messages until then.',
    );
  });
  test('gives the year when the leave ends in another year', () => {
    const newYear = { ...leave, lastDay: '2027-01-04' };
    expect(awayWords('Sam', newYear, new Date('2026-12-30T10:00:00Z'), 'Jo')).toContain(
      'until Monday 4 January 2027.',
    );
  });
});

describe("the caseworker's card while they are away", () => {
  const hours = { kind: 'always' } as const;
  const card: GuideContact = {
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'caseworker',
    name: 'Sam, your caseworker',
    whenToUse: 'In our agreed times.',
    call: '07700 900123',
    text: { number: '07700 900123' },
    hours,
    picture: '/api/photos/sam',
  };
  const gp: GuideContact = {
    ...card,
    id: '00000000-0000-4000-8000-000000000002',
    kind: 'gp',
    name: 'Surgery',
    picture: 'gp',
  };

  test("names the cover, with their number for calls and texts and no longer Sam's photo", () => {
    const [swapped, other] = guideWithCover([card, gp], leave, 'Jo is looking after you.');
    expect(swapped).toMatchObject({
      name: 'Jo',
      whenToUse: 'Jo is looking after you.',
      call: '01632 960001',
      text: { number: '01632 960001' },
      picture: 'caseworker',
      hours,
    });
    expect(other).toEqual(gp);
  });

  test("keeps the card's own number when the cover gave none", () => {
    const [swapped] = guideWithCover([card], { ...leave, cover: { name: 'Jo', phone: null } }, 'x');
    expect(swapped).toMatchObject({ name: 'Jo', call: '07700 900123' });
  });

  test('is unchanged with no leave on, or nobody covering', () => {
    expect(guideWithCover([card], undefined, 'x')).toEqual([card]);
    expect(guideWithCover([card], { ...leave, cover: null }, 'x')).toEqual([card]);
  });
});

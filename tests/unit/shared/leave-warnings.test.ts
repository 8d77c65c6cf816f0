import { describe, expect, test } from 'vitest';
import { leaveWarnings, type LeaveDraft } from '#shared/leave-warnings';

const NAMES: Record<string, string> = {
  sam: 'Sam Samplecase',
  jo: 'Jo Examplework',
  alex: 'Alex Lead',
};
const nameOf = (id: string) => NAMES[id] ?? 'A colleague';

const draft = (change: Partial<LeaveDraft> = {}): LeaveDraft => ({
  leaveId: null,
  caseworkerId: 'sam',
  firstDay: '2026-12-14',
  lastDay: '2026-12-18',
  covers: [{ caseworkerId: 'jo', forWhom: null }],
  ...change,
});
const away = (leaveId: string, caseworkerId: string, firstDay: string, lastDay: string) => ({
  leaveId,
  caseworkerId,
  firstDay,
  lastDay,
});

describe('kind warnings while leave is written down', () => {
  test('nothing to say when nobody else is away on those days', () => {
    const later = away('a', 'jo', '2026-12-19', '2026-12-20');
    expect(leaveWarnings(draft(), [later], nameOf, 'sam')).toEqual([]);
  });

  test('the cover is away on some of the days: which days, and for whom they were chosen', () => {
    const jo = away('a', 'jo', '2026-12-16', '2026-12-22');
    expect(leaveWarnings(draft(), [jo], nameOf, 'sam')).toEqual([
      'Jo Examplework is away from Wednesday 16 December to Friday 18 December, but is named to look after the caseload. You may want to choose someone else for those days.',
    ]);
    const forPat = draft({ covers: [{ caseworkerId: 'jo', forWhom: 'Pat Covertest' }] });
    const friday = away('a', 'jo', '2026-12-18', '2026-12-18');
    expect(leaveWarnings(forPat, [friday], nameOf, 'sam')).toEqual([
      'Jo Examplework is away on Friday 18 December, but is named to look after Pat Covertest. You may want to choose someone else for those days.',
    ]);
  });

  test('the same leave being changed is not a clash with itself', () => {
    const own = away('mine', 'sam', '2026-12-14', '2026-12-16');
    expect(leaveWarnings(draft({ leaveId: 'mine' }), [own], nameOf, 'sam')).toEqual([]);
  });

  test("the person's own other leave on the same days comes first, as the one thing refused", () => {
    const list = [
      away('b', 'alex', '2026-12-14', '2026-12-14'),
      away('a', 'sam', '2026-12-18', '2026-12-24'),
    ];
    expect(leaveWarnings(draft(), list, nameOf, 'sam')).toEqual([
      'You already have leave from Friday 18 December to Thursday 24 December. Change that leave instead, or choose other days.',
      'Alex Lead is also away on Monday 14 December.',
    ]);
    // The lead recording Sam's leave reads Sam's name, not "You".
    expect(leaveWarnings(draft(), list, nameOf, 'alex')[0]).toMatch(
      /^Sam Samplecase already has leave/,
    );
  });
});

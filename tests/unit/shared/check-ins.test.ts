import { describe, expect, it } from 'vitest';
import { answeredAny, checkInDue, MONTHLY_DAYS } from '#shared/check-ins';
import type { CheckInAnswers } from '#shared/schemas/wellbeing';

const active = { status: 'active' as const, steppedBackAt: null };
const now = new Date('2026-11-23T10:00:00Z');
const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

describe('checkInDue', () => {
  it('offers the start check-in first', () => {
    expect(checkInDue({ offers: [] }, active, now)).toBe('start');
  });

  it('then monthly: 30 days after the last offer, done or skipped', () => {
    expect(MONTHLY_DAYS).toBe(30);
    const offered = (days: number) => ({
      offers: [{ at: daysBefore(days), reason: 'start' as const }],
    });
    expect(checkInDue(offered(0), active, now)).toBeNull();
    expect(checkInDue(offered(29.9), active, now)).toBeNull();
    expect(checkInDue(offered(30), active, now)).toBe('monthly');
    expect(checkInDue(offered(45), active, now)).toBe('monthly');
  });

  it('counts from the latest offer whatever order they are given in', () => {
    const history = {
      offers: [
        { at: daysBefore(5), reason: 'monthly' as const },
        { at: daysBefore(70), reason: 'start' as const },
      ],
    };
    expect(checkInDue(history, active, now)).toBeNull();
  });

  it('compares times, not text, when offsets differ', () => {
    // 10:30+01:00 is 09:30Z: before 10:00Z, though it sorts after it as text.
    const history = {
      offers: [
        { at: '2026-10-24T10:30:00+01:00', reason: 'monthly' as const },
        { at: '2026-10-24T10:00:00Z', reason: 'start' as const },
      ],
    };
    // 30 days after 10:00Z on 24 October is 10:00Z on 23 November.
    expect(checkInDue(history, active, new Date('2026-11-23T09:59:00Z'))).toBeNull();
    expect(checkInDue(history, active, new Date('2026-11-23T10:00:00Z'))).toBe('monthly');
  });

  it('offers the stepping-back check-in once when support steps back', () => {
    const steppedBack = { status: 'stepped-back' as const, steppedBackAt: daysBefore(1) };
    const before = { offers: [{ at: daysBefore(3), reason: 'monthly' as const }] };
    expect(checkInDue(before, steppedBack, now)).toBe('stepping-back');
    const after = {
      offers: [...before.offers, { at: daysBefore(0.5), reason: 'stepping-back' as const }],
    };
    expect(checkInDue(after, steppedBack, now)).toBeNull();
  });

  it('an older stepping-back offer (support started again since) does not count', () => {
    const old = { offers: [{ at: daysBefore(100), reason: 'stepping-back' as const }] };
    const steppedBack = { status: 'stepped-back' as const, steppedBackAt: daysBefore(2) };
    expect(checkInDue(old, steppedBack, now)).toBe('stepping-back');
  });

  it('a stepping-back offer in another offset on the same moment counts', () => {
    const steppedBack = { status: 'stepped-back' as const, steppedBackAt: '2026-11-20T09:00:00Z' };
    const history = {
      offers: [{ at: '2026-11-20T09:30:00+00:30', reason: 'stepping-back' as const }],
    };
    expect(checkInDue(history, steppedBack, now)).toBeNull();
  });
});

describe('answeredAny', () => {
  const none: CheckInAnswers = {
    satisfied: null,
    worthwhile: null,
    happy: null,
    anxious: null,
    lonely: null,
  };

  it('is false when every question was skipped', () => {
    expect(answeredAny({ answers: none })).toBe(false);
  });

  it('is true when any one question was answered, even with 0', () => {
    expect(answeredAny({ answers: { ...none, anxious: 0 } })).toBe(true);
    expect(answeredAny({ answers: { ...none, lonely: 'never' } })).toBe(true);
  });
});

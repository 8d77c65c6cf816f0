import { describe, expect, it } from 'vitest';
import { isOpen, nextClosing, nextOpening } from '#shared/hours';
import type { Hours, WeeklyWindow } from '#shared/schemas/hours';

const at = (iso: string) => new Date(iso);

const weekdays = (start: string, end: string): WeeklyWindow[] =>
  [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));

const office: Hours = { kind: 'weekly', weekly: weekdays('09:00', '17:00'), exceptions: [] };

const weekly = (windows: WeeklyWindow[]): Hours => ({
  kind: 'weekly',
  weekly: windows,
  exceptions: [],
});

const withExceptions = (
  hours: Hours,
  exceptions: { date: string; windows: { start: string; end: string }[] }[],
): Hours => (hours.kind === 'weekly' ? { ...hours, exceptions } : hours);

describe('office hours', () => {
  it('are open from 09:00 and closed from 17:00 London time', () => {
    // Tuesday 3 November 2026 (GMT) and Tuesday 2 June 2026 (BST).
    expect(isOpen(office, at('2026-11-03T08:59:59Z'))).toBe(false);
    expect(isOpen(office, at('2026-11-03T09:00:00Z'))).toBe(true);
    expect(isOpen(office, at('2026-11-03T16:59:59Z'))).toBe(true);
    expect(isOpen(office, at('2026-11-03T17:00:00Z'))).toBe(false);
    expect(isOpen(office, at('2026-06-02T08:00:00Z'))).toBe(true);
    expect(isOpen(office, at('2026-06-02T07:59:00Z'))).toBe(false);
    expect(isOpen(office, at('2026-06-02T16:00:00Z'))).toBe(false);
  });

  it('are closed at the weekend', () => {
    expect(isOpen(office, at('2026-11-07T12:00:00Z'))).toBe(false);
    expect(isOpen(office, at('2026-11-08T12:00:00Z'))).toBe(false);
  });

  it('a message at 22:10 on Friday waits until 09:00 on Monday, in winter and in summer', () => {
    expect(nextOpening(office, at('2026-11-06T22:10:00Z'))).toEqual(at('2026-11-09T09:00:00Z'));
    expect(nextOpening(office, at('2026-06-05T21:10:00Z'))).toEqual(at('2026-06-08T08:00:00Z'));
  });

  it('nextOpening is the instant itself when open now', () => {
    const now = at('2026-11-03T10:00:00Z');
    expect(nextOpening(office, now)).toEqual(now);
  });

  it('nextClosing is the end of the day when open, and of the next open day when closed', () => {
    expect(nextClosing(office, at('2026-11-03T10:00:00Z'))).toEqual(at('2026-11-03T17:00:00Z'));
    expect(nextClosing(office, at('2026-11-06T22:10:00Z'))).toEqual(at('2026-11-09T17:00:00Z'));
  });
});

describe('midnight', () => {
  const evenings = weekly([{ day: 1, start: '20:00', end: '00:00' }]);

  it('a window ending at 00:00 runs to midnight and not a minute past it', () => {
    // Monday 2 November 2026.
    expect(isOpen(evenings, at('2026-11-02T23:59:59Z'))).toBe(true);
    expect(isOpen(evenings, at('2026-11-03T00:00:00Z'))).toBe(false);
    expect(nextClosing(evenings, at('2026-11-02T21:00:00Z'))).toEqual(at('2026-11-03T00:00:00Z'));
  });

  it('a window starting at 00:00 is open at midnight exactly', () => {
    const early = weekly([{ day: 2, start: '00:00', end: '06:00' }]);
    expect(isOpen(early, at('2026-11-03T00:00:00Z'))).toBe(true);
    expect(isOpen(early, at('2026-11-02T23:59:59Z'))).toBe(false);
  });

  it('a window 00:00 to 00:00 is the whole day', () => {
    const allMonday = weekly([{ day: 1, start: '00:00', end: '00:00' }]);
    expect(isOpen(allMonday, at('2026-11-02T00:00:00Z'))).toBe(true);
    expect(isOpen(allMonday, at('2026-11-02T23:59:00Z'))).toBe(true);
    expect(isOpen(allMonday, at('2026-11-03T00:00:00Z'))).toBe(false);
  });

  it('Friday 22:00 to 02:00 is open at 01:00 on Saturday and closed at 02:00', () => {
    const lateFriday = weekly([{ day: 5, start: '22:00', end: '02:00' }]);
    expect(isOpen(lateFriday, at('2026-11-06T21:59:00Z'))).toBe(false);
    expect(isOpen(lateFriday, at('2026-11-06T22:00:00Z'))).toBe(true);
    expect(isOpen(lateFriday, at('2026-11-07T01:00:00Z'))).toBe(true);
    expect(isOpen(lateFriday, at('2026-11-07T02:00:00Z'))).toBe(false);
    expect(nextClosing(lateFriday, at('2026-11-06T23:00:00Z'))).toEqual(at('2026-11-07T02:00:00Z'));
  });

  it('back-to-back windows across midnight close as one', () => {
    const weekend = weekly([
      { day: 5, start: '18:00', end: '00:00' },
      { day: 6, start: '00:00', end: '02:00' },
    ]);
    expect(nextClosing(weekend, at('2026-11-06T19:00:00Z'))).toEqual(at('2026-11-07T02:00:00Z'));
  });
});

describe('clock changes', () => {
  const everyDay = (start: string, end: string) =>
    weekly([1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start, end })));

  it('09:00 is 09:00 UTC before the spring change and 08:00 UTC after it', () => {
    const nine = everyDay('09:00', '17:00');
    expect(nextOpening(nine, at('2026-03-28T00:00:00Z'))).toEqual(at('2026-03-28T09:00:00Z'));
    expect(nextOpening(nine, at('2026-03-29T00:00:00Z'))).toEqual(at('2026-03-29T08:00:00Z'));
    expect(nextClosing(nine, at('2026-03-29T09:00:00Z'))).toEqual(at('2026-03-29T16:00:00Z'));
  });

  it('09:00 is 08:00 UTC before the autumn change and 09:00 UTC after it', () => {
    const nine = everyDay('09:00', '17:00');
    expect(nextOpening(nine, at('2026-10-24T00:00:00Z'))).toEqual(at('2026-10-24T08:00:00Z'));
    expect(nextOpening(nine, at('2026-10-25T00:00:00Z'))).toEqual(at('2026-10-25T09:00:00Z'));
  });

  it('a window starting in the missing spring hour opens when the clocks change', () => {
    // 01:30 on 29 March 2026 never happens: 01:00 UTC is shown as 02:00 BST.
    const night = weekly([{ day: 7, start: '01:30', end: '04:00' }]);
    expect(isOpen(night, at('2026-03-29T00:59:00Z'))).toBe(false);
    expect(isOpen(night, at('2026-03-29T01:00:00Z'))).toBe(true);
    expect(nextOpening(night, at('2026-03-28T12:00:00Z'))).toEqual(at('2026-03-29T01:00:00Z'));
    expect(nextClosing(night, at('2026-03-29T01:00:00Z'))).toEqual(at('2026-03-29T03:00:00Z'));
  });

  it('a window starting in the repeated autumn hour opens the first time round', () => {
    // 01:30 on 25 October 2026 happens at 00:30 UTC (BST) and again at 01:30 UTC (GMT).
    const night = weekly([{ day: 7, start: '01:30', end: '03:00' }]);
    expect(isOpen(night, at('2026-10-25T00:29:00Z'))).toBe(false);
    expect(isOpen(night, at('2026-10-25T00:30:00Z'))).toBe(true);
    expect(isOpen(night, at('2026-10-25T01:15:00Z'))).toBe(true);
    expect(nextClosing(night, at('2026-10-25T00:30:00Z'))).toEqual(at('2026-10-25T03:00:00Z'));
  });

  it('a Saturday night window to 02:00 is an hour shorter when the clocks go forward', () => {
    const lateSaturday = weekly([{ day: 6, start: '22:00', end: '02:00' }]);
    const opens = nextOpening(lateSaturday, at('2026-03-28T12:00:00Z'));
    expect(opens).toEqual(at('2026-03-28T22:00:00Z'));
    expect(isOpen(lateSaturday, at('2026-03-29T00:59:00Z'))).toBe(true);
    expect(isOpen(lateSaturday, at('2026-03-29T01:00:00Z'))).toBe(false);
    expect(nextClosing(lateSaturday, at('2026-03-28T22:00:00Z'))).toEqual(
      at('2026-03-29T01:00:00Z'),
    );
  });

  it('a Saturday night window to 02:00 is an hour longer when the clocks go back', () => {
    const lateSaturday = weekly([{ day: 6, start: '22:00', end: '02:00' }]);
    expect(nextOpening(lateSaturday, at('2026-10-24T12:00:00Z'))).toEqual(
      at('2026-10-24T21:00:00Z'),
    );
    expect(isOpen(lateSaturday, at('2026-10-25T01:30:00Z'))).toBe(true);
    expect(isOpen(lateSaturday, at('2026-10-25T02:00:00Z'))).toBe(false);
    expect(nextClosing(lateSaturday, at('2026-10-24T21:00:00Z'))).toEqual(
      at('2026-10-25T02:00:00Z'),
    );
  });
});

describe('exceptions', () => {
  it('a bank holiday Monday is closed and the next opening is Tuesday 09:00', () => {
    const hours = withExceptions(office, [{ date: '2026-08-31', windows: [] }]);
    expect(isOpen(hours, at('2026-08-31T10:00:00Z'))).toBe(false);
    expect(isOpen(hours, at('2026-09-01T10:00:00Z'))).toBe(true);
    // From 17:30 on Friday 28 August 2026 (BST) to 09:00 on Tuesday 1 September.
    expect(nextOpening(hours, at('2026-08-28T16:30:00Z'))).toEqual(at('2026-09-01T08:00:00Z'));
  });

  it('Easter (Good Friday and Easter Monday off) opens again on Tuesday', () => {
    const hours = withExceptions(office, [
      { date: '2026-04-03', windows: [] },
      { date: '2026-04-06', windows: [] },
    ]);
    expect(nextOpening(hours, at('2026-04-02T16:30:00Z'))).toEqual(at('2026-04-07T08:00:00Z'));
  });

  it('leave over several days is closed on every one of them', () => {
    const leave = ['2026-08-10', '2026-08-11', '2026-08-12', '2026-08-13', '2026-08-14'];
    const hours = withExceptions(
      office,
      leave.map((date) => ({ date, windows: [] })),
    );
    for (const date of leave) expect(isOpen(hours, at(`${date}T11:00:00Z`))).toBe(false);
    expect(nextOpening(hours, at('2026-08-07T17:00:00Z'))).toEqual(at('2026-08-17T08:00:00Z'));
  });

  it('an exception with its own windows replaces the usual day', () => {
    // Christmas Eve 2026 is a Thursday: mornings only.
    const hours = withExceptions(office, [
      { date: '2026-12-24', windows: [{ start: '09:00', end: '12:00' }] },
    ]);
    expect(isOpen(hours, at('2026-12-24T11:00:00Z'))).toBe(true);
    expect(isOpen(hours, at('2026-12-24T13:00:00Z'))).toBe(false);
    expect(nextClosing(hours, at('2026-12-24T09:30:00Z'))).toEqual(at('2026-12-24T12:00:00Z'));
  });

  it('a late Sunday window still runs past midnight into a bank holiday Monday', () => {
    const hours: Hours = {
      kind: 'weekly',
      weekly: [{ day: 7, start: '22:00', end: '02:00' }, ...weekdays('09:00', '17:00')],
      exceptions: [{ date: '2026-08-31', windows: [] }],
    };
    expect(isOpen(hours, at('2026-08-31T00:00:00Z'))).toBe(true); // 01:00 BST Monday
    expect(isOpen(hours, at('2026-08-31T01:00:00Z'))).toBe(false); // 02:00 BST
    expect(isOpen(hours, at('2026-08-31T08:00:00Z'))).toBe(false); // 09:00 BST, holiday
  });

  it('an exception window across midnight runs into the next day', () => {
    const hours = withExceptions(weekly([]), [
      { date: '2026-12-31', windows: [{ start: '20:00', end: '03:00' }] },
    ]);
    expect(isOpen(hours, at('2027-01-01T02:30:00Z'))).toBe(true);
    expect(isOpen(hours, at('2027-01-01T03:00:00Z'))).toBe(false);
  });
});

describe('always and never', () => {
  const always: Hours = { kind: 'always' };
  const never: Hours = { kind: 'weekly', weekly: [], exceptions: [] };
  const now = at('2026-03-29T01:00:00Z');

  it('always is open, opens now and never closes', () => {
    expect(isOpen(always, now)).toBe(true);
    expect(nextOpening(always, now)).toEqual(now);
    expect(nextClosing(always, now)).toBeNull();
  });

  it('no windows at all means no opening and no closing', () => {
    expect(isOpen(never, now)).toBe(false);
    expect(nextOpening(never, now)).toBeNull();
    expect(nextClosing(never, now)).toBeNull();
  });

  it('open all day every day has no closing within the search', () => {
    const allDay = weekly(
      [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '00:00', end: '00:00' })),
    );
    expect(nextClosing(allDay, now)).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankHolidays, NATIONS, type Nation } from '../../../src/shared/bank-holidays';
import { hoursOnCalendar, type ServiceCalendar } from '../../../src/shared/calendar';
import { arrangeGuide } from '../../../src/shared/guide';
import { isOpen, nextOpening } from '../../../src/shared/hours';
import { addDays, isoWeekday, londonToInstant } from '../../../src/shared/london';
import type { GuideContact } from '../../../src/shared/schemas/guide';
import type { Hours } from '../../../src/shared/schemas/hours';

/** Each nation's weekdays off 2026 to 2035 as date-holidays lists them (see the fixture's maker). */
const library = JSON.parse(
  readFileSync(new URL('./fixtures/uk-bank-holidays.json', import.meta.url), 'utf8'),
) as { years: Record<Nation, Record<string, string[]>> };

const gpHours: Hours = {
  kind: 'weekly',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '18:30' })),
  exceptions: [],
};
const cal = (...nations: Nation[]): ServiceCalendar => ({ nations, closures: [] });
const at = (date: string, time = '10:00') => londonToInstant(date, time);

/** The who-is-open rule as the app and server use it: the hours on the calendar, then isOpen. */
const openOn = (hours: Hours, calendar: ServiceCalendar, date: string, time = '10:00') =>
  isOpen(hoursOnCalendar(hours, calendar, at(date, time)), at(date, time));
const opensAt = (hours: Hours, calendar: ServiceCalendar, date: string, time = '10:00') =>
  nextOpening(hoursOnCalendar(hours, calendar, at(date, time)), at(date, time));

describe('our bank holiday rules against the date-holidays library, 2026 to 2035', () => {
  for (const nation of NATIONS) {
    for (let year = 2026; year <= 2035; year++) {
      it(`${nation} ${year}`, () => {
        expect(bankHolidays(nation, year).map((h) => h.date)).toEqual(
          library.years[nation][String(year)],
        );
      });
    }
  }
});

describe('who is open on the calendar', () => {
  it('a GP surgery is closed on Christmas Day (or its substitute) every year to 2035', () => {
    for (let year = 2026; year <= 2035; year++) {
      let day = `${year}-12-25`;
      while (isoWeekday(day) > 5) day = addDays(day, 1);
      expect(openOn(gpHours, cal('england-and-wales'), day), day).toBe(false);
      // Without the calendar the same hours would be open: the calendar is what closes it.
      expect(isOpen(gpHours, at(day)), day).toBe(true);
    }
  });

  it('a GP surgery is closed on every bank holiday of its nation to 2035, and open the next working day', () => {
    for (const nation of NATIONS) {
      for (let year = 2026; year <= 2035; year++) {
        const off = new Set(library.years[nation][String(year)]);
        for (const day of off) {
          expect(openOn(gpHours, cal(nation), day), `${nation} ${day}`).toBe(false);
          let next = addDays(day, 1);
          while (isoWeekday(next) > 5 || off.has(next)) next = addDays(next, 1);
          if (!next.startsWith(String(year))) continue;
          expect(opensAt(gpHours, cal(nation), day), `${nation} ${day}`).toEqual(at(next, '08:00'));
        }
      }
    }
  });

  it('Boxing Day on a Saturday: the substitute Monday is closed, Tuesday opens at 8am', () => {
    // 2026: Christmas is a Friday, Boxing Day a Saturday, so Monday 28 December is off.
    expect(openOn(gpHours, cal('england-and-wales'), '2026-12-28')).toBe(false);
    expect(opensAt(gpHours, cal('england-and-wales'), '2026-12-25')).toEqual(
      at('2026-12-29', '08:00'),
    );
    // 2032: Christmas is a Saturday, so both Monday 27 and Tuesday 28 are off.
    expect(openOn(gpHours, cal('england-and-wales'), '2032-12-27')).toBe(false);
    expect(openOn(gpHours, cal('england-and-wales'), '2032-12-28')).toBe(false);
    expect(openOn(gpHours, cal('england-and-wales'), '2032-12-29')).toBe(true);
  });

  it('2 January is a bank holiday in Scotland only', () => {
    expect(openOn(gpHours, cal('scotland'), '2029-01-02')).toBe(false);
    expect(openOn(gpHours, cal('england-and-wales'), '2029-01-02')).toBe(true);
    // 2027: 2 January is a Saturday; Scotland's substitute is Monday 4 January.
    expect(openOn(gpHours, cal('scotland'), '2027-01-04')).toBe(false);
    expect(openOn(gpHours, cal('northern-ireland'), '2027-01-04')).toBe(true);
  });

  it("St Andrew's Day closes Scottish services, with a substitute when it falls at a weekend", () => {
    expect(openOn(gpHours, cal('scotland'), '2026-11-30')).toBe(false);
    expect(openOn(gpHours, cal('england-and-wales'), '2026-11-30')).toBe(true);
    // 2030: 30 November is a Saturday, so Monday 2 December is off.
    expect(openOn(gpHours, cal('scotland'), '2030-12-02')).toBe(false);
  });

  it('12 July closes services in Northern Ireland only, moved to Monday when at a weekend', () => {
    expect(openOn(gpHours, cal('northern-ireland'), '2027-07-12')).toBe(false);
    expect(openOn(gpHours, cal('england-and-wales'), '2027-07-12')).toBe(true);
    expect(openOn(gpHours, cal('scotland'), '2027-07-12')).toBe(true);
    // 2026: 12 July is a Sunday.
    expect(openOn(gpHours, cal('northern-ireland'), '2026-07-13')).toBe(false);
  });

  it('Easter Monday closes services in England and Wales but not in Scotland', () => {
    for (const day of ['2026-04-06', '2030-04-22', '2035-03-26']) {
      expect(openOn(gpHours, cal('england-and-wales'), day), day).toBe(false);
      expect(openOn(gpHours, cal('scotland'), day), day).toBe(true);
    }
  });

  it('a service serving two nations closes on the bank holidays of both', () => {
    const both = cal('england-and-wales', 'scotland');
    expect(openOn(gpHours, both, '2026-04-06')).toBe(false);
    expect(openOn(gpHours, both, '2026-11-30')).toBe(false);
  });

  it('a 24/7 line is open on Christmas Day, every year to 2035', () => {
    for (let year = 2026; year <= 2035; year++) {
      expect(openOn({ kind: 'always' }, cal('scotland'), `${year}-12-25`, '03:00')).toBe(true);
    }
  });

  it('a team training day closes the hours, a day either side is open', () => {
    const training: ServiceCalendar = {
      nations: ['england-and-wales'],
      closures: [{ from: '2031-06-11', to: '2031-06-11', label: 'Team training day' }],
    };
    expect(openOn(gpHours, training, '2031-06-11')).toBe(false);
    expect(openOn(gpHours, training, '2031-06-10')).toBe(true);
    expect(opensAt(gpHours, training, '2031-06-11')).toEqual(at('2031-06-12', '08:00'));
  });

  it('an evening window that began before a bank holiday still runs past midnight into it', () => {
    const late: Hours = {
      kind: 'weekly',
      weekly: [{ day: 4, start: '20:00', end: '02:00' }],
      exceptions: [],
    };
    // Thursday 24 December 2026, 20:00 to 02:00 on Christmas Day.
    expect(openOn(late, cal('england-and-wales'), '2026-12-25', '01:00')).toBe(true);
  });
});

describe('Help now on Christmas Day, years ahead', () => {
  const gp: GuideContact = {
    id: '6b1c1f7e-33a5-4a43-9d0e-5b0f1b0c0a01',
    kind: 'gp',
    name: 'Your GP surgery',
    whenToUse: 'For health problems that are not urgent.',
    call: '01632 960000',
    hours: gpHours,
    picture: 'gp',
  };
  const pharmacy: GuideContact = {
    ...gp,
    id: '6b1c1f7e-33a5-4a43-9d0e-5b0f1b0c0a02',
    kind: 'local',
    name: 'Late pharmacy',
    hours: { kind: 'weekly', weekly: [{ day: 1, start: '10:00', end: '16:00' }], exceptions: [] },
    calendar: 'ignore',
    picture: 'local',
  };

  it('shows the GP closed on Christmas Day 2034, opening on Wednesday 27 December', () => {
    // 2034: Christmas is a Monday, Boxing Day a Tuesday.
    const item = arrangeGuide([gp], at('2034-12-25', '08:30'), cal('england-and-wales'))[1];
    expect(item?.open).toBe(false);
    expect(item?.opensAt).toEqual(at('2034-12-27', '08:00'));
  });

  it('a card marked to ignore the calendar keeps its own hours on a bank holiday', () => {
    const items = arrangeGuide([gp, pharmacy], at('2034-12-25', '11:00'), cal('england-and-wales'));
    expect(items.find((i) => i.contact.id === pharmacy.id)?.open).toBe(true);
    expect(items.find((i) => i.contact.id === gp.id)?.open).toBe(false);
  });
});

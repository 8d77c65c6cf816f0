import { describe, expect, test } from 'vitest';
import { dateFromParts } from '../../../src/console/screens/person/consent/date-fields';

describe('the day, month and year boxes', () => {
  test('make a date, with or without leading zeros', () => {
    expect(dateFromParts('4', '12', '2026')).toBe('2026-12-04');
    expect(dateFromParts('04', '03', '2027')).toBe('2027-03-04');
    expect(dateFromParts(' 29 ', '2', '2028')).toBe('2028-02-29');
  });

  test('make nothing when the date is not real or a box is unfinished', () => {
    expect(dateFromParts('31', '11', '2026')).toBeNull();
    expect(dateFromParts('29', '2', '2027')).toBeNull();
    expect(dateFromParts('0', '1', '2026')).toBeNull();
    expect(dateFromParts('1', '13', '2026')).toBeNull();
    expect(dateFromParts('', '12', '2026')).toBeNull();
    expect(dateFromParts('4', '12', '26')).toBeNull();
    expect(dateFromParts('4th', '12', '2026')).toBeNull();
  });
});

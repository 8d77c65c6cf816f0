import { describe, expect, test } from 'vitest';
import { dateParts, parseDateParts } from '../../../src/console/components/date-input/parse';

describe('the NHS date input rules', () => {
  test('a real date comes back as YYYY-MM-DD, with or without leading zeros', () => {
    expect(parseDateParts({ day: '4', month: '12', year: '2026' })).toEqual({
      ok: true,
      date: '2026-12-04',
    });
    expect(parseDateParts({ day: ' 01 ', month: '02', year: '2027' })).toEqual({
      ok: true,
      date: '2027-02-01',
    });
    expect(parseDateParts({ day: '29', month: '2', year: '2028' })).toMatchObject({ ok: true });
  });

  test('missing boxes are named, in the NHS words', () => {
    expect(parseDateParts({ day: '', month: '', year: '' }, 'the date of the contact')).toEqual({
      ok: false,
      message: 'Enter the date of the contact',
      part: 'day',
    });
    expect(parseDateParts({ day: '4', month: '', year: '' })).toEqual({
      ok: false,
      message: 'Date must include a month and a year',
      part: 'month',
    });
    expect(parseDateParts({ day: '4', month: '12', year: '' })).toMatchObject({
      message: 'Date must include a year',
      part: 'year',
    });
  });

  test('a date that does not exist, or a short year, is refused', () => {
    expect(parseDateParts({ day: '31', month: '2', year: '2026' })).toMatchObject({
      ok: false,
      message: 'Date must be a real date',
      part: 'day',
    });
    expect(parseDateParts({ day: '29', month: '2', year: '2027' })).toMatchObject({ ok: false });
    expect(parseDateParts({ day: '1', month: '13', year: '2026' })).toMatchObject({
      part: 'month',
    });
    expect(parseDateParts({ day: '1', month: 'May', year: '2026' })).toMatchObject({
      message: 'Date must be a real date',
      part: 'month',
    });
    expect(parseDateParts({ day: '1', month: '5', year: '26' })).toEqual({
      ok: false,
      message: 'Year must include 4 numbers',
      part: 'year',
    });
  });

  test('a stored date fills the boxes as people write it', () => {
    expect(dateParts('2026-12-04')).toEqual({ day: '4', month: '12', year: '2026' });
  });
});

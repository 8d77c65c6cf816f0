import { describe, expect, it, test } from 'vitest';
import {
  dateParts,
  parseDateParts,
  parsePastDate,
} from '../../../src/console/components/date-input/parse';

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

describe('a date something happened on', () => {
  const today = '2026-12-04';
  it('is today or earlier', () => {
    expect(parsePastDate({ day: '4', month: '12', year: '2026' }, today)).toEqual({
      ok: true,
      date: '2026-12-04',
    });
    expect(parsePastDate({ day: '29', month: '2', year: '2024' }, today)).toEqual({
      ok: true,
      date: '2024-02-29',
    });
  });

  it('is refused, by its day box, when it is tomorrow', () => {
    expect(parsePastDate({ day: '5', month: '12', year: '2026' }, today, 'the day')).toEqual({
      ok: false,
      message: 'Day must be today or in the past',
      part: 'day',
    });
  });

  it('still says first when it is not a real date', () => {
    expect(parsePastDate({ day: '29', month: '2', year: '2026' }, today)).toMatchObject({
      ok: false,
      message: 'Date must be a real date',
    });
  });
});

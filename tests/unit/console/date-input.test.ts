import { describe, expect, it } from 'vitest';
import { partsOf, readDate } from '../../../src/console/components/date-input/date-parts';

const TODAY = '2026-12-04';
const read = (day: string, month: string, year: string) => readDate({ day, month, year }, TODAY);

describe('the day, month and year boxes', () => {
  it('make an ISO date, with or without leading zeros', () => {
    expect(read('7', '3', '2026')).toEqual({ date: '2026-03-07' });
    expect(read('07', '03', '2026')).toEqual({ date: '2026-03-07' });
    expect(read(' 4 ', '12', '2026')).toEqual({ date: TODAY });
  });
  it('say which part is missing or wrong, in plain words', () => {
    expect(read('', '', '')).toEqual({ error: 'Enter the date' });
    expect(read('', '3', '2026')).toEqual({ error: 'The date must include a day' });
    expect(read('7', '', '2026')).toEqual({ error: 'The date must include a month' });
    expect(read('7', '3', '26')).toEqual({ error: 'The year must be 4 numbers, like 2026' });
  });
  it('refuse a day that does not exist', () => {
    expect(read('31', '6', '2026')).toEqual({ error: 'Enter a real date, like 27 11 2026' });
    expect(read('29', '2', '2026')).toEqual({ error: 'Enter a real date, like 27 11 2026' });
    expect(read('29', '2', '2024')).toEqual({ date: '2024-02-29' });
    expect(read('1', '13', '2026')).toEqual({ error: 'Enter a real date, like 27 11 2026' });
  });
  it('refuse a day after today', () => {
    expect(read('5', '12', '2026')).toEqual({ error: 'The date must be today or in the past' });
  });
  it('start from a date without leading zeros', () => {
    expect(partsOf('2026-03-07')).toEqual({ day: '7', month: '3', year: '2026' });
  });
});

describe('the boxes as people type them', () => {
  it('take leading zeros and spaces, and a 29 February that exists', () => {
    expect(read('04', '03', '2026')).toEqual({ date: '2026-03-04' });
    expect(read(' 29 ', '2', '2024')).toEqual({ date: '2024-02-29' });
  });

  it('refuse a day that is not a number, a day 0 and a 29 February that does not exist', () => {
    expect(read('4th', '12', '2026')).toEqual({ error: 'The date must include a day' });
    expect(read('0', '1', '2026')).toEqual({ error: 'Enter a real date, like 27 11 2026' });
    expect(read('29', '2', '2026')).toEqual({ error: 'Enter a real date, like 27 11 2026' });
  });
});

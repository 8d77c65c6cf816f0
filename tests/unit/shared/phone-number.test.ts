import { describe, expect, it } from 'vitest';
import { ukMobile, ukMobileWords } from '#shared/phone-number';

describe('UK mobile numbers', () => {
  it.each([
    ['07700 900123', '+447700900123'],
    ['07700900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['0044 7700-900-123', '+447700900123'],
    ['447700900123', '+447700900123'],
    [' 07123.456789 ', '+447123456789'],
  ])('%s is %s', (input, e164) => {
    expect(ukMobile(input)).toBe(e164);
  });

  it.each([
    ['a landline', '0113 496 0000'],
    ['too short', '07700 90012'],
    ['too long', '07700 9001234'],
    ['a personal number (070)', '07011 123456'],
    ['a pager (076)', '07624 123456'],
    ['a number abroad', '+33 6 12 34 56 78'],
    ['words', 'call me'],
    ['empty', ''],
  ])('%s is refused', (_what, input) => {
    expect(ukMobile(input)).toBeNull();
  });

  it('shows a stored number the way people write it', () => {
    expect(ukMobileWords('+447700900123')).toBe('07700 900123');
  });
});

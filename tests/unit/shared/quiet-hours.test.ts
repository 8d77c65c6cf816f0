import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIET_HOURS, isQuiet, textSendTime } from '#shared/quiet-hours';

const at = (iso: string) => new Date(iso);
const quiet = DEFAULT_QUIET_HOURS;

describe('quiet hours (9pm to 8am, London clocks)', () => {
  it('a text due at 3pm on a winter Monday goes at 3pm', () => {
    expect(textSendTime(quiet, at('2026-12-07T15:00:00Z')).toISOString()).toBe(
      '2026-12-07T15:00:00.000Z',
    );
  });

  it('a text due at 10:30pm in winter waits until 8am the next morning', () => {
    expect(textSendTime(quiet, at('2026-12-07T22:30:00Z')).toISOString()).toBe(
      '2026-12-08T08:00:00.000Z',
    );
  });

  it('a text due at 2am waits until 8am the same morning', () => {
    expect(textSendTime(quiet, at('2026-12-08T02:00:00Z')).toISOString()).toBe(
      '2026-12-08T08:00:00.000Z',
    );
  });

  it('in summer 8:30pm London (19:30 UTC) is not quiet, 9pm London (20:00 UTC) is', () => {
    expect(isQuiet(quiet, at('2026-07-01T19:30:00Z'))).toBe(false);
    expect(isQuiet(quiet, at('2026-07-01T20:00:00Z'))).toBe(true);
    expect(textSendTime(quiet, at('2026-07-01T20:00:00Z')).toISOString()).toBe(
      '2026-07-02T07:00:00.000Z',
    );
  });

  it('9pm itself is quiet and 8am itself is not', () => {
    expect(isQuiet(quiet, at('2026-12-07T21:00:00Z'))).toBe(true);
    expect(isQuiet(quiet, at('2026-12-07T20:59:00Z'))).toBe(false);
    expect(isQuiet(quiet, at('2026-12-08T08:00:00Z'))).toBe(false);
    expect(isQuiet(quiet, at('2026-12-08T07:59:00Z'))).toBe(true);
  });

  it('on the night the clocks go forward (29 March 2026) the text goes at 8am BST, 07:00 UTC', () => {
    // 11pm GMT on Saturday 28 March; the clocks jump from 1am to 2am overnight.
    expect(textSendTime(quiet, at('2026-03-28T23:00:00Z')).toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
    // 01:30 UTC on the Sunday is 2:30am BST: still quiet.
    expect(isQuiet(quiet, at('2026-03-29T01:30:00Z'))).toBe(true);
  });

  it('on the night the clocks go back (25 October 2026) the text goes at 8am GMT, 08:00 UTC', () => {
    // 10pm BST on Saturday 24 October; 1am to 2am happens twice overnight.
    expect(textSendTime(quiet, at('2026-10-24T21:00:00Z')).toISOString()).toBe(
      '2026-10-25T08:00:00.000Z',
    );
    // 07:30 UTC on the Sunday is 7:30am GMT: still quiet, though it was 8:30 BST the day before.
    expect(isQuiet(quiet, at('2026-10-25T07:30:00Z'))).toBe(true);
  });

  it('quiet hours within one day (1pm to 2pm) hold texts until 2pm', () => {
    const lunch = { start: '13:00', end: '14:00' };
    expect(isQuiet(lunch, at('2026-12-07T13:30:00Z'))).toBe(true);
    expect(isQuiet(lunch, at('2026-12-07T12:30:00Z'))).toBe(false);
    expect(textSendTime(lunch, at('2026-12-07T13:30:00Z')).toISOString()).toBe(
      '2026-12-07T14:00:00.000Z',
    );
  });

  it('the same start and end means no quiet hours', () => {
    expect(isQuiet({ start: '08:00', end: '08:00' }, at('2026-12-08T03:00:00Z'))).toBe(false);
  });
});

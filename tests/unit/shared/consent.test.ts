import { describe, expect, test } from 'vitest';
import { consentInForce, consentOn } from '#shared/consent';
import type { ConsentRecord } from '#shared/schemas/consent';

let seq = 0;
const line = (over: Partial<ConsentRecord>): ConsentRecord => ({
  id: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
  seq,
  topic: 'outcomes',
  action: 'given',
  day: '2026-11-02',
  how: 'in-person',
  sharedWith: [],
  recordedBy: null,
  recordedAt: '2026-12-04T10:00:00.000Z',
  ...over,
});

describe('what consent is in force on a day', () => {
  const given = line({ day: '2026-11-02' });
  const withdrawn = line({ day: '2026-11-20', action: 'withdrawn', how: 'app' });
  const history = [withdrawn, given];

  test('nothing recorded is "not recorded", never given', () => {
    expect(consentOn([], 'app', '2026-12-01').status).toBe('not-recorded');
    expect(consentOn(history, 'app', '2026-12-01').status).toBe('not-recorded');
  });

  test('before it was given, on the day, and after it was withdrawn', () => {
    expect(consentOn(history, 'outcomes', '2026-11-01').status).toBe('not-recorded');
    expect(consentOn(history, 'outcomes', '2026-11-02').status).toBe('given');
    expect(consentOn(history, 'outcomes', '2026-11-19').status).toBe('given');
    expect(consentOn(history, 'outcomes', '2026-11-20')).toEqual({
      topic: 'outcomes',
      status: 'withdrawn',
      latest: withdrawn,
    });
  });

  test('two lines on one day: the one added later wins, whatever the order given', () => {
    const a = line({ day: '2026-12-01', action: 'withdrawn' });
    const b = line({ day: '2026-12-01', action: 'given' });
    expect(consentOn([a, b], 'outcomes', '2026-12-01').status).toBe('given');
    expect(consentOn([b, a], 'outcomes', '2026-12-01').status).toBe('given');
  });

  test('a line dated earlier but added later still counts by its day', () => {
    const late = line({ day: '2026-11-10', action: 'withdrawn' });
    expect(consentOn([given, late, withdrawn], 'outcomes', '2026-11-15').status).toBe('withdrawn');
    expect(consentOn([line({ day: '2026-11-25' }), late], 'outcomes', '2026-11-30').status).toBe(
      'given',
    );
  });

  test('every topic, in a fixed order', () => {
    const states = consentInForce(
      [line({ topic: 'support' }), line({ topic: 'share-plan' })],
      '2026-12-04',
    );
    expect(states.map((s) => [s.topic, s.status])).toEqual([
      ['support', 'given'],
      ['app', 'not-recorded'],
      ['share-plan', 'given'],
      ['outcomes', 'not-recorded'],
      ['texts', 'not-recorded'],
    ]);
  });
});

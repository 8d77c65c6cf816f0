import { describe, expect, it } from 'vitest';
import { fitWithin, shrinkProblemWords } from '../../../../../src/app/components/photo/shrink';

describe('making a photo smaller on the phone', () => {
  it('brings the longest side down to 1600 pixels and keeps the shape', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(8000, 100)).toEqual({ width: 1600, height: 20 });
  });

  it('never makes a small photo bigger, or a side nothing', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(1600, 1600)).toEqual({ width: 1600, height: 1600 });
    expect(fitWithin(20000, 1)).toEqual({ width: 1600, height: 1 });
  });

  it('says kindly why a photo could not be used, and what to try', () => {
    expect(shrinkProblemWords('too-big-to-open')).toBe(
      'That photo is too big to open on this phone (more than 30 MB). Try a different photo, or take a new one.',
    );
    for (const problem of ['not-a-photo', 'too-big'] as const) {
      expect(shrinkProblemWords(problem)).toMatch(/Try a different photo\.$/);
    }
  });
});

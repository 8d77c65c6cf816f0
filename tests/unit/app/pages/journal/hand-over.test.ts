import { describe, expect, it } from 'vitest';
import { HAPPENING_STEP } from '../../../../../src/app/pages/journal/hand-over';
import { STEPS } from '../../../../../src/app/pages/journal/feeling/steps';

describe('words carried into the journal', () => {
  it('open on the step that holds them, "What\'s happening?"', () => {
    const step = STEPS[HAPPENING_STEP];
    expect(step?.question).toBe("What's happening?");
    expect(step?.answered({ step: HAPPENING_STEP, happening: 'I feel scared tonight' })).toBe(true);
    expect(step?.answered({ step: HAPPENING_STEP })).toBe(false);
  });
});

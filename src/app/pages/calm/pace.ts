/**
 * The breathing pace: in for 4 seconds, out for 6. A longer breath out slows the heart; there
 * is no holding of the breath, which can make an anxious person feel short of air.
 */
export const BREATHE_IN_SECONDS = 4;
export const BREATHE_OUT_SECONDS = 6;
/** Rounds in one go (about a minute and a half), then it stops and offers to go again. */
export const ROUNDS = 8;

export type BreathPhase = 'in' | 'out';

export interface BreathMoment {
  phase: BreathPhase;
  /** The second within this breath in or out, from 1. */
  second: number;
  /** Which round this is, from 1. */
  round: number;
  done: boolean;
}

/** Where the guide is `elapsed` whole seconds after starting. */
export function breathAt(elapsed: number): BreathMoment {
  const cycle = BREATHE_IN_SECONDS + BREATHE_OUT_SECONDS;
  const safe = Math.max(0, Math.floor(elapsed));
  if (safe >= cycle * ROUNDS)
    return { phase: 'out', second: BREATHE_OUT_SECONDS, round: ROUNDS, done: true };
  const round = Math.floor(safe / cycle) + 1;
  const within = safe % cycle;
  return within < BREATHE_IN_SECONDS
    ? { phase: 'in', second: within + 1, round, done: false }
    : { phase: 'out', second: within - BREATHE_IN_SECONDS + 1, round, done: false };
}

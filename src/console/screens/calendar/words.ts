import type { Nation } from '#shared/bank-holidays';
import { nhsDate } from '#shared/time-words';
import type { Closure } from '#shared/schemas/calendar';

export const NATION_WORDS: Record<Nation, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** "Wednesday 16 December 2026", or "Monday 14 December to Tuesday 15 December 2026". */
export function closureDays(c: Pick<Closure, 'from' | 'to'>): string {
  if (c.from === c.to) return nhsDate(c.from, true);
  const sameYear = c.from.slice(0, 4) === c.to.slice(0, 4);
  return `${nhsDate(c.from, !sameYear)} to ${nhsDate(c.to, true)}`;
}

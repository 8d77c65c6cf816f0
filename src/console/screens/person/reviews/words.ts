import type { ReviewSettings } from '#shared/schemas/review';

/**
 * "Reviews fall due at 3 weeks (Interim review) and 12 weeks (End of support review) after
 * support starts, then every 4 weeks while support carries on."
 */
export function pointsWords(settings: ReviewSettings): string {
  const at = settings.points.map((p) => `${p.weeks} weeks (${p.label})`);
  const every = settings.thenEveryWeeks;
  if (at.length === 0) {
    return every
      ? `Reviews fall due every ${every} weeks while support carries on.`
      : 'This service has no set review points.';
  }
  const list = at.length > 1 ? `${at.slice(0, -1).join(', ')} and ${at.at(-1)}` : at[0];
  const then = every ? `, then every ${every} weeks while support carries on` : '';
  return `Reviews fall due at ${list} after support starts${then}.`;
}

/**
 * Orders ISO dates, times and instants (`2026-12-07`, `09:30`, `2026-12-07T09:30:00Z`) by their
 * characters, which is their order in time. `localeCompare` would give the same order here but
 * makes the browser load its language data (a long task on a cheap phone) the first time it runs.
 */
export function byIsoText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What one request costs from its caller's bucket (see request-limits.ts). Reads that do much
 * more work than a write cost more, so a flood of them runs out sooner: a full sync reads every
 * message page from the start, the outcome figures group a whole service's history, and the
 * CSV does that and writes an audit line.
 */
export const REQUEST_COSTS = {
  cheap: 1,
  sync: 2,
  fullSync: 8,
  outcomes: 10,
  outcomesExport: 20,
} as const;

/** The dearest request: a bucket must hold at least this much or it could never be made. */
export const MAX_REQUEST_COST = Math.max(...Object.values(REQUEST_COSTS));

/** One table for every route, so a new route costs 1 unless it is named here. */
export function requestCost(method: string, path: string, since: string | undefined): number {
  if (method !== 'GET' && method !== 'HEAD') return REQUEST_COSTS.cheap;
  const route = path.replace(/\/+$/, '');
  if (route === '/api/device/sync') {
    return since === undefined || since === '' || since === '0'
      ? REQUEST_COSTS.fullSync
      : REQUEST_COSTS.sync;
  }
  if (route === '/api/outcomes') return REQUEST_COSTS.outcomes;
  if (route === '/api/outcomes/export.csv') return REQUEST_COSTS.outcomesExport;
  return REQUEST_COSTS.cheap;
}

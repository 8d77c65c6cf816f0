/**
 * What one request costs from its caller's bucket (see request-limits.ts), roughly in
 * proportion to the database time it takes (bench/flood.ts): a full sync of a 500-message
 * thread takes about 20 times a message send on PGlite, the outcome figures group a whole
 * service's history, and the CSV does that and writes an audit line; one person's whole record
 * reads every table they are in. A phone does a full sync
 * once, after pairing; after that it sends its cursor.
 */
export const REQUEST_COSTS = {
  cheap: 1,
  sync: 2,
  fullSync: 20,
  outcomes: 10,
  outcomesExport: 20,
  recordExport: 20,
} as const;

/** The dearest request: a bucket must hold at least this much or it could never be made. */
export const MAX_REQUEST_COST = Math.max(...Object.values(REQUEST_COSTS));

/** One table for every route, so a new route costs 1 unless it is named here. */
export function requestCost(method: string, path: string, since: string | undefined): number {
  const route = path.replace(/\/+$/, '');
  // An import checks and writes a whole trust file in one transaction.
  if (method === 'POST' && route === '/api/outcomes/hospital-import') {
    return REQUEST_COSTS.outcomesExport;
  }
  if (method !== 'GET' && method !== 'HEAD') return REQUEST_COSTS.cheap;
  if (route === '/api/device/sync') {
    return since === undefined || since === '' || since === '0'
      ? REQUEST_COSTS.fullSync
      : REQUEST_COSTS.sync;
  }
  if (route === '/api/outcomes') return REQUEST_COSTS.outcomes;
  if (route === '/api/outcomes/export.csv' || route === '/api/outcomes/people.csv') {
    return REQUEST_COSTS.outcomesExport;
  }
  if (/^\/api\/people\/[^/]+\/record(\/text)?$/.test(route)) return REQUEST_COSTS.recordExport;
  return REQUEST_COSTS.cheap;
}

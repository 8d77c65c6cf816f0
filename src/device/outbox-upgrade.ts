import { matchDeviceWrite } from '#shared/endpoints/device-writes';
import type { OutboxRecord } from './db-schema';

/** The `failed.error` of a send this version of the app cannot make sense of. */
export const NOT_UNDERSTOOD = 'not_understood';

/**
 * An outbox record as version 6 keeps it, from one queued under version 3 to 5 (a `method` and
 * a `path`): the endpoint it was for, by name, and the path's parameters. A record whose path
 * names no endpoint this version has is kept, marked as refused, so the person sees it in what
 * did not send and decides; it is never sent to a guessed address. A record that already names
 * its endpoint is left as it is.
 */
export function upgradeOutboxRecord(old: unknown, now: Date): OutboxRecord {
  const record = { ...(typeof old === 'object' && old !== null ? old : {}) } as Record<
    string,
    unknown
  >;
  if (typeof record.endpoint === 'string') return record as unknown as OutboxRecord;
  const method = typeof record.method === 'string' ? record.method : '';
  const path = typeof record.path === 'string' ? record.path : '';
  delete record.method;
  delete record.path;
  const found = matchDeviceWrite(method, path);
  if (found) return { ...record, endpoint: found.name, params: found.params } as OutboxRecord;
  return {
    ...record,
    endpoint: `${method} ${path}`.trim(),
    params: {},
    failed: { status: 0, error: NOT_UNDERSTOOD, at: now.toISOString() },
  } as OutboxRecord;
}

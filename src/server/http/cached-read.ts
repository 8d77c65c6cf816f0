import type { Context } from 'hono';
import { londonDate } from '#shared/london';
import type { CaseloadKey } from '../people/caseload-cache';
import type { StaffEnv } from '../request-env';
import type { Runtime } from '../runtime';

const JSON_TYPE = { 'content-type': 'application/json' };

/**
 * A caseload read for the signed-in member of staff: the answer kept for them, their role and
 * today's London date if there is one (`hit` runs instead of `read`: the audit line), or
 * `read`'s, kept for next time unless something changed while it was being read. The cache is
 * bypassed while the live bus may be missing messages from other instances.
 */
export async function cachedRead(
  deps: Pick<Runtime, 'caseloadCache' | 'live'>,
  c: Context<StaffEnv>,
  what: string,
  read: () => Promise<unknown>,
  hit: () => void,
): Promise<Response> {
  const staff = c.get('staff');
  const { caseworker } = staff;
  const key: CaseloadKey = {
    serviceId: caseworker.service_id,
    caseworkerId: caseworker.id,
    role: caseworker.role,
    day: londonDate(staff.at),
    what,
  };
  const cache = deps.live.reliable() ? deps.caseloadCache : undefined;
  const now = staff.at.getTime();
  const kept = cache?.get(key, now);
  if (kept !== undefined) {
    hit();
    return c.body(kept, 200, JSON_TYPE);
  }
  const generation = cache?.generation(key.serviceId);
  const body = JSON.stringify(await read());
  if (cache && generation !== undefined) cache.set(key, body, generation, now);
  return c.body(body, 200, JSON_TYPE);
}

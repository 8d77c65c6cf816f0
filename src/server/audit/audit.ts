import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database';
import { insertAudit, type ActorType } from '../db/tables/audit-log.table';

export interface AuditEvent {
  serviceId: string;
  actor: { type: ActorType; id: string | null };
  /** A stable dotted code: `person.read`, `device.revoke`, `auth.login`. */
  action: string;
  personId?: string | undefined;
  subjectId?: string | undefined;
  /** Plain words for the lead. Never names, notes, messages or journal text. */
  detail?: string | undefined;
}

/**
 * A caseworker looking at the same thing again soon (the console refreshes a list when a live
 * event arrives) is one read, not many: a `.read` or `.list` of the same person by the same
 * caseworker is written once per 15 minutes per server instance. Reads of one item
 * (`subjectId` set, like marking a shared entry read) and every write are always written.
 */
export const REPEAT_READ_WINDOW_MS = 15 * 60 * 1000;
const lastWritten = new Map<string, number>();

function isRepeatRead(event: AuditEvent, now: Date): boolean {
  if (event.subjectId !== undefined || !/\.(read|list)$/.test(event.action)) return false;
  const key = [event.serviceId, event.actor.id, event.action, event.personId ?? ''].join(' ');
  const at = now.getTime();
  const last = lastWritten.get(key);
  if (last !== undefined && at >= last && at - last < REPEAT_READ_WINDOW_MS) return true;
  if (lastWritten.size >= 50_000) {
    for (const [k, t] of lastWritten) if (at - t >= REPEAT_READ_WINDOW_MS) lastWritten.delete(k);
    if (lastWritten.size >= 50_000) lastWritten.clear();
  }
  lastWritten.set(key, at);
  return false;
}

/** Write one line to the audit log (a repeated read within 15 minutes is skipped, see above). */
export async function audit(db: Db, event: AuditEvent, now: Date): Promise<void> {
  if (isRepeatRead(event, now)) return;
  await insertAudit(db, {
    id: randomUUID(),
    service_id: event.serviceId,
    at: now,
    actor_type: event.actor.type,
    actor_id: event.actor.id,
    action: event.action,
    person_id: event.personId ?? null,
    subject_id: event.subjectId ?? null,
    detail: event.detail ?? null,
  });
}

/** The actor for a person's linked phone. */
export const deviceActor = (deviceId: string) => ({ type: 'device' as const, id: deviceId });

/** The actor for a signed-in member of staff. */
export const staffActor = (caseworkerId: string) => ({
  type: 'caseworker' as const,
  id: caseworkerId,
});

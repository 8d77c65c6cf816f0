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

/** Write one line to the audit log. */
export async function audit(db: Db, event: AuditEvent, now: Date): Promise<void> {
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

/** The actor for a signed-in member of staff. */
export const staffActor = (caseworkerId: string) => ({
  type: 'caseworker' as const,
  id: caseworkerId,
});

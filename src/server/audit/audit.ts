import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database';
import type { Logger } from 'pino';
import { insertAudit, type ActorType, type AuditRow } from '../db/tables/audit-log.table';

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
 * caseworker is written once per 15 minutes per server instance (see `AuditLog.read`).
 */
export const REPEAT_READ_WINDOW_MS = 15 * 60 * 1000;

function auditRow(event: AuditEvent, now: Date): AuditRow {
  return {
    id: randomUUID(),
    service_id: event.serviceId,
    at: now,
    actor_type: event.actor.type,
    actor_id: event.actor.id,
    action: event.action,
    person_id: event.personId ?? null,
    subject_id: event.subjectId ?? null,
    detail: event.detail ?? null,
  };
}

/** Write one line to the audit log now, in `db` (a write's own transaction, usually). */
export async function audit(db: Db, event: AuditEvent, now: Date): Promise<void> {
  await insertAudit(db, [auditRow(event, now)]);
}

/** Write several lines to the audit log now, in one insert. */
export async function auditAll(db: Db, events: AuditEvent[], now: Date): Promise<void> {
  if (events.length > 0)
    await insertAudit(
      db,
      events.map((e) => auditRow(e, now)),
    );
}

/**
 * The audit lines of reads, kept off the read's answer: each is queued and written at once in
 * the background, and the lines that arrive while a write is under way go together in the next
 * one (a multi-row insert). A failed write keeps its lines and tries again. `flush()` waits until
 * every line queued so far is in the table: the audit log's own reads and shutdown call it.
 * A crash of the process can lose only lines not yet written (a few milliseconds' worth).
 * One per app instance (it owns the repeated-read memory).
 */
export class AuditLog {
  readonly #lastWritten = new Map<string, number>();
  #queue: AuditRow[] = [];
  #writing: Promise<void> | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly retryMs = 1_000,
  ) {}

  /** Record a read; a repeated `.read` or `.list` (no `subjectId`) within 15 minutes is skipped. */
  read(event: AuditEvent, now: Date): void {
    if (this.#isRepeatRead(event, now)) return;
    this.#queue.push(auditRow(event, now));
    this.#writing ??= this.#drain();
  }

  /** Resolves once every line recorded so far is written (rejects if the database refuses). */
  async flush(): Promise<void> {
    while (this.#queue.length > 0 || this.#writing) {
      if (this.#retry) {
        clearTimeout(this.#retry);
        this.#retry = undefined;
        await this.#writeQueued(true);
        continue;
      }
      this.#writing ??= this.#drain();
      await this.#writing;
    }
  }

  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0 && !this.#retry) await this.#writeQueued(false);
    } finally {
      this.#writing = undefined;
    }
  }

  async #writeQueued(rethrow: boolean): Promise<void> {
    const rows = this.#queue;
    this.#queue = [];
    try {
      for (let i = 0; i < rows.length; i += 500) await insertAudit(this.db, rows.slice(i, i + 500));
    } catch (err) {
      // Nothing is dropped: the lines go back to the front of the queue for the next try.
      this.#queue = [...rows, ...this.#queue];
      this.logger.error({ err, lines: rows.length }, 'audit: writing read lines failed');
      if (rethrow) throw err;
      this.#retry = setTimeout(() => {
        this.#retry = undefined;
        this.#writing ??= this.#drain();
      }, this.retryMs);
      this.#retry.unref();
    }
  }

  #isRepeatRead(event: AuditEvent, now: Date): boolean {
    if (event.subjectId !== undefined || !/\.(read|list)$/.test(event.action)) return false;
    const key = [event.serviceId, event.actor.id, event.action, event.personId ?? ''].join(' ');
    const at = now.getTime();
    const seen = this.#lastWritten;
    const last = seen.get(key);
    if (last !== undefined && at >= last && at - last < REPEAT_READ_WINDOW_MS) return true;
    if (seen.size >= 50_000) {
      for (const [k, t] of seen) if (at - t >= REPEAT_READ_WINDOW_MS) seen.delete(k);
      if (seen.size >= 50_000) seen.clear();
    }
    seen.set(key, at);
    return false;
  }
}

/** The actor for a person's linked phone. */
export const deviceActor = (deviceId: string) => ({ type: 'device' as const, id: deviceId });

/** The actor for a signed-in member of staff. */
export const staffActor = (caseworkerId: string) => ({
  type: 'caseworker' as const,
  id: caseworkerId,
});

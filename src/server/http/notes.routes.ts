import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { londonDate } from '#shared/london';
import type { OkResponse } from '#shared/schemas/api';
import type {
  CaseworkerNote,
  CaseworkerNoteList,
  PersonRecord,
  WeekView,
} from '#shared/schemas/notes';
import { recordText } from '#shared/record-text';
import { nhsDate } from '#shared/time-words';
import { audit, staffActor } from '../audit/audit';
import { assertLead, loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import type { Staff } from '../auth/sessions';
import { deleteNote, listNotes, upsertNote } from '../db/tables/notes.table';
import { ApiProblem, notFound } from '../problem';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { validate } from './validate';
import { loadRecord, loadWeek, presentNote } from './week-record';

/** The audit line of a note names its day, never its words. */
const noteDetail = (day: string) => nhsDate(day, true);

/**
 * /api/people/:personId/notes: each member of staff's short note per person per London day.
 * Staff only (the person's phone never sees them); reads and writes are audited.
 */
export function notesRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.notes.list.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const rows = await listNotes(db, person.service_id, person.id);
      const days = rows.map((r) => r.day);
      deps.auditLog.read(
        {
          serviceId: person.service_id,
          actor: staffActor(staff.caseworker.id),
          action: 'notes.read',
          personId: person.id,
          detail:
            days.length === 0
              ? 'None yet'
              : `${nhsDate(days.at(-1) ?? '', true)} to ${nhsDate(days[0] ?? '', true)}`,
        },
        clock(),
      );
      return c.json(rows.map(presentNote) satisfies CaseworkerNoteList);
    })
    .put(
      '/:day',
      validate('param', endpoints.notes.write.params),
      validate('json', endpoints.notes.write.body),
      async (c) => {
        const staff = c.get('staff');
        const { personId, day } = c.req.valid('param');
        const person = await loadPersonForStaff(db, staff, personId);
        const now = clock();
        if (day > londonDate(now)) {
          throw new ApiProblem(400, 'future_day', 'A note can be for today or an earlier day.');
        }
        const key = {
          serviceId: person.service_id,
          personId: person.id,
          caseworkerId: staff.caseworker.id,
          day,
        };
        const row = await db.transaction().execute(async (trx) => {
          const written = await upsertNote(trx, key, c.req.valid('json'), now);
          await audit(
            trx,
            {
              serviceId: person.service_id,
              actor: staffActor(staff.caseworker.id),
              action: 'notes.write',
              personId: person.id,
              detail: noteDetail(day),
            },
            now,
          );
          return written;
        });
        return c.json(presentNote(row) satisfies CaseworkerNote);
      },
    )
    .delete('/:day', validate('param', endpoints.notes.remove.params), async (c) => {
      const staff = c.get('staff');
      const { personId, day } = c.req.valid('param');
      const person = await loadPersonForStaff(db, staff, personId);
      const now = clock();
      const key = {
        serviceId: person.service_id,
        personId: person.id,
        caseworkerId: staff.caseworker.id,
        day,
      };
      const deleted = await db.transaction().execute(async (trx) => {
        if (!(await deleteNote(trx, key))) return false;
        await audit(
          trx,
          {
            serviceId: person.service_id,
            actor: staffActor(staff.caseworker.id),
            action: 'notes.delete',
            personId: person.id,
            detail: noteDetail(day),
          },
          now,
        );
        return true;
      });
      if (!deleted) throw notFound('Your note for that day');
      return c.json({ ok: true } satisfies OkResponse);
    });
}

/** /api/people/:personId/week?start=: one London week side by side, for a session together. */
export function weekRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get(
      '/',
      validate('param', endpoints.notes.week.params),
      validate('query', endpoints.notes.week.query),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const { start } = c.req.valid('query');
        const week = await loadWeek(db, person, start);
        // Each week looked at is its own line (not folded into one read per 15 minutes): the
        // view holds journal entries, and which weeks were seen matters.
        await audit(
          db,
          {
            serviceId: person.service_id,
            actor: staffActor(staff.caseworker.id),
            action: 'week.read',
            personId: person.id,
            detail: `From ${nhsDate(start, true)}`,
          },
          clock(),
        );
        return c.json(week satisfies WeekView);
      },
    );
}

/** /api/people/:personId/record (JSON) and /record/text: the whole record, for a subject access request. */
export function recordRoutes(deps: Runtime) {
  const { db, clock, config } = deps;
  /** The lead's download of one person's record, on the audit log every time. */
  async function exportRecord(staff: Staff, personId: string, format: string) {
    // Another service's person is a 404 for everyone, as on every other route.
    const person = await loadPersonForStaff(db, staff, personId);
    assertLead(staff);
    const now = clock();
    const record = await loadRecord(db, config, person, now);
    // Data leaving the service is always on the record, however often.
    await audit(
      db,
      {
        serviceId: person.service_id,
        actor: staffActor(staff.caseworker.id),
        action: 'record.export',
        personId: person.id,
        detail: `As ${format} (subject access request)`,
      },
      now,
    );
    return record;
  }
  const fileName = (record: PersonRecord, ext: string) =>
    `attachment; filename="record-${londonDate(new Date(record.exportedAt))}.${ext}"`;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.notes.record.params), async (c) => {
      const record = await exportRecord(c.get('staff'), c.req.valid('param').personId, 'JSON');
      c.header('cache-control', 'no-store');
      c.header('content-disposition', fileName(record, 'json'));
      return c.json(record satisfies PersonRecord);
    })
    .get('/text', validate('param', endpoints.notes.recordText.params), async (c) => {
      const record = await exportRecord(
        c.get('staff'),
        c.req.valid('param').personId,
        'plain text',
      );
      c.header('cache-control', 'no-store');
      c.header('content-disposition', fileName(record, 'txt'));
      c.header('content-type', 'text/plain; charset=utf-8');
      return c.body(recordText(record));
    });
}

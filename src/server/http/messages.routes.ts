import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { type OkResponse } from '#shared/schemas/api';
import { type MessageList } from '#shared/schemas/connect';
import type { Message } from '#shared/schemas/message';
import { audit, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import { findMessagePhoto } from '../db/tables/message-photos.table';
import { listThreadMessages } from '../db/tables/messages.table';
import { notFound } from '../problem';
import { replyBodyAboutEntry } from '../messages/entry-reply';
import { markRead, replyFromCaseworker } from '../messages/send';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { presentMessage } from './present';
import { validate } from './validate';

/** The most of a thread the console loads at once (the newest). */
const THREAD_LIMIT = 500;

/**
 * /api/people/:personId/messages: the thread with a person. A message the person sent outside
 * agreed hours is shown while it is held (the console marks it so), but it raises no alert, is
 * not counted as unread and cannot be marked read until it is delivered. Each held message a
 * caseworker is shown is audited on its own.
 */
export function messagesRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.people.messages.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const serviceId = person.service_id;
      const rows = await listThreadMessages(db, serviceId, person.id, THREAD_LIMIT);
      const actor = staffActor(staff.caseworker.id);
      const now = clock();
      deps.auditLog.read({ serviceId, actor, action: 'messages.list', personId: person.id }, now);
      for (const row of rows) {
        if (row.delivered_at !== null) continue;
        const held = { serviceId, actor, personId: person.id, subjectId: row.id };
        deps.auditLog.read({ ...held, action: 'messages.held-seen' }, now);
      }
      return c.json(rows.map(presentMessage) satisfies MessageList);
    })
    .post(
      '/',
      validate('param', endpoints.people.reply.params),
      validate('json', endpoints.people.reply.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const { aboutEntryId, ...input } = c.req.valid('json');
        const body = aboutEntryId
          ? await replyBodyAboutEntry(deps, person, aboutEntryId, input.body)
          : input.body;
        const { row, created } = await replyFromCaseworker(deps, staff, person, {
          ...input,
          body,
        });
        return c.json(presentMessage(row) satisfies Message, created ? 201 : 200);
      },
    )
    .get(
      '/:messageId/photo',
      validate('param', endpoints.people.messagePhoto.params),
      async (c) => {
        const staff = c.get('staff');
        const { personId, messageId } = c.req.valid('param');
        const person = await loadPersonForStaff(db, staff, personId);
        const serviceId = person.service_id;
        const photo = await findMessagePhoto(db, serviceId, person.id, messageId);
        if (!photo) throw notFound('That photo');
        const actor = staffActor(staff.caseworker.id);
        const seen = { serviceId, actor, personId: person.id, subjectId: messageId };
        deps.auditLog.read({ ...seen, action: 'messages.photo-seen' }, clock());
        return c.body(new Uint8Array(photo.bytes), 200, {
          'Content-Type': photo.contentType,
          // The person's photo: for this caseworker's browser only, never a shared cache.
          'Cache-Control': 'private, no-store',
          'Content-Disposition': 'inline',
        });
      },
    )
    .post('/read', validate('param', endpoints.people.readMessages.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const serviceId = person.service_id;
      const now = clock();
      // Everything the console could show: delivered messages from the person.
      const marked = await markRead(deps, { serviceId, personId: person.id }, 'person');
      if (marked > 0) {
        const actor = staffActor(staff.caseworker.id);
        await audit(
          db,
          { serviceId, actor, action: 'messages.mark-read', personId: person.id },
          now,
        );
      }
      return c.json({ ok: true } satisfies OkResponse);
    });
}

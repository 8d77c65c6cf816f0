import { londonDate } from '#shared/london';
import type { ChangeLeaveRequest } from '#shared/schemas/leave';
import { assertOwnOrLead } from '../auth/access';
import type { Staff } from '../auth/sessions';
import type { Db } from '../db/database';
import { listCaseworkers } from '../db/tables/caseworkers.table';
import {
  findLeave,
  listPersonCovers,
  type LeaveRow,
  type PersonCoverRow,
} from '../db/tables/leave.table';
import { ApiProblem, notFound } from '../problem';
import { checkLeave, writeLeave } from './leave';

/**
 * Change a leave that is not over (audited, saying what changed): its days, the caseload's
 * cover and each person's own. Only the away caseworker or the lead; whose leave it is stays.
 * Answers the ids of the people whose profile moved.
 */
export async function changeLeave(
  db: Db,
  staff: Staff,
  leaveId: string,
  body: ChangeLeaveRequest,
  now: Date,
): Promise<string[]> {
  const serviceId = staff.caseworker.service_id;
  const before = await findLeave(db, serviceId, leaveId);
  if (!before) throw notFound('That leave');
  assertOwnOrLead(staff, before.caseworker_id);
  if (before.last_day < londonDate(staff.at)) {
    throw new ApiProblem(
      409,
      'leave_over',
      'That leave is over, so it cannot be changed. Record new leave instead.',
    );
  }
  const full = { ...body, caseworkerId: before.caseworker_id };
  const { away } = await checkLeave(db, staff, leaveId, full);
  const covers = await listPersonCovers(db, serviceId, [leaveId]);
  const names = new Map((await listCaseworkers(db, serviceId)).map((c) => [c.id, c.name]));
  const detail = changeWords(before, covers, body, (id) => names.get(id) ?? 'a former colleague');
  return writeLeave(db, staff, away.id, leaveId, body, now, { action: 'leave.change', detail });
}

/**
 * The audit line of a change: what it was and what it is now, by staff name and day. People
 * on the caseload are counted, not named: the line is about the leave, not about them.
 */
export function changeWords(
  before: LeaveRow,
  covers: PersonCoverRow[],
  after: ChangeLeaveRequest,
  nameOf: (id: string) => string,
): string {
  const parts: string[] = [];
  if (before.first_day !== after.firstDay || before.last_day !== after.lastDay) {
    parts.push(
      `days ${after.firstDay} to ${after.lastDay} (were ${before.first_day} to ${before.last_day})`,
    );
  }
  const caseload = (id: string | null | undefined, phone: string | null | undefined) =>
    id ? `${nameOf(id)}${phone ? ` on ${phone}` : ''}` : 'nobody';
  const was = caseload(before.cover_id, before.cover_phone);
  const now = caseload(after.cover?.caseworkerId, after.cover?.phone);
  if (was !== now) parts.push(`the caseload's cover ${now} (was ${was})`);
  const key = (p: { personId: string; coverId: string; phone: string | null }) =>
    `${p.personId} ${p.coverId} ${p.phone ?? ''}`;
  const old = covers.map((c) =>
    key({ personId: c.person_id, coverId: c.cover_id, phone: c.cover_phone }),
  );
  const next = after.people.map((p) =>
    key({ personId: p.personId, coverId: p.cover.caseworkerId, phone: p.cover.phone }),
  );
  if ([...old].sort().join('|') !== [...next].sort().join('|')) {
    parts.push(
      `own covers changed (${next.length} ${next.length === 1 ? 'person' : 'people'} now, were ${old.length})`,
    );
  }
  return `Leave changed: ${parts.length > 0 ? parts.join('; ') : 'nothing different'}`;
}

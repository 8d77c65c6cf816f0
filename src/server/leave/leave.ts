import { addDays, londonDate } from '#shared/london';
import { leaveState } from '#shared/cover';
import type { CoverNamed, Leave, PutLeaveRequest } from '#shared/schemas/leave';
import { nhsDate } from '#shared/time-words';
import { audit, staffActor } from '../audit/audit';
import { assertOwnOrLead } from '../auth/access';
import type { Staff } from '../auth/sessions';
import type { Db } from '../db/database';
import {
  findCaseworker,
  listCaseworkers,
  type CaseworkerRow,
} from '../db/tables/caseworkers.table';
import {
  deleteLeave,
  findLeave,
  leaveIdTaken,
  listLeaveRows,
  listPersonCovers,
  overlappingLeave,
  replaceLeave,
  type LeaveRow,
} from '../db/tables/leave.table';
import { bumpCaseloadProfileVersions, listPeopleRows } from '../db/tables/people.table';
import { ApiProblem, invalidField, notFound } from '../problem';

/** Leave that ended this many days ago is still listed, so a lead can see who covered what. */
const ENDED_SHOWN_DAYS = 28;

/** An active member of staff of this service, or a 400 on the field that named them. */
async function activeStaff(db: Db, serviceId: string, id: string, field: string) {
  const row = await findCaseworker(db, serviceId, id);
  if (!row?.active) throw invalidField(field, 'Choose someone from your team.');
  return row;
}

const leaveTaken = () =>
  new ApiProblem(409, 'id_taken', 'That leave id is already used. Send it with a new id.');

/**
 * Check a leave as the console sends it: whose it is, the days, and that each cover is someone
 * else in the team and each person is on the away caseworker's caseload.
 */
export async function checkLeave(db: Db, staff: Staff, leaveId: string, body: PutLeaveRequest) {
  const serviceId = staff.caseworker.service_id;
  if (await leaveIdTaken(db, serviceId, leaveId)) throw leaveTaken();
  const existing = await findLeave(db, serviceId, leaveId);
  if (existing && existing.caseworker_id !== body.caseworkerId) throw leaveTaken();
  assertOwnOrLead(staff, body.caseworkerId);
  const away = await activeStaff(db, serviceId, body.caseworkerId, 'caseworkerId');
  const today = londonDate(staff.at);
  if (body.lastDay < today) {
    throw invalidField('lastDay', 'The last day of leave must be today or in the future');
  }
  const clash = await overlappingLeave(
    db,
    serviceId,
    away.id,
    { first: body.firstDay, last: body.lastDay },
    leaveId,
  );
  if (clash) {
    throw invalidField(
      'firstDay',
      `${away.name} already has leave from ${nhsDate(clash.first_day, true)} to ${nhsDate(clash.last_day, true)}`,
    );
  }
  const checkCover = async (id: string, field: string) => {
    if (id === away.id) throw invalidField(field, `Choose someone other than ${away.name}`);
    await activeStaff(db, serviceId, id, field);
  };
  if (body.cover) await checkCover(body.cover.caseworkerId, 'cover.caseworkerId');
  const caseload = new Set((await listPeopleRows(db, serviceId, away.id)).map((p) => p.id));
  for (const [i, p] of body.people.entries()) {
    if (!caseload.has(p.personId)) {
      throw invalidField(`people.${i}.personId`, `Choose someone ${away.name} supports`);
    }
    await checkCover(p.cover.caseworkerId, `people.${i}.cover.caseworkerId`);
  }
  return { away, existing };
}

/**
 * Record or change a leave and its covers (audited), and move the profile of every person on
 * the away caseworker's caseload (their phones show the leave). Answers their ids.
 */
export async function saveLeave(
  db: Db,
  staff: Staff,
  leaveId: string,
  body: PutLeaveRequest,
  now: Date,
): Promise<string[]> {
  const { away, existing } = await checkLeave(db, staff, leaveId, body);
  const covers =
    body.people.length === 1
      ? '1 person has their own cover'
      : `${body.people.length} people have their own cover`;
  return writeLeave(db, staff, away.id, leaveId, body, now, {
    action: existing ? 'leave.change' : 'leave.record',
    detail: `Leave from ${body.firstDay} to ${body.lastDay}; ${body.cover ? 'the caseload is covered' : 'no cover for the caseload'}; ${covers}`,
  });
}

/** Write a checked leave and its people's covers with its audit line, in one transaction. */
export async function writeLeave(
  db: Db,
  staff: Staff,
  awayId: string,
  leaveId: string,
  body: Omit<PutLeaveRequest, 'caseworkerId'>,
  now: Date,
  line: { action: string; detail: string },
): Promise<string[]> {
  const serviceId = staff.caseworker.service_id;
  const row: LeaveRow = {
    id: leaveId,
    service_id: serviceId,
    caseworker_id: awayId,
    first_day: body.firstDay,
    last_day: body.lastDay,
    cover_id: body.cover?.caseworkerId ?? null,
    cover_phone: body.cover?.phone ?? null,
    recorded_by: staff.caseworker.id,
    recorded_at: now,
  };
  const people = body.people.map((p) => ({
    personId: p.personId,
    coverId: p.cover.caseworkerId,
    phone: p.cover.phone,
  }));
  return db.transaction().execute(async (trx) => {
    await replaceLeave(trx, { leave: row, people });
    await audit(
      trx,
      { serviceId, actor: staffActor(staff.caseworker.id), subjectId: awayId, ...line },
      now,
    );
    return bumpCaseloadProfileVersions(trx, serviceId, awayId);
  });
}

/** Delete a leave (audited); answers the ids of the people whose profile moved. */
export async function removeLeave(
  db: Db,
  staff: Staff,
  leaveId: string,
  now: Date,
): Promise<string[]> {
  const serviceId = staff.caseworker.service_id;
  const leave = await findLeave(db, serviceId, leaveId);
  if (!leave) throw notFound('That leave');
  assertOwnOrLead(staff, leave.caseworker_id);
  return db.transaction().execute(async (trx) => {
    await deleteLeave(trx, serviceId, leaveId);
    await audit(
      trx,
      {
        serviceId,
        actor: staffActor(staff.caseworker.id),
        action: 'leave.remove',
        subjectId: leave.caseworker_id,
        detail: `Leave from ${leave.first_day} to ${leave.last_day} taken off`,
      },
      now,
    );
    return bumpCaseloadProfileVersions(trx, serviceId, leave.caseworker_id);
  });
}

/**
 * Leave to show this member of staff: the lead sees the team's; a caseworker their own and the
 * leave where they cover someone. Not yet over, or ended in the last 28 days; soonest first.
 */
export async function listLeave(db: Db, staff: Staff): Promise<Leave[]> {
  const serviceId = staff.caseworker.service_id;
  const today = londonDate(staff.at);
  const lead = staff.caseworker.role === 'lead';
  const since = addDays(today, -ENDED_SHOWN_DAYS);
  const rows = await listLeaveRows(db, serviceId, since, lead ? undefined : staff.caseworker.id);
  const covers = await listPersonCovers(
    db,
    serviceId,
    rows.map((r) => r.id),
  );
  const team = new Map<string, CaseworkerRow>(
    (await listCaseworkers(db, serviceId)).map((c) => [c.id, c]),
  );
  const names = new Map((await listPeopleRows(db, serviceId)).map((p) => [p.id, p.display_name]));
  const named = (id: string, phone: string | null): CoverNamed => ({
    caseworkerId: id,
    name: team.get(id)?.name ?? 'A former colleague',
    phone,
  });
  return rows.map((r) => ({
    id: r.id,
    caseworkerId: r.caseworker_id,
    caseworkerName: team.get(r.caseworker_id)?.name ?? 'A former colleague',
    firstDay: r.first_day,
    lastDay: r.last_day,
    state: leaveState({ firstDay: r.first_day, lastDay: r.last_day }, today),
    cover: r.cover_id ? named(r.cover_id, r.cover_phone) : null,
    people: covers
      // Someone covering for a colleague sees only the people they cover themselves.
      .filter(
        (p) =>
          p.leave_id === r.id &&
          (lead || r.caseworker_id === staff.caseworker.id || p.cover_id === staff.caseworker.id),
      )
      .map((p) => ({
        personId: p.person_id,
        personName: names.get(p.person_id) ?? '',
        cover: named(p.cover_id, p.cover_phone),
      })),
  }));
}

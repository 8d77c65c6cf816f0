import { sql } from 'kysely';
import type { Loneliness } from '#shared/schemas/wellbeing';
import { londonDate } from '#shared/london';
import type { Db } from '../db/database';
import { outcomesWithdrawn } from '../db/tables/consent.table';
import { computeOutcomes, type CaseworkerRef, type CheckInPair, type OutcomeRows } from './figures';
import { periodsAt } from './periods';

/*
 * Fetching the rows the figures need, set-based, one service at a time. The grouping that
 * matters for speed happens in SQL: contacts per person and London week, urgent care per
 * person and London month, each person's first and latest check-in (window functions). Weeks
 * and months are London's (`at time zone 'Europe/London'`), as `weekOf` in #shared/weeks.
 */

const LONDON = 'Europe/London';

interface CheckInRow {
  person_id: string;
  n: number;
  is_first: boolean;
  satisfied: number | null;
  worthwhile: number | null;
  happy: number | null;
  anxious: number | null;
  lonely: Loneliness | null;
}

/** An empty set of rows, to fill. */
export function emptyRows(): OutcomeRows {
  return {
    people: [],
    withGoal: [],
    progressing: [],
    contactWeeks: [],
    supportWeeks: [],
    targets: [],
    checkIns: [],
    urgentCare: [],
    hospital: [],
  };
}

/**
 * Everything `computeOutcomes` needs at `now`, per service: for one service, or for every
 * service at once (the export), with the same seven queries either way.
 */
export async function loadOutcomeRowsByService(
  db: Db,
  now: Date,
  serviceId?: string,
): Promise<Map<string, OutcomeRows>> {
  const p = periodsAt(now);
  const only = (alias = '') =>
    serviceId ? sql`and ${sql.raw(alias)}service_id = ${serviceId}` : sql``;
  const people = await sql<{
    service_id: string;
    id: string;
    caseworker_id: string;
    status: 'active' | 'stepped-back';
    created_at: Date;
    stepped_back_at: Date | null;
  }>`select service_id, id, caseworker_id, status, created_at, stepped_back_at
       from people where true ${only()}`.execute(db);

  const withGoal = await sql<{ service_id: string; person_id: string }>`
    select distinct service_id, person_id from goals where true ${only()}`.execute(db);

  const progressing = await sql<{ service_id: string; person_id: string }>`
    select distinct g.service_id, g.person_id
      from goal_events e join goals g on g.id = e.goal_id and g.service_id = e.service_id
     where e.kind in ('milestone-done', 'finished')
       and e.at > ${p.progressSince} and e.at <= ${now} ${only('e.')}`.execute(db);

  // Grouped by the London week's Monday first; only the groups are formatted.
  const contactWeeks = await sql<{
    service_id: string;
    person_id: string;
    week: string;
    contacts: number;
  }>`
    select service_id, person_id, to_char(w, 'YYYY-MM-DD') as week, contacts
      from (select service_id, person_id, date_trunc('week', at at time zone ${LONDON}) as w,
                   count(*)::int as contacts
              from contact_events
             where at >= ${p.weeksStart} and at < ${p.weeksEnd} ${only()}
             group by 1, 2, 3) c`.execute(db);

  const supportWeeks = await sql<{
    service_id: string;
    person_id: string;
    week: string;
    used: number;
  }>`
    select service_id, person_id, to_char(w, 'YYYY-MM-DD') as week, used
      from (select service_id, person_id, date_trunc('week', at at time zone ${LONDON}) as w,
                   count(*)::int as used
              from support_used
             where at >= ${p.weeksStart} and at < ${p.weeksEnd} ${only()}
             group by 1, 2, 3) s`.execute(db);

  const targets = await sql<{
    service_id: string;
    person_id: string;
    from_week: string;
    times: number;
  }>`
    select service_id, person_id, to_char(from_week, 'YYYY-MM-DD') as from_week, times
      from contact_targets
     where from_week <= ${p.weeks.at(-1)}::date ${only()}`.execute(db);

  // One window, one sort: the first check-in is number 1, the latest is number n.
  const checkIns = await sql<CheckInRow & { service_id: string }>`
    select service_id, person_id, n, rf = 1 as is_first,
           satisfied, worthwhile, happy, anxious, lonely
      from (select service_id, person_id, satisfied, worthwhile, happy, anxious, lonely,
                   count(*) over person_ as n,
                   row_number() over (person_ order by at, id) as rf
              from check_ins
             where at <= ${now} ${only()}
            window person_ as (partition by service_id, person_id)) c
     where n >= 2 and (rf = 1 or rf = n)`.execute(db);

  const urgent = await sql<{
    service_id: string;
    person_id: string;
    month: string;
    went_to_ae: number;
    called_999: number;
    called_111: number;
  }>`
    select service_id, person_id, to_char(at at time zone ${LONDON}, 'YYYY-MM') as month,
           count(*) filter (where went_to_ae)::int as went_to_ae,
           count(*) filter (where called_999)::int as called_999,
           count(*) filter (where called_111)::int as called_111
      from urgent_care_reports
     where at >= ${p.monthsStart} and at < ${p.monthsEnd} ${only()}
     group by 1, 2, 3`.execute(db);

  // Every month: the before window reaches 12 months behind the oldest referral.
  const hospital = await sql<{
    service_id: string;
    person_id: string;
    month: string;
    ae: number | null;
    calls999: number | null;
    conveyances: number | null;
    admissions: number | null;
  }>`
    select service_id, person_id, month, ae, calls999, conveyances, admissions
      from hospital_use where true ${only()}`.execute(db);

  const byService = new Map<string, OutcomeRows>();
  const of = (id: string) => {
    let rows = byService.get(id);
    if (!rows) byService.set(id, (rows = emptyRows()));
    return rows;
  };
  if (serviceId) of(serviceId);
  // Anyone who has withdrawn consent to anonymised use is left out of every figure, so
  // nothing of theirs is counted, not even as a person (docs/outcomes.md).
  const withdrawn = await outcomesWithdrawn(db, londonDate(now), serviceId);
  const kept = <T extends { person_id: string }>(rows: T[]) =>
    rows.filter((r) => !withdrawn.has(r.person_id));
  for (const r of people.rows.filter((p) => !withdrawn.has(p.id))) {
    of(r.service_id).people.push({
      id: r.id,
      caseworkerId: r.caseworker_id,
      status: r.status,
      createdAt: new Date(r.created_at),
      steppedBackAt: r.stepped_back_at ? new Date(r.stepped_back_at) : null,
    });
  }
  for (const r of kept(withGoal.rows)) of(r.service_id).withGoal.push(r.person_id);
  for (const r of kept(progressing.rows)) of(r.service_id).progressing.push(r.person_id);
  for (const r of kept(contactWeeks.rows)) {
    of(r.service_id).contactWeeks.push({
      personId: r.person_id,
      week: r.week,
      contacts: r.contacts,
    });
  }
  for (const r of kept(supportWeeks.rows)) {
    of(r.service_id).supportWeeks.push({ personId: r.person_id, week: r.week, used: r.used });
  }
  for (const r of kept(targets.rows)) {
    of(r.service_id).targets.push({
      personId: r.person_id,
      fromWeek: r.from_week,
      times: r.times,
    });
  }
  const pairs = new Map<string, CheckInPair>();
  for (const row of kept(checkIns.rows)) {
    const answers = {
      satisfied: row.satisfied,
      worthwhile: row.worthwhile,
      happy: row.happy,
      anxious: row.anxious,
      lonely: row.lonely,
    };
    let pair = pairs.get(row.person_id);
    if (!pair) {
      pair = { personId: row.person_id, count: row.n, first: answers, latest: answers };
      pairs.set(row.person_id, pair);
      of(row.service_id).checkIns.push(pair);
    }
    if (row.is_first) pair.first = answers;
    else pair.latest = answers;
  }
  for (const r of kept(urgent.rows)) {
    of(r.service_id).urgentCare.push({
      personId: r.person_id,
      month: r.month,
      wentToAe: r.went_to_ae,
      called999: r.called_999,
      called111: r.called_111,
    });
  }
  for (const r of kept(hospital.rows)) {
    of(r.service_id).hospital.push({
      personId: r.person_id,
      month: r.month,
      ae: r.ae,
      calls999: r.calls999,
      conveyances: r.conveyances,
      admissions: r.admissions,
    });
  }
  return byService;
}

/** Everything `computeOutcomes` needs for one service at `now`. */
export async function loadOutcomeRows(db: Db, serviceId: string, now: Date): Promise<OutcomeRows> {
  return (await loadOutcomeRowsByService(db, now, serviceId)).get(serviceId) ?? emptyRows();
}

/**
 * The caseworkers the dashboard lists: every active member of staff, and anyone (active or
 * not) who still has people assigned. Oldest account first, so `C1`, `C2`... stay the same
 * from one export to the next while the staff do.
 */
export async function loadCaseworkers(db: Db, serviceId: string): Promise<CaseworkerRef[]> {
  return (await loadCaseworkersByService(db, serviceId)).get(serviceId) ?? [];
}

/** The same for one service or every service, per service. */
export async function loadCaseworkersByService(
  db: Db,
  serviceId?: string,
): Promise<Map<string, CaseworkerRef[]>> {
  const { rows } = await sql<{ service_id: string; id: string; name: string }>`
    select c.service_id, c.id, c.name from caseworkers c
     where (c.active or exists (select 1 from people p
                                 where p.service_id = c.service_id and p.caseworker_id = c.id))
       ${serviceId ? sql`and c.service_id = ${serviceId}` : sql``}
     order by c.created_at, c.id`.execute(db);
  const byService = new Map<string, CaseworkerRef[]>();
  for (const r of rows) {
    const list = byService.get(r.service_id) ?? [];
    list.push({ id: r.id, name: r.name });
    byService.set(r.service_id, list);
  }
  return byService;
}

/** The outcomes of one service at `now`: the whole service and each caseworker. */
export async function loadOutcomes(db: Db, serviceId: string, now: Date) {
  const rows = await loadOutcomeRows(db, serviceId, now);
  const caseworkers = await loadCaseworkers(db, serviceId);
  return computeOutcomes(rows, caseworkers, now);
}

import { addDays, londonDate } from '#shared/london';
import type { CaseworkerNote, PersonRecord, WeekItem, WeekView } from '#shared/schemas/notes';
import { groupWeek, weekSpan } from '#shared/week-days';
import type { Db } from '../db/database';
import { listContactEvents, listContactTargets } from '../db/tables/contacts.table';
import { listThreadMessages } from '../db/tables/messages.table';
import { listNotes, type NoteRow } from '../db/tables/notes.table';
import type { PersonSummaryRow } from '../db/tables/people.table';
import { listSharedEntries } from '../db/tables/shared-entries.table';
import { listCheckIns, listUrgentCare } from '../db/tables/wellbeing.table';
import { eventsBetween, messagesBetween, milestonesReachedBetween } from '../db/tables/week.query';
import { presentMessage, presentPerson, presentSharedEntry } from './present';
import { presentCheckIn, presentUrgentCare } from './wellbeing.routes';
import { presentContactEvent } from '../people/contacts';
import { loadGuide, loadHours, loadPlan, loadRoutine } from '../people/documents';
import { loadGoals } from '../people/goals';
import { loadRelapsePlan, loadReviews } from '../reviews/reviews';
import type { Config } from '../config';
import { loadTextsView } from '../texts/view';

export const presentNote = (row: NoteRow): CaseworkerNote => ({
  personId: row.person_id,
  day: row.day,
  caseworkerId: row.caseworker_id,
  caseworkerName: row.caseworker_name,
  happened: row.happened,
  calls: row.calls,
  seemed: row.seemed,
  updatedAt: row.updated_at.toISOString(),
});

/**
 * One London week of a person's support, by day. Of their journal only what they shared is
 * here: the server never has anything else.
 */
export async function loadWeek(
  db: Db,
  person: PersonSummaryRow,
  monday: string,
): Promise<WeekView> {
  const { service_id: serviceId, id: personId } = person;
  const { start, end } = weekSpan(monday);
  const sunday = addDays(monday, 6);
  // One connection on PGlite: reads in turn, not all at once.
  const shared = await listSharedEntries(db, serviceId, personId);
  const span = { serviceId, personId, start, end };
  const checkIns = await eventsBetween(db, 'check_ins', span);
  const urgent = await eventsBetween(db, 'urgent_care_reports', span);
  const notes = await listNotes(db, serviceId, personId, { from: monday, to: sunday });
  const contacts = await eventsBetween(db, 'contact_events', span);
  const milestones = await milestonesReachedBetween(db, span);
  const messages = await messagesBetween(db, span);
  const items: WeekItem[] = [
    ...shared
      .map(presentSharedEntry)
      .filter((e) => {
        const day = londonDate(new Date(e.entry.createdAt));
        return day >= monday && day <= sunday;
      })
      .map((entry) => ({ kind: 'shared-entry' as const, entry })),
    ...checkIns.map((r) => ({ kind: 'check-in' as const, checkIn: presentCheckIn(r) })),
    ...urgent.map((r) => ({ kind: 'urgent-care' as const, report: presentUrgentCare(r) })),
    ...notes.map((r) => ({ kind: 'note' as const, note: presentNote(r) })),
    ...contacts.map((r) => ({ kind: 'contact' as const, contact: presentContactEvent(r) })),
    ...milestones.flatMap((r) =>
      r.done_at
        ? [
            {
              kind: 'milestone' as const,
              milestone: {
                goalId: r.goal_id,
                goalTitle: r.goal_title,
                milestoneId: r.milestone_id,
                title: r.title,
                at: r.done_at.toISOString(),
              },
            },
          ]
        : [],
    ),
    ...messages.map((r) => ({ kind: 'message' as const, message: presentMessage(r) })),
  ];
  return { start: monday, days: groupWeek(monday, items) };
}

/** Everything the service holds about one person, for a subject access request. */
export async function loadRecord(
  db: Db,
  config: Config,
  person: PersonSummaryRow,
  now: Date,
): Promise<PersonRecord> {
  const { service_id: serviceId, id: personId } = person;
  const everything = new Date(0);
  const texts = await loadTextsView(db, config, { serviceId, personId }, now);
  return {
    exportedAt: now.toISOString(),
    person: presentPerson(person),
    plan: await loadPlan(db, serviceId, personId, person.created_at),
    routine: await loadRoutine(db, serviceId, personId),
    hours: await loadHours(db, serviceId, personId),
    guide: await loadGuide(db, serviceId, personId),
    goals: await loadGoals(db, serviceId, personId),
    contactTargets: await listContactTargets(db, serviceId, personId),
    contacts: (await listContactEvents(db, serviceId, personId, everything, 100_000)).map(
      presentContactEvent,
    ),
    checkIns: (await listCheckIns(db, serviceId, personId, 100_000)).map(presentCheckIn),
    urgentCare: (await listUrgentCare(db, serviceId, personId, 100_000)).map(presentUrgentCare),
    sharedEntries: (await listSharedEntries(db, serviceId, personId)).map(presentSharedEntry),
    messages: (await listThreadMessages(db, serviceId, personId, 100_000)).map(presentMessage),
    notes: (await listNotes(db, serviceId, personId, { limit: 100_000 })).map(presentNote),
    reviews: await loadReviews(db, serviceId, personId),
    relapsePlan: await loadRelapsePlan(db, serviceId, personId),
    texts: { number: texts.number, quietHours: texts.quietHours, lastSentAt: texts.lastSentAt },
  };
}

import { z } from 'zod';
import { isoWeekday } from '../london';
import { CrisisPlan } from './plan';
import { Routine } from './routine';
import { Hours } from './hours';
import { Id, Instant, LocalDate, text } from './common';
import { ContactEvent, ContactTargets } from './contact';
import { Goal } from './goal';
import { LocalGuideContact } from './guide';
import { SharedJournalEntry } from './journal';
import { Message } from './message';
import { PersonSummary } from './api';
import { CheckIn, UrgentCareReport } from './wellbeing';
import { RelapsePlan, Review } from './review';
import { QuietHoursSchema } from './texts';

/** The three parts of a caseworker's note; each may be empty, but not all of them. */
const noteFields = {
  /** What happened today. */
  happened: text(2000),
  /** Calls made or taken, and who with. */
  calls: text(1000),
  /** How the person seemed. */
  seemed: text(1000),
};

/**
 * A caseworker's short note about one person for one London day. Staff only: it never goes to
 * the phone. Each member of staff has at most one note per person per day.
 */
export const CaseworkerNote = z.object({
  personId: Id,
  day: LocalDate,
  caseworkerId: Id,
  /** The writer's name while they are on the books. */
  caseworkerName: z.string().nullable(),
  ...noteFields,
  updatedAt: Instant,
});
export type CaseworkerNote = z.infer<typeof CaseworkerNote>;

/** GET /api/people/:personId/notes: newest day first. */
export const CaseworkerNoteList = z.array(CaseworkerNote).max(1000);
export type CaseworkerNoteList = z.infer<typeof CaseworkerNoteList>;

/** PUT /api/people/:personId/notes/:day: write (or rewrite) your note for that day. */
export const PutNoteRequest = z
  .strictObject({
    happened: noteFields.happened.default(''),
    calls: noteFields.calls.default(''),
    seemed: noteFields.seemed.default(''),
  })
  .refine((n) => `${n.happened}${n.calls}${n.seemed}` !== '', {
    message: 'Write something in at least one box',
    path: ['happened'],
  });
export type PutNoteRequest = z.infer<typeof PutNoteRequest>;

export const NoteParams = z.object({ personId: Id, day: LocalDate });

/** GET /api/people/:personId/week?start=: the Monday the week starts on. */
export const WeekQuery = z.strictObject({
  start: LocalDate.refine((day) => isoWeekday(day) === 1, 'Choose the Monday the week starts on'),
});

/** A milestone the person reached, with its goal. */
export const MilestoneReached = z.object({
  goalId: Id,
  goalTitle: z.string(),
  milestoneId: Id,
  title: z.string(),
  at: Instant,
});
export type MilestoneReached = z.infer<typeof MilestoneReached>;

/**
 * One thing on the week's timeline. A shared entry is placed by when the person wrote it, a
 * note by its day, everything else by when it happened.
 */
export const WeekItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shared-entry'), entry: SharedJournalEntry }),
  z.object({ kind: z.literal('check-in'), checkIn: CheckIn }),
  z.object({ kind: z.literal('urgent-care'), report: UrgentCareReport }),
  z.object({ kind: z.literal('note'), note: CaseworkerNote }),
  z.object({ kind: z.literal('contact'), contact: ContactEvent }),
  z.object({ kind: z.literal('milestone'), milestone: MilestoneReached }),
  z.object({ kind: z.literal('message'), message: Message }),
]);
export type WeekItem = z.infer<typeof WeekItem>;

export const WeekDay = z.object({ day: LocalDate, items: z.array(WeekItem).max(2000) });
export type WeekDay = z.infer<typeof WeekDay>;

/** Monday to Sunday, always seven days. */
export const WeekView = z.object({ start: LocalDate, days: z.array(WeekDay).length(7) });
export type WeekView = z.infer<typeof WeekView>;

/** GET /api/people/:personId/record: one person's whole record, for a subject access request. */
export const PersonRecord = z.object({
  exportedAt: Instant,
  person: PersonSummary,
  plan: CrisisPlan,
  /** Optional so that records downloaded before routines still parse. */
  routine: Routine.optional(),
  hours: Hours,
  guide: z.array(LocalGuideContact),
  goals: z.array(Goal),
  contactTargets: ContactTargets,
  contacts: z.array(ContactEvent),
  checkIns: z.array(CheckIn),
  urgentCare: z.array(UrgentCareReport),
  sharedEntries: z.array(SharedJournalEntry),
  messages: z.array(Message),
  notes: z.array(CaseworkerNote),
  /** Every review, newest first, and the relapse plan agreed when support stepped back. */
  reviews: z.array(Review),
  relapsePlan: RelapsePlan.nullable(),
  /**
   * The mobile number kept for texts about a waiting message, its quiet hours and when the last
   * text went (texts have no words of their own to keep). Optional: older records lack it.
   */
  texts: z
    .object({
      number: z.string().nullable(),
      quietHours: QuietHoursSchema,
      lastSentAt: Instant.nullable(),
    })
    .optional(),
});
export type PersonRecord = z.infer<typeof PersonRecord>;

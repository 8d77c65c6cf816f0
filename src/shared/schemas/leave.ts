import { z } from 'zod';
import { DisplayName, Id, LocalDate, UkPhone } from './common';

/** Who looks after someone while their caseworker is away, and the number people may call. */
export const CoverChoice = z.strictObject({
  caseworkerId: Id,
  /** A work number for the person's phone to show; null keeps the caseworker card's own. */
  phone: UkPhone.nullable(),
});
export type CoverChoice = z.infer<typeof CoverChoice>;

/** At most this many people may be given their own cover (a caseload is 10 to 15). */
export const MAX_PERSON_COVERS = 60;

/** The days and covers of a leave, as recorded or changed. */
const LeaveDetails = {
  firstDay: LocalDate,
  lastDay: LocalDate,
  cover: CoverChoice.nullable(),
  people: z
    .array(z.strictObject({ personId: Id, cover: CoverChoice }))
    .max(MAX_PERSON_COVERS)
    .refine((list) => new Set(list.map((p) => p.personId)).size === list.length, {
      message: 'Each person can have one cover',
    }),
};

/** The last day on or after the first: the check both requests make. */
const lastOnOrAfterFirst = (l: { firstDay: string; lastDay: string }) => l.lastDay >= l.firstDay;
const LAST_BEFORE_FIRST = {
  message: 'The last day must be the same as or after the first day',
  path: ['lastDay'],
};

/**
 * PUT /api/leave/:leaveId: a caseworker's leave in London days, the first and the last day
 * away (both included). `cover` looks after the whole caseload; `people` gives someone their
 * own cover instead. No cover at all: what comes in goes to the lead's team inbox.
 */
export const PutLeaveRequest = z
  .strictObject({ caseworkerId: Id, ...LeaveDetails })
  .refine(lastOnOrAfterFirst, LAST_BEFORE_FIRST);
export type PutLeaveRequest = z.infer<typeof PutLeaveRequest>;

/**
 * PATCH /api/leave/:leaveId: change a leave that is not over: its days and every cover, all
 * sent again (a person left out goes back to the caseload's cover). Whose leave it is stays.
 */
export const ChangeLeaveRequest = z
  .strictObject(LeaveDetails)
  .refine(lastOnOrAfterFirst, LAST_BEFORE_FIRST);
export type ChangeLeaveRequest = z.infer<typeof ChangeLeaveRequest>;

export const LeaveParams = z.object({ leaveId: Id });
export type LeaveParams = z.infer<typeof LeaveParams>;

export const CoverNamed = z.object({
  caseworkerId: Id,
  name: DisplayName,
  phone: UkPhone.nullable(),
});
export type CoverNamed = z.infer<typeof CoverNamed>;

/** Before the first day, from the first to the last day, or after it (London days). */
export const LeaveState = z.enum(['coming', 'now', 'ended']);
export type LeaveState = z.infer<typeof LeaveState>;

export const Leave = z.object({
  id: Id,
  caseworkerId: Id,
  caseworkerName: DisplayName,
  firstDay: LocalDate,
  lastDay: LocalDate,
  state: LeaveState,
  cover: CoverNamed.nullable(),
  people: z.array(z.object({ personId: Id, personName: DisplayName, cover: CoverNamed })),
});
export type Leave = z.infer<typeof Leave>;

/** One stretch of a colleague's leave: who and which days, nothing about their people. */
export const TeamAway = z.object({
  leaveId: Id,
  caseworkerId: Id,
  firstDay: LocalDate,
  lastDay: LocalDate,
});
export type TeamAway = z.infer<typeof TeamAway>;

/**
 * GET /api/leave: leave not yet over (and ended in the last 28 days), soonest first, and the
 * team's active staff (who may be named as cover).
 */
export const LeaveList = z.object({
  leave: z.array(Leave),
  team: z.array(z.object({ caseworkerId: Id, name: DisplayName })).max(200),
  /**
   * When each of the team is away (leave not yet over), without who covers: so whoever
   * records leave can be told kindly that a cover is away too, or that days overlap.
   */
  away: z.array(TeamAway).max(2000),
});
export type LeaveList = z.infer<typeof LeaveList>;

/**
 * What a caseload row or a Today row says when the person's caseworker is away today: who is
 * away, until when, and who covers (null: nobody, so it is in the lead's team inbox).
 */
export const AwayToday = z.object({
  caseworkerName: DisplayName,
  lastDay: LocalDate,
  cover: z.object({ caseworkerId: Id, name: DisplayName }).nullable(),
});
export type AwayToday = z.infer<typeof AwayToday>;

/**
 * The phone's copy of its caseworker's leave, now or to come. The phone works out from the
 * dates whether cover is on, so a cached profile is right offline and when the leave ends.
 */
export const PhoneLeave = z.object({
  firstDay: LocalDate,
  lastDay: LocalDate,
  cover: z.object({ name: DisplayName, phone: UkPhone.nullable() }).nullable(),
});
export type PhoneLeave = z.infer<typeof PhoneLeave>;

import { z } from 'zod';
import { DisplayName, Id, Instant, LocalDate } from './common';
import { HospitalFigures } from './hospital-use';

/*
 * The outcomes dashboard (for the lead). Every figure is defined in docs/outcomes.md and
 * computed by src/server/outcomes; the anonymised CSV carries the same figures.
 */

/** `2026-Q4`: calendar quarters in Europe/London. */
export const QuarterKey = z.string().regex(/^\d{4}-Q[1-4]$/);
/** `2026-11`: calendar months in Europe/London. */
export const MonthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

const Count = z.number().int().min(0);
/** A mean on the 0–10 scale, rounded to one decimal place; null when nobody answered. */
const Mean = z.number().min(0).max(10).nullable();
/** A share from 0 to 1, rounded to three decimals; null when the group is empty. */
const Share = z.number().min(0).max(1).nullable();

export const WellbeingChange = z.object({
  /** People with at least two sent check-ins (first and latest differ). */
  people: Count,
  first: z.object({ satisfied: Mean, worthwhile: Mean, happy: Mean, anxious: Mean }),
  latest: z.object({ satisfied: Mean, worthwhile: Mean, happy: Mean, anxious: Mean }),
  /** Share answering "often or always" lonely, first and latest check-in. */
  lonelyOftenFirst: Share,
  lonelyOftenLatest: Share,
});
export type WellbeingChange = z.infer<typeof WellbeingChange>;

/** Contact with the team and support used instead, over some weeks. */
const CommunitySpan = z.object({
  contacts: Count,
  supportUsed: Count,
  /** `supportUsed / (contacts + supportUsed)`; null when both are 0. */
  share: Share,
});

/**
 * How contact moved from the team to community support over the 12 weeks (docs/outcomes.md):
 * support used per week, and the community share in the first 4 weeks against the last 4.
 */
export const CommunityShift = z.object({
  weeks: z.array(z.object({ week: LocalDate, supportUsed: Count })).max(12),
  first: CommunitySpan,
  last: CommunitySpan,
  /** `last.share − first.share`, 3 decimals; null when either is null. Up is towards community. */
  change: z.number().min(-1).max(1).nullable(),
});
export type CommunityShift = z.infer<typeof CommunityShift>;

export const OutcomeFigures = z.object({
  /** People whose support is active now. */
  supportedNow: Count,
  /** People whose support started in each of the last 8 quarters, oldest first. */
  newPerQuarter: z.array(z.object({ quarter: QuarterKey, people: Count })).max(8),
  /** People supported now with a goal (any status), and those progressing: see docs. */
  goals: z.object({
    /** People supported now with at least one goal, whatever its status. */
    withGoal: Count,
    /** Of those, people who ticked a milestone or finished a goal in the last 90 days. */
    progressing: Count,
    share: Share,
  }),
  /** The last 12 weeks, oldest first (this week included). */
  contactWeeks: z
    .array(
      z.object({
        week: LocalDate,
        /** Contacts of every kind, of everyone in the group. */
        contacts: Count,
        /** People with a target that week. */
        peopleWithTarget: Count,
        /** The sum of their targets. */
        target: Count,
        /** Their contacts that week (to compare with `target`). */
        contactsOfPeopleWithTarget: Count,
        /** People with a target who were at or under it. */
        atOrUnderTarget: Count,
      }),
    )
    .max(12),
  community: CommunityShift,
  wellbeing: WellbeingChange,
  /** The last 12 months, oldest first: urgent care the people chose to send. */
  urgentCareMonths: z
    .array(
      z.object({
        month: MonthKey,
        wentToAe: Count,
        called999: Count,
        called111: Count,
        /** People who sent at least one report that month. */
        people: Count,
      }),
    )
    .max(12),
  /** Hospital use before and after support, from the trusts' own data (not self-reported). */
  hospital: HospitalFigures,
});
export type OutcomeFigures = z.infer<typeof OutcomeFigures>;

/** GET /api/outcomes (lead only) -> Outcomes: the whole service and each caseworker. */
export const Outcomes = z.object({
  computedAt: Instant,
  service: OutcomeFigures,
  caseworkers: z.array(z.object({ id: Id, name: DisplayName, figures: OutcomeFigures })).max(500),
});
export type Outcomes = z.infer<typeof Outcomes>;

/**
 * GET /api/outcomes/export.csv (lead only): the same figures, anonymised, one figure per row.
 * Columns are documented in docs/outcomes.md. No names, no free text: caseworkers appear as
 * `C1`, `C2`... in an order that is stable for one export. The admin CLI's `export-outcomes`
 * writes the same columns for every service at once.
 */
export const OUTCOME_CSV_COLUMNS = [
  'service_ref',
  'scope',
  'caseworker_ref',
  'period_type',
  'period',
  'measure',
  'value',
] as const;

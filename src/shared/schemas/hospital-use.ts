import { z } from 'zod';
import { Id, Instant } from './common';

/*
 * Hospital use: the counts an acute or ambulance trust sends for each person and month, which
 * commissioners fund on (docs/outcomes.md defines the before-and-after figures). Imported by
 * the lead from the trust's CSV, or entered and corrected by hand on the person's page.
 */

/** `2026-11`: a calendar month. */
export const HospitalMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2026-03');

/** The four kinds of hospital use, in the order every screen and file shows them. */
export const HOSPITAL_KINDS = ['ae', 'calls999', 'conveyances', 'admissions'] as const;
export const HospitalKind = z.enum(HOSPITAL_KINDS);
export type HospitalKind = z.infer<typeof HospitalKind>;

/** Each kind's name in the CSVs (docs/outcomes.md). */
export const CSV_KIND_NAMES: Record<HospitalKind, string> = {
  ae: 'ae_attendances',
  calls999: 'calls_999',
  conveyances: 'ambulance_conveyances',
  admissions: 'admissions',
};

/** The most of one kind in one month we accept: more is a typing or mapping mistake. */
export const MAX_MONTHLY_COUNT = 999;

/** One kind's count for a month; null: not known (no file or entry has given it). */
const MonthlyCount = z.number().int().min(0).max(MAX_MONTHLY_COUNT).nullable();

export const HospitalCounts = z.strictObject({
  ae: MonthlyCount,
  calls999: MonthlyCount,
  conveyances: MonthlyCount,
  admissions: MonthlyCount,
});
export type HospitalCounts = z.infer<typeof HospitalCounts>;

/** The person's own reference, as the service and the trust both know it. Never an NHS number. */
export const ServiceRef = z
  .string()
  .trim()
  .min(1, 'Enter a reference')
  .max(40, 'Use 40 characters or fewer')
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/, 'Use letters, numbers, spaces and . _ / - only')
  .refine(
    (s) => !looksLikeNhsNumber(s),
    'This looks like an NHS number. Use the service’s own reference.',
  );

/** Ten digits, with or without spaces: what an NHS number looks like. We never keep one. */
export function looksLikeNhsNumber(text: string): boolean {
  return /^\d{10}$/.test(text.replace(/[\s-]/g, ''));
}

export const HospitalMonthRow = HospitalCounts.extend({
  month: HospitalMonth,
  /** Where the latest change came from. */
  source: z.enum(['import', 'manual']),
  updatedAt: Instant,
});
export type HospitalMonthRow = z.infer<typeof HospitalMonthRow>;

/** GET /api/people/:personId/hospital-use */
export const HospitalUseView = z.object({
  serviceRef: z.string().max(40).nullable(),
  /** The month support began (the referral month), London time. */
  referralMonth: HospitalMonth,
  /** Every month with a count, newest first. */
  months: z.array(HospitalMonthRow).max(600),
});
export type HospitalUseView = z.infer<typeof HospitalUseView>;

/** PUT /api/people/:personId/hospital-use/service-ref */
export const SetServiceRefRequest = z.strictObject({ serviceRef: ServiceRef.nullable() });

/** PUT /api/people/:personId/hospital-use/months/:month: every kind null removes the month. */
export const SetHospitalMonthRequest = HospitalCounts;

export const HospitalMonthParams = z.object({ personId: Id, month: HospitalMonth });

/** The most rows one import takes (a trust's file for a service is a few thousand at most). */
export const MAX_IMPORT_ROWS = 4000;

const Cell = z.string().max(60);

/**
 * POST /api/outcomes/hospital-import. The console reads the file and sends only the columns
 * the lead mapped (never an NHS number): each row is its row number in the file (the header
 * is row 1, as a spreadsheet shows it), then the reference, the month, and one cell per kind
 * in `kinds`.
 */
export const HospitalImportRequest = z.strictObject({
  kinds: z
    .array(HospitalKind)
    .min(1, 'Choose at least one column of counts')
    .max(4)
    .refine((k) => new Set(k).size === k.length, 'Choose each kind once'),
  rows: z
    .array(
      z
        .array(z.union([z.number().int().min(1), Cell]))
        .min(4)
        .max(7),
    )
    .min(1, 'The file has no rows under its header')
    .max(MAX_IMPORT_ROWS, `Split the file: one import takes up to ${MAX_IMPORT_ROWS} rows`),
});
export type HospitalImportRequest = z.infer<typeof HospitalImportRequest>;

export const HospitalImportResult = z.object({
  rows: z.number().int(),
  people: z.number().int(),
  firstMonth: HospitalMonth,
  lastMonth: HospitalMonth,
  /** Counts filled with 0: a kind the file gives, in a month of its span, for a person in it with no row then (see docs). */
  zeroFilled: z.number().int(),
});
export type HospitalImportResult = z.infer<typeof HospitalImportResult>;

/** The months after the referral month that the figures look at. */
export const HORIZONS = [3, 6, 9, 12] as const;
/** The months before the referral month that the figures look at. */
export const BEFORE_MONTHS = 12;

const Count = z.number().int().min(0);
/** Per person per month, 2 decimals; null when nobody is counted. */
const Rate = z.number().min(0).nullable();

export const HospitalHorizon = z.object({
  /** 3, 6, 9 or 12: the months after the referral month. */
  months: z.number().int(),
  /** People counted: their data covers every month of both windows (docs/outcomes.md). */
  people: Count,
  /** Their count in the 12 months before, and in these months after. */
  before: Count,
  after: Count,
  beforePerPersonMonth: Rate,
  afterPerPersonMonth: Rate,
  /** `1 − after rate / before rate`, 3 decimals: 0.4 is 40 % fewer. Null when the before rate is 0. */
  reduction: z.number().max(1).nullable(),
});
export type HospitalHorizon = z.infer<typeof HospitalHorizon>;

/** Before and after support, from the trusts' data (docs/outcomes.md, "Hospital use"). */
export const HospitalFigures = z.object({
  /** People of the group with any hospital-use count at all. */
  peopleWithData: Count,
  kinds: z
    .array(z.object({ kind: HospitalKind, horizons: z.array(HospitalHorizon).max(4) }))
    .max(4),
});
export type HospitalFigures = z.infer<typeof HospitalFigures>;

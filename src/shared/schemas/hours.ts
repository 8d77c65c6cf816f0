import { z } from 'zod';
import { LocalDate, LocalTime, text } from './common';

/** ISO day of the week: 1 = Monday ... 7 = Sunday. */
export const IsoDay = z.number().int().min(1).max(7);
export type IsoDay = z.infer<typeof IsoDay>;

/** A start and end on one day. `end <= start` means the window runs past midnight. */
export const TimeWindow = z.object({ start: LocalTime, end: LocalTime });
export type TimeWindow = z.infer<typeof TimeWindow>;

/** A window on a day of the week, in Europe/London wall-clock time. */
export const WeeklyWindow = z.object({ day: IsoDay, start: LocalTime, end: LocalTime });
export type WeeklyWindow = z.infer<typeof WeeklyWindow>;

/**
 * A date whose windows replace the weekly ones (bank holiday, leave, a late night).
 * Empty `windows` = closed all day.
 */
export const HoursException = z.object({
  date: LocalDate,
  label: text(80).optional(),
  windows: z.array(TimeWindow).max(8),
});
export type HoursException = z.infer<typeof HoursException>;

export const AlwaysOpen = z.object({ kind: z.literal('always') });
export type AlwaysOpen = z.infer<typeof AlwaysOpen>;

export const WeeklyHours = z.object({
  kind: z.literal('weekly'),
  weekly: z.array(WeeklyWindow).max(50),
  exceptions: z
    .array(HoursException)
    .max(400)
    .refine((list) => new Set(list.map((e) => e.date)).size === list.length, {
      message: 'Each date can only have one exception',
    }),
});
export type WeeklyHours = z.infer<typeof WeeklyHours>;

/** When something is open, in Europe/London: always, or weekly windows with dated exceptions. */
export const Hours = z.discriminatedUnion('kind', [AlwaysOpen, WeeklyHours]);
export type Hours = z.infer<typeof Hours>;

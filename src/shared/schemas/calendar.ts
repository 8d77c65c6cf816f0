import { z } from 'zod';
import { NATIONS } from '../bank-holidays';
import { Instant, LocalDate, text } from './common';

export const Nation = z.enum(NATIONS);

/** The longest single closure: a team does not close for more than a month at a time. */
export const MAX_CLOSURE_DAYS = 31;

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/** Days the whole team is closed (training, an away day), first and last day inclusive. */
export const Closure = z
  .object({
    from: LocalDate,
    to: LocalDate,
    label: text(80).min(1, 'Say what the closure is, for example "Team training day".'),
  })
  .refine((c) => c.to >= c.from, {
    message: 'The last day must be on or after the first day.',
    path: ['to'],
  })
  .refine((c) => dayNumber(c.to) - dayNumber(c.from) < MAX_CLOSURE_DAYS, {
    message: `A closure can be ${MAX_CLOSURE_DAYS} days at most.`,
    path: ['to'],
  });
export type Closure = z.infer<typeof Closure>;

/** The nations a service serves (their bank holidays) and the team's own closures. */
export const ServiceCalendar = z.object({
  nations: z
    .array(Nation)
    .min(1, 'Choose at least one nation.')
    .max(NATIONS.length)
    .refine((list) => new Set(list).size === list.length, {
      message: 'Each nation can only be chosen once.',
    }),
  closures: z.array(Closure).max(100),
});
export type ServiceCalendar = z.infer<typeof ServiceCalendar>;

/** PUT /api/calendar */
export const PutCalendarRequest = z.strictObject({
  nations: ServiceCalendar.shape.nations,
  closures: z.array(Closure).max(100),
});
export type PutCalendarRequest = z.infer<typeof PutCalendarRequest>;

/** GET /api/calendar: the calendar, and when and whether the lead last changed it. */
export const CalendarResponse = ServiceCalendar.extend({ updatedAt: Instant.nullable() });
export type CalendarResponse = z.infer<typeof CalendarResponse>;

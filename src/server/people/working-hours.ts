import { Hours } from '#shared/schemas/hours';

/** A caseworker's hours until they are set: Monday to Friday, 9:00 to 17:00. */
export const OFFICE_HOURS: Hours = {
  kind: 'weekly',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
  exceptions: [],
};

/** A caseworker's stored working hours, or office hours if they no longer fit the schema. */
export function workingHours(stored: unknown): Hours {
  const parsed = Hours.safeParse(stored);
  return parsed.success ? parsed.data : OFFICE_HOURS;
}

import { DEFAULT_CALENDAR, hoursOnCalendar, type ServiceCalendar } from '#shared/calendar';
import type { Hours } from '#shared/schemas/hours';

/** The caseworker's first name, for short sentences: "Share with Sam". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** The caseworker's photo URL (`/api/photos/<id>`), if they have one. */
export function caseworkerPhoto(
  profile: { caseworker: { photo?: string | null } } | null,
): string | null {
  return profile?.caseworker.photo ?? null;
}

/** The team's own words for when to call 111 (never the number), if they set some. */
export function nhs111Wording(profile: { nhs111Wording?: string | null } | null): string | null {
  const words = profile?.nhs111Wording?.trim();
  return words ? words : null;
}

/** The service calendar the phone was sent; England and Wales until a profile carries one. */
export function calendarOf(profile: { calendar?: ServiceCalendar | undefined } | null) {
  return profile?.calendar ?? DEFAULT_CALENDAR;
}

/**
 * The agreed hours as they stand around `now`: closed on the service's bank holidays and team
 * closures, worked out on the phone from the calendar, so it never runs out.
 */
export function agreedHours(
  profile: { hours: Hours; calendar?: ServiceCalendar | undefined },
  now: Date,
): Hours {
  return hoursOnCalendar(profile.hours, calendarOf(profile), now);
}

import { DEFAULT_CALENDAR, hoursOnCalendar, type ServiceCalendar } from '#shared/calendar';
import { awayWords, leaveNow } from '#shared/cover';
import type { Hours } from '#shared/schemas/hours';
import type { PhoneLeave } from '#shared/schemas/leave';

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

/**
 * The caseworker's leave that is on now (by this phone's clock and London day), who covers
 * (first name) and the words the phone shows; null when they are not away. Works offline from
 * the cached profile, and stops by itself when the last day is over.
 */
export function awayNow(
  profile: { leave?: PhoneLeave[] | undefined; caseworker: { name: string } } | null,
  now: Date,
) {
  const leave = leaveNow(profile?.leave, now);
  if (!profile || !leave) return null;
  const cover = leave.cover ? firstName(leave.cover.name) : undefined;
  return { leave, cover, words: awayWords(firstName(profile.caseworker.name), leave, now, cover) };
}

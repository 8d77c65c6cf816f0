import { z } from 'zod';

/** A UUID: every id in the product, including ids the phone makes for outbox retries. */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** An ISO 8601 instant with a zone: `2026-03-29T01:00:00Z` or `...+01:00`. */
export const Instant = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;

/** A calendar date in Europe/London, `YYYY-MM-DD` (a real date: no 31 April). */
export const LocalDate = z.iso.date();
export type LocalDate = z.infer<typeof LocalDate>;

/** A wall-clock time, `HH:MM`, 24 hour, `00:00`..`23:59` (`24:00` is not allowed). */
export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, 00:00 to 23:59');
export type LocalTime = z.infer<typeof LocalTime>;

/**
 * A UK phone number or short code as people write it: `999`, `116 123`, `01234 567890`,
 * `+44 7700 900123`, `85258`. Digits and spaces, an optional leading `+`, 3 to 15 digits.
 */
export const UkPhone = z
  .string()
  .trim()
  .max(20)
  .regex(/^\+?[0-9][0-9 ]*$/, 'Use digits and spaces only')
  .refine((s) => {
    const digits = s.replace(/\D/g, '').length;
    return digits >= 3 && digits <= 15;
  }, 'A phone number has 3 to 15 digits');
export type UkPhone = z.infer<typeof UkPhone>;

/** The number to put in a `tel:` or `sms:` link: no spaces. */
export function dialString(phone: UkPhone): string {
  return phone.replace(/\s/g, '');
}

/** Free text: trimmed, at most `max` characters, may be empty. */
export const text = (max: number) => z.string().trim().max(max);

/** Free text that must say something: trimmed, 1..`max` characters. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, 'Please fill this in').max(max);

/** An email address, trimmed and lower-cased. */
export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());
export type Email = z.infer<typeof Email>;

/** A person's or caseworker's name as shown on screen. */
export const DisplayName = requiredText(80);
export type DisplayName = z.infer<typeof DisplayName>;

import { describe, expect, it } from 'vitest';
import {
  DisplayName,
  Email,
  Id,
  Instant,
  LocalDate,
  LocalTime,
  UkPhone,
  dialString,
} from '#shared/schemas/common';

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, v: unknown) =>
  schema.safeParse(v).success;

describe('common schemas', () => {
  it('LocalTime takes HH:MM from 00:00 to 23:59 only', () => {
    for (const good of ['00:00', '09:05', '12:30', '23:59']) expect(ok(LocalTime, good)).toBe(true);
    for (const bad of ['24:00', '9:5', '9:05', '12:60', '12:30:00', ' 12:30', '', 1230]) {
      expect(ok(LocalTime, bad)).toBe(false);
    }
  });

  it('LocalDate takes real YYYY-MM-DD dates only', () => {
    expect(ok(LocalDate, '2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-04-31', '2026-13-01', '26-01-01', '2026-1-1']) {
      expect(ok(LocalDate, bad)).toBe(false);
    }
  });

  it('Instant needs a zone, so it means one moment', () => {
    expect(ok(Instant, '2026-03-29T01:00:00Z')).toBe(true);
    expect(ok(Instant, '2026-03-29T02:00:00.000+01:00')).toBe(true);
    expect(ok(Instant, '2026-03-29T01:00:00')).toBe(false);
    expect(ok(Instant, '29/03/2026')).toBe(false);
  });

  it('Id is a UUID', () => {
    expect(ok(Id, '6f1c2b1e-3c1a-4d7e-9a51-1b2c3d4e5f60')).toBe(true);
    expect(ok(Id, 'person-1')).toBe(false);
  });

  it('UkPhone takes numbers as people write them, and dialString removes the spaces', () => {
    for (const good of ['999', '111', '116 123', '01234 567890', '+44 7700 900123', '85258']) {
      expect(ok(UkPhone, good)).toBe(true);
    }
    for (const bad of ['12', 'call me', '0800-123-456', '1'.repeat(16), '']) {
      expect(ok(UkPhone, bad)).toBe(false);
    }
    expect(dialString(UkPhone.parse(' 116 123 '))).toBe('116123');
  });

  it('names are trimmed, must not be blank and have a maximum length', () => {
    expect(DisplayName.parse('  Alex  ')).toBe('Alex');
    expect(ok(DisplayName, '   ')).toBe(false);
    expect(ok(DisplayName, 'a'.repeat(80))).toBe(true);
    expect(ok(DisplayName, 'a'.repeat(81))).toBe(false);
  });

  it('emails are trimmed and lower-cased', () => {
    expect(Email.parse('  Sam.Lead@Example.ORG ')).toBe('sam.lead@example.org');
    expect(ok(Email, 'not an email')).toBe(false);
  });
});

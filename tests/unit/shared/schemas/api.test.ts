import { describe, expect, it } from 'vitest';
import { NATIONAL_CONTACTS } from '#shared/guide';
import { ApiError } from '#shared/schemas/api-error';
import {
  CreateCaseworkerRequest,
  DeviceProfile,
  LoginRequest,
  PairRequest,
  PutGuideRequest,
  PutPlanRequest,
  ReassignPersonRequest,
} from '#shared/schemas/api';
import type { GuideContact } from '#shared/schemas/guide';
import { PLAN_SECTIONS, emptyPlanSections } from '#shared/schemas/plan';

const id = '6f1c2b1e-3c1a-4d7e-9a51-1b2c3d4e5f60';

describe('API request bodies', () => {
  it('login takes an email and password and rejects extra fields', () => {
    expect(LoginRequest.parse({ email: ' Lead@Example.org', password: 'pw' })).toEqual({
      email: 'lead@example.org',
      password: 'pw',
    });
    expect(LoginRequest.safeParse({ email: 'a@b.org', password: 'pw', admin: true }).success).toBe(
      false,
    );
    expect(LoginRequest.safeParse({ email: 'a@b.org', password: '' }).success).toBe(false);
  });

  it('a new caseworker needs a known role', () => {
    const body = { name: 'Sam', email: 'sam@example.org', role: 'caseworker' };
    expect(CreateCaseworkerRequest.parse(body)).toEqual(body);
    expect(CreateCaseworkerRequest.safeParse({ ...body, role: 'admin' }).success).toBe(false);
  });

  it('reassigning rejects a misspelt field rather than ignoring it', () => {
    expect(ReassignPersonRequest.safeParse({ caseworkerID: id }).success).toBe(false);
    expect(ReassignPersonRequest.parse({ caseworkerId: id })).toEqual({ caseworkerId: id });
  });

  it('pairing normalises the code as typed', () => {
    expect(PairRequest.parse({ code: 'acde-fhjk' })).toEqual({ code: 'ACDEFHJK' });
    expect(PairRequest.safeParse({ code: 'hello' }).success).toBe(false);
  });

  it('a plan needs every section, each line short and not blank', () => {
    const sections = emptyPlanSections();
    expect(Object.keys(sections)).toEqual(PLAN_SECTIONS.map((s) => s.key));
    expect(PutPlanRequest.parse({ sections })).toEqual({ sections });
    const { outOfHours: _, ...missing } = sections;
    expect(PutPlanRequest.safeParse({ sections: missing }).success).toBe(false);
    const blank = { ...sections, selfHelp: ['  '] };
    expect(PutPlanRequest.safeParse({ sections: blank }).success).toBe(false);
    const long = { ...sections, selfHelp: ['x'.repeat(501)] };
    expect(PutPlanRequest.safeParse({ sections: long }).success).toBe(false);
  });

  it('the guide a caseworker saves holds local contacts only, from our own pictures', () => {
    const local: GuideContact = {
      id,
      kind: 'gp',
      name: 'Your GP',
      whenToUse: 'For worries that can wait a day.',
      call: '01234 567890',
      hours: { kind: 'always' },
      picture: '/api/people/6f1c2b1e/photos/gp.jpg',
    };
    expect(PutGuideRequest.parse([local])).toEqual([local]);
    expect(PutGuideRequest.safeParse([...NATIONAL_CONTACTS]).success).toBe(false);
    const offsite = { ...local, picture: 'https://example.com/gp.jpg' };
    expect(PutGuideRequest.safeParse([offsite]).success).toBe(false);
    const { call: _, ...noNumber } = local;
    expect(PutGuideRequest.safeParse([noNumber]).success).toBe(false);
  });
});

describe('API responses', () => {
  it('a device profile round-trips', () => {
    const profile = {
      person: { id, displayName: 'Alex' },
      caseworker: { name: 'Sam' },
      service: { name: 'Anytown HIU' },
      hours: { kind: 'weekly', weekly: [{ day: 1, start: '09:00', end: '17:00' }], exceptions: [] },
      plan: { sections: emptyPlanSections(), updatedAt: '2026-11-04T10:00:00Z' },
      guide: [],
      syncedAt: '2026-11-04T10:00:00Z',
    };
    expect(DeviceProfile.parse(profile)).toEqual(profile);
  });

  it('errors carry a code, words and optional field problems', () => {
    const err = { error: 'device_revoked', message: 'This phone is no longer linked.' };
    expect(ApiError.parse(err)).toEqual(err);
    expect(ApiError.safeParse({ ...err, error: 'Device Revoked' }).success).toBe(false);
    expect(ApiError.parse({ ...err, fields: { email: 'Check the email' } }).fields).toEqual({
      email: 'Check the email',
    });
  });
});

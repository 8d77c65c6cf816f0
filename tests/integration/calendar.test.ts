import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditListResponse } from '#shared/schemas/api';
import { CalendarResponse } from '#shared/schemas/calendar';
import { SendMessageResponse, SyncResponse } from '#shared/schemas/connect';
import { ENGINES } from './support/engines';
import { openEvents, settle } from './support/events';
import { createHarness, type Harness } from './support/harness';
import { body, call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

/*
 * The service calendar: every member of staff reads it, the lead alone changes it (audited),
 * each phone of the service gets it with its next profile, and a person's message sent on a
 * bank holiday or a team closure waits for the next working day.
 */

const OFFICE = {
  kind: 'weekly',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
  exceptions: [],
};
const SCOTLAND_WITH_TRAINING = {
  nations: ['scotland'],
  closures: [{ from: '2026-12-29', to: '2026-12-29', label: 'Team training day' }],
};

describe.each(ENGINES)('the service calendar on %s', (engine) => {
  let h: Harness;
  let w: World;
  let lead: Caller;
  let casey: Caller;
  let leadB: Caller;
  let phone: Caller;

  /** Staff sessions end when the clock jumps days ahead: sign in again at the new time. */
  async function signIn() {
    lead = await login(h.app, w.leadA.email, PASSWORD);
    casey = await login(h.app, w.casey.email, PASSWORD);
    leadB = await login(h.app, w.leadB.email, PASSWORD);
  }

  beforeAll(async () => {
    h = await createHarness(engine);
    h.setNow(new Date('2026-12-04T10:00:00Z'));
    w = await buildWorld(h);
    await signIn();
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
  });
  afterAll(() => h.close());

  const read = async (as: Caller) =>
    CalendarResponse.parse(await json(await call(h.app, 'GET', '/api/calendar', { as })));
  const profile = async () =>
    SyncResponse.parse(await json(await call(h.app, 'GET', '/api/device/sync', { as: phone })))
      .profile;

  test('until the lead sets it: England and Wales, no closures, on the phone too', async () => {
    expect(await read(casey)).toEqual({
      nations: ['england-and-wales'],
      closures: [],
      updatedAt: null,
    });
    expect((await profile()).calendar).toEqual({ nations: ['england-and-wales'], closures: [] });
  });

  test('a caseworker cannot change it, and nothing changes', async () => {
    const res = await call(h.app, 'PUT', '/api/calendar', {
      as: casey,
      body: SCOTLAND_WITH_TRAINING,
    });
    expect(res.status).toBe(403);
    expect((await body(res)).error).toBe('lead_only');
    expect((await read(lead)).nations).toEqual(['england-and-wales']);
  });

  test('bad calendars are refused with a clear message for the field', async () => {
    const cases: [unknown, string, RegExp][] = [
      [{ nations: [], closures: [] }, 'nations', /at least one nation/],
      [{ nations: ['wales'], closures: [] }, 'nations.0', /./],
      [
        { nations: ['scotland'], closures: [{ from: '2026-12-30', to: '2026-12-29', label: 'x' }] },
        'closures.0.to',
        /on or after the first day/,
      ],
      [
        { nations: ['scotland'], closures: [{ from: '2026-12-01', to: '2027-01-15', label: 'x' }] },
        'closures.0.to',
        /31 days at most/,
      ],
      [
        { nations: ['scotland'], closures: [{ from: '2026-12-01', to: '2026-12-01', label: ' ' }] },
        'closures.0.label',
        /Say what the closure is/,
      ],
    ];
    for (const [sent, field, message] of cases) {
      const res = await call(h.app, 'PUT', '/api/calendar', { as: lead, body: sent });
      expect(res.status, JSON.stringify(sent)).toBe(400);
      const problem = await body(res);
      const fields = problem.fields as Record<string, string>;
      expect(Object.keys(fields), JSON.stringify(problem)).toContain(field);
      expect(fields[field]).toMatch(message);
    }
    expect((await read(lead)).updatedAt).toBeNull();
  });

  test('the lead sets it: staff read it, the phone gets it at once, the change is audited', async () => {
    const before = await profile();
    h.setNow(new Date('2026-12-04T10:10:00Z'));
    const res = await call(h.app, 'PUT', '/api/calendar', {
      as: lead,
      body: SCOTLAND_WITH_TRAINING,
    });
    expect(res.status).toBe(200);
    const saved = CalendarResponse.parse(await json(res));
    expect(saved).toEqual({ ...SCOTLAND_WITH_TRAINING, updatedAt: '2026-12-04T10:10:00.000Z' });
    expect(await read(casey)).toEqual(saved);
    // The profile was cached for this phone; the calendar change moved its version.
    expect(before.calendar?.nations).toEqual(['england-and-wales']);
    expect((await profile()).calendar).toEqual(SCOTLAND_WITH_TRAINING);

    const auditRes = await call(h.app, 'GET', '/api/audit', { as: lead });
    const lines = AuditListResponse.parse(await json(auditRes));
    const line = lines.find((l) => l.action === 'calendar.update');
    expect(line?.detail).toBe('Service calendar changed (nations: scotland; 1 team closure)');
  });

  test("another service's calendar is its own", async () => {
    expect((await read(leadB)).nations).toEqual(['england-and-wales']);
    const res = await call(h.app, 'PUT', '/api/calendar', {
      as: leadB,
      body: { nations: ['northern-ireland'], closures: [] },
    });
    expect(res.status).toBe(200);
    expect((await read(lead)).nations).toEqual(['scotland']);
  });

  test('a message sent on Christmas Day waits past the substitute day and the training day', async () => {
    h.setNow(new Date('2026-12-04T10:20:00Z'));
    const put = await call(h.app, 'PUT', `/api/people/${w.p1}/hours`, { as: casey, body: OFFICE });
    expect(put.status).toBe(200);
    // Friday 25 December 2026, 10am: within the weekly hours, but Christmas Day. Monday 28 is
    // the Boxing Day substitute and Tuesday 29 the team's training day.
    h.setNow(new Date('2026-12-25T10:00:00Z'));
    await signIn();
    const sent = await call(h.app, 'POST', '/api/device/messages', {
      as: phone,
      body: { id: randomUUID(), body: 'Are you there?' },
    });
    expect(sent.status).toBe(201);
    expect(SendMessageResponse.parse(await json(sent)).message.heldUntil).toBe(
      '2026-12-30T09:00:00.000Z',
    );
  });

  test("the console's alerts are quiet on a bank holiday, though within the usual working hours", async () => {
    const share = async (at: Date) => {
      h.setNow(at);
      await signIn();
      const events = await openEvents(h.app, casey);
      const entry = {
        id: randomUUID(),
        kind: 'everyday' as const,
        everyday: 'A made-up entry.',
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
      };
      const res = await call(h.app, 'PUT', `/api/device/shared-entries/${entry.id}`, {
        as: phone,
        body: { entry },
      });
      expect(res.status).toBe(200);
      const event = await events.next((e) => e.type === 'shared-entry');
      await events.close();
      await settle();
      return event.notify;
    };
    // Casey has office hours (unset: Monday to Friday, 9am to 5pm). Thursday 31 December 2026
    // is a working day; Friday 1 January 2027 is New Year's Day.
    expect(await share(new Date('2026-12-31T10:00:00Z'))).toBe(true);
    expect(await share(new Date('2027-01-01T10:00:00Z'))).toBe(false);
  });
});

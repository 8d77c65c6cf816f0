import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NATIONAL_CONTACTS } from '#shared/guide';
import { PLAN_SECTION_KEYS } from '#shared/schemas/plan';
import { DEFAULT_SAFEGUARDING_CATEGORIES } from '#shared/safeguarding';
import { addDays, londonDate } from '#shared/london';
import { weekOf } from '#shared/weeks';
import { addStaff } from '../../src/server/accounts/staff';
import { hashPassword } from '../../src/server/auth/passwords';
import { issuePairingCode } from '../../src/server/auth/pairing';
import { startSession } from '../../src/server/auth/sessions';
import { randomToken, sha256 } from '../../src/server/auth/tokens';
import { findCaseworker, setPassword } from '../../src/server/db/tables/caseworkers.table';
import { insertContactEvent } from '../../src/server/db/tables/contacts.table';
import { replaceLeave } from '../../src/server/db/tables/leave.table';
import { replaceContactAlternatives } from '../../src/server/db/tables/support-used.table';
import { insertDevice } from '../../src/server/db/tables/devices.table';
import { insertPhoto } from '../../src/server/db/tables/photos.table';
import { insertMessagePhoto } from '../../src/server/db/tables/message-photos.table';
import { insertMessage } from '../../src/server/db/tables/messages.table';
import { upsertNote } from '../../src/server/db/tables/notes.table';
import { insertConcern } from '../../src/server/db/tables/safeguarding.table';
import { upsertSharedEntry } from '../../src/server/db/tables/shared-entries.table';
import { createGoal } from '../../src/server/people/goal-changes';
import { tinyPng } from './support/images';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, type Caller } from './support/http';
import { buildCallers, buildWorld, PASSWORD, type Callers, type World } from './support/world';

/** `coverCaseworker` covers P1 alone while P1's caseworker is on leave (made below). */
type Who = keyof Callers | 'coverCaseworker';
const WHO: Who[] = [
  'anonymous',
  'revokedDevice',
  'otherPersonsDevice',
  'ownDevice',
  'otherServiceCaseworker',
  'unassignedCaseworker',
  'coverCaseworker',
  'assignedCaseworker',
  'lead',
];
type Expected = Record<Who, number>;

/** The same status for everyone. */
const all = (status: number): Expected => ({
  anonymous: status,
  revokedDevice: status,
  otherPersonsDevice: status,
  ownDevice: status,
  otherServiceCaseworker: status,
  unassignedCaseworker: status,
  coverCaseworker: status,
  assignedCaseworker: status,
  lead: status,
});

/** Phone-only routes. */
/** Samaritans' fixed card id: in every person's guide. */
const SAMARITANS_ID = NATIONAL_CONTACTS.find((c) => c.kind === 'samaritans')!.id;

const device = (own: number, other: number): Expected => ({
  anonymous: 401,
  revokedDevice: 401,
  otherPersonsDevice: other,
  ownDevice: own,
  otherServiceCaseworker: 401,
  unassignedCaseworker: 401,
  coverCaseworker: 401,
  assignedCaseworker: 401,
  lead: 401,
});

/** Any signed-in member of staff, whatever their caseload. */
const anyStaff = (ok: number): Expected => ({
  ...all(401),
  otherServiceCaseworker: ok,
  unassignedCaseworker: ok,
  coverCaseworker: ok,
  assignedCaseworker: ok,
  lead: ok,
});

/** The lead of the service only. */
const leadOnly = (ok: number): Expected => ({
  ...anyStaff(403),
  lead: ok,
});

/**
 * About person P1 of service A: their caseworker, whoever covers P1 while their caseworker is
 * on leave (as their caseworker may, no more), and the lead; 404 from another service.
 */
const aboutPerson = (ok: number, assigned = ok): Expected => ({
  ...all(401),
  otherServiceCaseworker: 404,
  unassignedCaseworker: 403,
  coverCaseworker: assigned,
  assignedCaseworker: assigned,
  lead: ok,
});

/** Casey's own leave (a new id and days each time): Casey or the lead; 404 from elsewhere. */
const caseyLeave = (ok: number, otherService: number): Expected => ({
  ...anyStaff(403),
  otherServiceCaseworker: otherService,
  assignedCaseworker: ok,
  lead: ok,
});
let leaveWeeks = 0;
/** A week of leave for Casey well after the cover below, never the same week twice. */
const nextLeaveDays = (h: Harness) => {
  const first = addDays(londonDate(h.now()), 35 + 7 * leaveWeeks++);
  return { firstDay: first, lastDay: addDays(first, 4) };
};

interface Ctx {
  h: Harness;
  w: World;
}

/** A leave of Casey's recorded straight in the database, for a cell to change or take off. */
async function caseysLeave({ h, w }: Ctx) {
  const id = randomUUID();
  const days = nextLeaveDays(h);
  await replaceLeave(h.db, {
    leave: {
      id,
      service_id: w.serviceA,
      caseworker_id: w.casey.id,
      first_day: days.firstDay,
      last_day: days.lastDay,
      cover_id: null,
      cover_phone: null,
      recorded_by: w.casey.id,
      recorded_at: h.now(),
    },
    people: [],
  });
  return { id, days };
}
interface Cell {
  path: string;
  body?: unknown;
  /** A file instead of JSON (photo uploads). */
  raw?: Uint8Array;
  headers?: Record<string, string>;
}
interface Row {
  expect: Expected;
  /** Build the request for one cell; may make what the cell needs (a fresh code, a device). */
  request: (ctx: Ctx) => Cell | Promise<Cell>;
}

/** A journal entry of the kind a phone shares. */
const everydayEntry = () => ({
  id: randomUUID(),
  kind: 'everyday' as const,
  everyday: 'A made-up entry for the matrix.',
  createdAt: '2026-11-23T09:00:00Z',
  updatedAt: '2026-11-23T09:00:00Z',
});

const emptyPlan = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, ['One line.']]));
const hours = {
  kind: 'weekly',
  weekly: [{ day: 1, start: '09:00', end: '17:00' }],
  exceptions: [],
};

/** A goal as the console sends it. */
const goalInput = () => ({
  title: 'Go to the walking group',
  milestones: [
    { title: 'Find where it meets', targetDate: '2026-12-01', reward: 'A hot chocolate' },
    { title: 'Go once', targetDate: null, reward: null },
  ],
});

/** A safeguarding concern as the console sends it. */
const concernInput = (h: Harness) => ({
  raisedOn: londonDate(h.now()),
  category: 'Self-neglect',
  whatWasDone: 'Talked it through and agreed a home visit.',
  referredTo: 'Adult safeguarding team',
});

/** The same concern as a row, open. */
const concernRow = (h: Harness) => ({
  raised_on: londonDate(h.now()),
  category: 'Self-neglect',
  what_was_done: 'Talked it through.',
  referred_to: '',
  status: 'open' as const,
  closed_by: null,
  closed_at: null,
});

/** A fresh goal of P1's for one cell, with the id of its first milestone. */
async function p1Goal({ h, w }: Ctx) {
  const milestoneId = randomUUID();
  const input = goalInput();
  const { goalId } = await createGoal(
    h.db,
    { serviceId: w.serviceA, personId: w.p1, by: w.casey.id, now: h.now(), actor: 'caseworker' },
    {
      ...input,
      milestones: input.milestones.map((m, i) => (i === 0 ? { ...m, id: milestoneId } : m)),
    },
  );
  return { goalId, milestoneId };
}

/**
 * Every route of the app, with the status each caller must get. A route missing from here
 * fails the first test below, so a new route cannot ship without its row.
 */
const MATRIX: Record<string, Row> = {
  'GET /api/health': { expect: all(200), request: () => ({ path: '/api/health' }) },
  'GET /api/openapi.json': { expect: all(200), request: () => ({ path: '/api/openapi.json' }) },
  'POST /api/auth/login': {
    expect: all(200),
    request: ({ w }) => ({
      path: '/api/auth/login',
      body: { email: w.casey.email, password: PASSWORD },
    }),
  },
  'GET /api/auth/me': { expect: anyStaff(200), request: () => ({ path: '/api/auth/me' }) },
  'GET /api/auth/session': { expect: all(200), request: () => ({ path: '/api/auth/session' }) },
  'POST /api/auth/logout': { expect: anyStaff(200), request: () => ({ path: '/api/auth/logout' }) },
  'POST /api/auth/password': {
    expect: anyStaff(200),
    request: () => ({
      path: '/api/auth/password',
      body: { currentPassword: PASSWORD, newPassword: 'another long password' },
    }),
  },
  'GET /api/caseworkers': { expect: leadOnly(200), request: () => ({ path: '/api/caseworkers' }) },
  'POST /api/caseworkers': {
    expect: leadOnly(201),
    request: () => ({
      path: '/api/caseworkers',
      body: {
        name: 'Nova Newstaff',
        email: `new-${randomUUID()}@alpha.example.org`,
        role: 'caseworker',
      },
    }),
  },
  'GET /api/people': { expect: anyStaff(200), request: () => ({ path: '/api/people' }) },
  'POST /api/people': {
    expect: anyStaff(201),
    request: () => ({ path: '/api/people', body: { displayName: 'Ned Newperson' } }),
  },
  'GET /api/people/:personId': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}` }),
  },
  'PATCH /api/people/:personId': {
    expect: aboutPerson(200, 403),
    request: ({ w }) => ({ path: `/api/people/${w.p1}`, body: { caseworkerId: w.casey.id } }),
  },
  'GET /api/people/:personId/plan': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/plan` }),
  },
  'PUT /api/people/:personId/plan': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/plan`, body: { sections: emptyPlan } }),
  },
  'GET /api/people/:personId/routine': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/routine` }),
  },
  'PUT /api/people/:personId/routine': {
    expect: aboutPerson(200),
    request: ({ w }) => ({
      path: `/api/people/${w.p1}/routine`,
      body: { morning: ['Have breakfast'], afternoon: [], evening: [] },
    }),
  },
  'GET /api/people/:personId/hours': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/hours` }),
  },
  'PUT /api/people/:personId/hours': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/hours`, body: hours }),
  },
  'GET /api/people/:personId/guide': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/guide` }),
  },
  'PUT /api/people/:personId/guide': {
    expect: aboutPerson(200),
    request: ({ w }) => ({
      path: `/api/people/${w.p1}/guide`,
      body: [
        {
          id: randomUUID(),
          kind: 'gp',
          name: 'Testbury Surgery',
          whenToUse: 'For health worries in the day.',
          call: '01632 960000',
          hours,
          picture: 'gp',
        },
      ],
    }),
  },
  'POST /api/people/:personId/pairing-codes': {
    expect: aboutPerson(201),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/pairing-codes` }),
  },
  'GET /api/people/:personId/devices': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/devices` }),
  },
  'POST /api/people/:personId/devices/:deviceId/revoke': {
    expect: aboutPerson(200),
    // A spare phone of P1's for each cell, so revoking it leaves the callers' phones alone.
    request: async ({ h, w }) => {
      const id = randomUUID();
      await insertDevice(h.db, {
        id,
        service_id: w.serviceA,
        person_id: w.p1,
        token_hash: sha256(randomToken()),
        label: null,
        paired_at: h.now(),
        last_seen_at: h.now(),
        revoked_at: null,
        revoked_by: null,
      });
      return { path: `/api/people/${w.p1}/devices/${id}/revoke` };
    },
  },
  'POST /api/device/pair': {
    expect: all(201),
    request: async ({ h, w }) => {
      const issued = await issuePairingCode(h.db, {
        serviceId: w.serviceA,
        personId: w.p1,
        issuedBy: null,
        now: h.now(),
      });
      return { path: '/api/device/pair', body: { code: issued.code } };
    },
  },
  'GET /api/device/profile': {
    expect: device(200, 200),
    request: () => ({ path: '/api/device/profile' }),
  },
  'GET /api/audit': { expect: leadOnly(200), request: () => ({ path: '/api/audit' }) },
  // Each member of staff's own triage: their people, or the whole service for the lead.
  'GET /api/triage': { expect: anyStaff(200), request: () => ({ path: '/api/triage' }) },
  'POST /api/triage/done': {
    expect: aboutPerson(200),
    request: ({ w }) => ({
      path: '/api/triage/done',
      body: { key: `quiet:${w.p1}:never`, personId: w.p1 },
    }),
  },
  // The caseworker's notes: staff who may see the person; never a phone, never another team.
  'GET /api/people/:personId/notes': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/notes` }),
  },
  'PUT /api/people/:personId/notes/:day': {
    expect: aboutPerson(200),
    request: ({ h, w }) => ({
      path: `/api/people/${w.p1}/notes/${londonDate(h.now())}`,
      body: { happened: 'Talked about the walking group.' },
    }),
  },
  'DELETE /api/people/:personId/notes/:day': {
    // Each caller deletes a note of their own, written just before.
    expect: aboutPerson(200),
    request: async ({ h, w }) => {
      const day = londonDate(h.now());
      for (const caseworkerId of [w.casey.id, w.leadA.id]) {
        await upsertNote(
          h.db,
          { serviceId: w.serviceA, personId: w.p1, caseworkerId, day },
          { happened: 'A note to delete.', calls: '', seemed: '' },
          h.now(),
        );
      }
      return { path: `/api/people/${w.p1}/notes/${day}` };
    },
  },
  'GET /api/people/:personId/week': {
    expect: aboutPerson(200),
    request: ({ h, w }) => ({ path: `/api/people/${w.p1}/week?start=${weekOf(h.now()).key}` }),
  },
  'GET /api/people/:personId/record': {
    expect: aboutPerson(200, 403),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/record` }),
  },
  'GET /api/people/:personId/record/text': {
    expect: aboutPerson(200, 403),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/record/text` }),
  },
  // The consent record: staff who may see the person read and add to it; each phone reads its
  // own and withdraws only its own app-related consent.
  'GET /api/people/:personId/consent': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/consent` }),
  },
  'POST /api/people/:personId/consent': {
    expect: aboutPerson(201),
    request: ({ h, w }) => ({
      path: `/api/people/${w.p1}/consent`,
      body: { topic: 'support', action: 'given', how: 'in-person', day: londonDate(h.now()) },
    }),
  },
  'GET /api/device/consent': {
    expect: device(200, 200),
    request: () => ({ path: '/api/device/consent' }),
  },
  'POST /api/device/consent/withdraw': {
    expect: device(200, 200),
    request: () => ({ path: '/api/device/consent/withdraw', body: { topic: 'app' } }),
  },
  // Texts about a waiting message: the mobile number is the person's caseworker's and the
  // lead's, never a phone's or another team's (texts are off in this harness: removing works).
  'GET /api/people/:personId/texts': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/texts` }),
  },
  'PUT /api/people/:personId/texts': {
    expect: aboutPerson(200),
    request: ({ w }) => ({
      path: `/api/people/${w.p1}/texts`,
      body: { number: null, quietHours: { start: '21:00', end: '08:00' } },
    }),
  },
  // The service calendar: everyone on the staff reads it (the console shows it read-only); the
  // lead alone changes it.
  'GET /api/calendar': { expect: anyStaff(200), request: () => ({ path: '/api/calendar' }) },
  'PUT /api/calendar': {
    expect: leadOnly(200),
    request: () => ({
      path: '/api/calendar',
      body: {
        nations: ['england-and-wales'],
        closures: [{ from: '2026-12-16', to: '2026-12-16', label: 'Team training day' }],
      },
    }),
  },
  // Safeguarding: the person's caseworker and the lead; never a phone, never another team.
  'GET /api/people/:personId/safeguarding': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/safeguarding` }),
  },
  'POST /api/people/:personId/safeguarding': {
    expect: aboutPerson(201),
    request: ({ h, w }) => ({
      path: `/api/people/${w.p1}/safeguarding`,
      body: concernInput(h),
    }),
  },
  'POST /api/people/:personId/safeguarding/:concernId/updates': {
    expect: aboutPerson(200),
    request: async ({ h, w }) => {
      const id = randomUUID();
      await insertConcern(h.db, {
        id,
        service_id: w.serviceA,
        person_id: w.p1,
        ...concernRow(h),
        recorded_by: w.casey.id,
        recorded_at: h.now(),
      });
      return {
        path: `/api/people/${w.p1}/safeguarding/${id}/updates`,
        body: { text: 'Spoke to the adult safeguarding team again.' },
      };
    },
  },
  'GET /api/safeguarding/categories': {
    expect: anyStaff(200),
    request: () => ({ path: '/api/safeguarding/categories' }),
  },
  'PUT /api/safeguarding/categories': {
    // The default list again, so the other cells can still record under it.
    expect: leadOnly(200),
    request: () => ({
      path: '/api/safeguarding/categories',
      body: { categories: [...DEFAULT_SAFEGUARDING_CATEGORIES] },
    }),
  },
  'GET /api/safeguarding/open': {
    expect: leadOnly(200),
    request: () => ({ path: '/api/safeguarding/open' }),
  },
  // Reviews: the person's caseworker and the lead; the review points are the lead's to set.
  'GET /api/people/:personId/reviews': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/reviews` }),
  },
  'POST /api/people/:personId/reviews': {
    // "Continues": P1 stays supported for the other cells.
    expect: aboutPerson(201),
    request: ({ h, w }) => ({
      path: `/api/people/${w.p1}/reviews`,
      body: {
        id: randomUUID(),
        heldOn: londonDate(h.now()),
        goals: [],
        nextSteps: 'Meet again in four weeks.',
        decision: 'continues',
      },
    }),
  },
  'PUT /api/people/:personId/relapse-plan': {
    expect: aboutPerson(200),
    request: ({ w }) => ({
      path: `/api/people/${w.p1}/relapse-plan`,
      body: { signs: ['Not sleeping'], whatToDo: ['Go to the drop-in'], comeBack: ['Call Casey'] },
    }),
  },
  'GET /api/review-settings': {
    expect: anyStaff(200),
    request: () => ({ path: '/api/review-settings' }),
  },
  'PUT /api/review-settings': {
    expect: leadOnly(200),
    request: () => ({
      path: '/api/review-settings',
      body: { points: [{ label: 'Interim review', weeks: 3 }], thenEveryWeeks: 4 },
    }),
  },
  // Hospital use: the person's caseworker and the lead read and correct a person's months and
  // reference; the lead alone imports a trust's file and downloads the one-row-per-person CSV.
  'GET /api/people/:personId/hospital-use': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/hospital-use` }),
  },
  'PUT /api/people/:personId/hospital-use/service-ref': {
    expect: aboutPerson(200),
    request: ({ w }) => ({
      path: `/api/people/${w.p1}/hospital-use/service-ref`,
      body: { serviceRef: 'MATRIX-1' },
    }),
  },
  'PUT /api/people/:personId/hospital-use/months/:month': {
    expect: aboutPerson(200),
    request: ({ w }) => ({
      path: `/api/people/${w.p1}/hospital-use/months/2026-01`,
      body: { ae: 1, calls999: null, conveyances: null, admissions: null },
    }),
  },
  'POST /api/outcomes/hospital-import': {
    // P2's reference is set for it; only the lead's cell gets that far.
    expect: leadOnly(200),
    request: async ({ h, w }) => {
      await h.db
        .updateTable('people')
        .set({ service_ref: 'MATRIX-2' })
        .where('id', '=', w.p2)
        .execute();
      return {
        path: '/api/outcomes/hospital-import',
        body: { kinds: ['ae'], rows: [[2, 'MATRIX-2', '2026-01', '1']] },
      };
    },
  },
  'GET /api/outcomes/people.csv': {
    expect: leadOnly(200),
    request: () => ({ path: '/api/outcomes/people.csv' }),
  },
  'GET /api/outcomes': { expect: leadOnly(200), request: () => ({ path: '/api/outcomes' }) },
  'GET /api/outcomes/export.csv': {
    expect: leadOnly(200),
    request: () => ({ path: '/api/outcomes/export.csv' }),
  },

  // ---- Connecting phone and console
  'GET /api/device/sync': {
    expect: device(200, 200),
    request: () => ({ path: '/api/device/sync' }),
  },
  'POST /api/device/messages': {
    expect: device(201, 201),
    request: () => ({ path: '/api/device/messages', body: { id: randomUUID(), body: 'Hello.' } }),
  },
  'POST /api/device/messages/photo': {
    expect: device(201, 201),
    request: () => ({
      path: '/api/device/messages/photo',
      body: {
        id: randomUUID(),
        body: '',
        photo: { type: 'image/png', data: Buffer.from(tinyPng()).toString('base64') },
      },
    }),
  },
  'POST /api/device/messages/read': {
    expect: device(200, 200),
    request: () => ({ path: '/api/device/messages/read', body: {} }),
  },
  'PUT /api/device/shared-entries/:entryId': {
    expect: device(200, 200),
    request: () => {
      const entry = everydayEntry();
      return { path: `/api/device/shared-entries/${entry.id}`, body: { entry } };
    },
  },
  'DELETE /api/device/shared-entries/:entryId': {
    expect: device(204, 204),
    request: () => ({ path: `/api/device/shared-entries/${randomUUID()}` }),
  },
  'PUT /api/device/push-subscription': {
    expect: device(200, 200),
    request: () => ({
      path: '/api/device/push-subscription',
      body: {
        endpoint: `https://push.example.org/send/${randomUUID()}`,
        keys: { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA', auth: 'tBHItJI5svbpez7KI4CCXg' },
      },
    }),
  },
  'DELETE /api/device/push-subscription': {
    expect: device(204, 204),
    request: () => ({ path: '/api/device/push-subscription' }),
  },
  'GET /api/people/:personId/shared-entries': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/shared-entries` }),
  },
  'POST /api/people/:personId/shared-entries/:entryId/read': {
    expect: aboutPerson(200),
    request: async ({ h, w }) => {
      const entry = everydayEntry();
      await upsertSharedEntry(h.db, w.serviceA, w.p1, entry, h.now());
      return { path: `/api/people/${w.p1}/shared-entries/${entry.id}/read` };
    },
  },
  'GET /api/people/:personId/messages': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/messages` }),
  },
  'POST /api/people/:personId/messages': {
    expect: aboutPerson(201),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/messages`, body: { body: 'Hello.' } }),
  },
  'GET /api/people/:personId/messages/:messageId/photo': {
    expect: aboutPerson(200),
    request: async ({ h, w }) => {
      const id = randomUUID();
      const at = h.now();
      const person = { service_id: w.serviceA, person_id: w.p1 };
      await insertMessage(h.db, {
        ...{ id, ...person, sender: 'person', caseworker_id: null, body: '', has_photo: true },
        ...{ sent_at: at, held_until: null, delivered_at: at, read_at: null },
      });
      const photo = { messageId: id, serviceId: w.serviceA, personId: w.p1, type: 'image/png' };
      await insertMessagePhoto(h.db, { ...photo, bytes: tinyPng() });
      return { path: `/api/people/${w.p1}/messages/${id}/photo` };
    },
  },
  'POST /api/people/:personId/messages/read': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/messages/read` }),
  },
  'GET /api/people/:personId/nhs111-wording': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/nhs111-wording` }),
  },
  'PUT /api/people/:personId/nhs111-wording': {
    expect: aboutPerson(200),
    request: ({ w }) => ({
      path: `/api/people/${w.p1}/nhs111-wording`,
      body: { wording: 'Call 111 and press 2.' },
    }),
  },
  'GET /api/auth/working-hours': {
    expect: anyStaff(200),
    request: () => ({ path: '/api/auth/working-hours' }),
  },
  'PUT /api/auth/working-hours': {
    expect: anyStaff(200),
    request: () => ({ path: '/api/auth/working-hours', body: { hours } }),
  },
  'POST /api/auth/photo': {
    expect: anyStaff(201),
    request: () => ({
      path: '/api/auth/photo',
      raw: tinyPng(),
      headers: { 'content-type': 'image/png' },
    }),
  },
  'GET /api/photos/:photoId': {
    // Staff of the service and phones of its people; another service: not found.
    expect: {
      anonymous: 401,
      revokedDevice: 401,
      otherPersonsDevice: 200,
      ownDevice: 200,
      otherServiceCaseworker: 404,
      unassignedCaseworker: 200,
      coverCaseworker: 200,
      assignedCaseworker: 200,
      lead: 200,
    },
    request: async ({ h, w }) => {
      const id = randomUUID();
      await insertPhoto(h.db, {
        id,
        serviceId: w.serviceA,
        caseworkerId: w.casey.id,
        contentType: 'image/png',
        bytes: tinyPng(),
        now: h.now(),
      });
      return { path: `/api/photos/${id}` };
    },
  },
  'GET /api/events': { expect: anyStaff(200), request: () => ({ path: '/api/events' }) },

  // ---- Contact targets, contacts, check-ins, urgent care
  'GET /api/people/:personId/contacts': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/contacts` }),
  },
  'GET /api/people/:personId/contact-log': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/contact-log?page=1` }),
  },
  'POST /api/people/:personId/contacts': {
    expect: aboutPerson(201),
    request: ({ h, w }) => ({
      path: `/api/people/${w.p1}/contacts`,
      body: { at: h.now().toISOString(), kind: 'call' },
    }),
  },
  'DELETE /api/people/:personId/contacts/:contactId': {
    expect: aboutPerson(204),
    // A contact the caseworker logged, made for each cell, so each can take one back.
    request: async ({ h, w }) => {
      const id = randomUUID();
      await insertContactEvent(h.db, {
        id,
        service_id: w.serviceA,
        person_id: w.p1,
        at: h.now(),
        kind: 'visit',
        source: 'caseworker',
        recorded_by: w.casey.id,
        created_at: h.now(),
      });
      return { path: `/api/people/${w.p1}/contacts/${id}` };
    },
  },
  'PUT /api/people/:personId/contact-targets': {
    expect: aboutPerson(200),
    request: ({ h, w }) => ({
      path: `/api/people/${w.p1}/contact-targets`,
      body: { steps: [{ fromWeek: weekOf(h.now()).key, times: 5 }] },
    }),
  },
  'PUT /api/people/:personId/contact-alternatives': {
    expect: aboutPerson(200),
    request: ({ w }) => ({
      path: `/api/people/${w.p1}/contact-alternatives`,
      body: { guideContactIds: [SAMARITANS_ID] },
    }),
  },
  'GET /api/people/:personId/wellbeing': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/wellbeing` }),
  },
  'PUT /api/device/contacts/:contactId': {
    expect: device(200, 200),
    request: ({ h }) => ({
      path: `/api/device/contacts/${randomUUID()}`,
      body: { at: h.now().toISOString(), kind: 'call' },
    }),
  },
  'DELETE /api/device/contacts/:contactId': {
    expect: device(204, 204),
    request: () => ({ path: `/api/device/contacts/${randomUUID()}` }),
  },
  'PUT /api/device/support-used/:supportId': {
    expect: device(200, 200),
    // Support can only be logged for an alternative: both people with phones have Samaritans.
    request: async ({ h, w }) => {
      for (const personId of [w.p1, w.p2]) {
        await replaceContactAlternatives(h.db, {
          serviceId: w.serviceA,
          personId,
          ids: [SAMARITANS_ID],
          by: w.casey.id,
          now: h.now(),
        });
      }
      return {
        path: `/api/device/support-used/${randomUUID()}`,
        body: { at: h.now().toISOString(), guideContactId: SAMARITANS_ID, kind: 'call' },
      };
    },
  },
  'DELETE /api/device/support-used/:supportId': {
    expect: device(204, 204),
    request: () => ({ path: `/api/device/support-used/${randomUUID()}` }),
  },
  'PUT /api/device/check-ins/:id': {
    expect: device(200, 200),
    request: ({ h }) => ({
      path: `/api/device/check-ins/${randomUUID()}`,
      body: {
        at: h.now().toISOString(),
        reason: 'start',
        answers: { satisfied: 6, worthwhile: 7, happy: null, anxious: 3, lonely: 'occasionally' },
      },
    }),
  },
  'PUT /api/device/urgent-care/:entryId': {
    expect: device(200, 200),
    request: ({ h }) => ({
      path: `/api/device/urgent-care/${randomUUID()}`,
      body: { at: h.now().toISOString(), wentToAe: true, called999: false, called111: true },
    }),
  },
  'DELETE /api/device/urgent-care/:entryId': {
    expect: device(204, 204),
    request: () => ({ path: `/api/device/urgent-care/${randomUUID()}` }),
  },

  // ---- Goals, milestones, encouragement, support stepping back
  'GET /api/people/:personId/goals': {
    expect: aboutPerson(200),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/goals` }),
  },
  'POST /api/people/:personId/goals': {
    expect: aboutPerson(201),
    request: ({ w }) => ({ path: `/api/people/${w.p1}/goals`, body: goalInput() }),
  },
  'PUT /api/people/:personId/goals/:goalId': {
    expect: aboutPerson(200),
    request: async (ctx) => {
      const goal = await p1Goal(ctx);
      return {
        path: `/api/people/${ctx.w.p1}/goals/${goal.goalId}`,
        body: { ...goalInput(), title: 'Go to the walking group twice', status: 'paused' },
      };
    },
  },
  'PUT /api/people/:personId/goals/:goalId/milestones/:milestoneId': {
    expect: aboutPerson(200),
    request: async (ctx) => {
      const goal = await p1Goal(ctx);
      return {
        path: `/api/people/${ctx.w.p1}/goals/${goal.goalId}/milestones/${goal.milestoneId}`,
        body: { done: true, at: ctx.h.now().toISOString() },
      };
    },
  },
  'POST /api/people/:personId/goals/:goalId/milestones/:milestoneId/encouragement': {
    expect: aboutPerson(200),
    request: async (ctx) => {
      const goal = await p1Goal(ctx);
      return {
        path: `/api/people/${ctx.w.p1}/goals/${goal.goalId}/milestones/${goal.milestoneId}/encouragement`,
        body: { text: 'Well done!' },
      };
    },
  },
  'PUT /api/device/milestones/:milestoneId': {
    // A milestone of P1's: P2's phone is told it does not exist.
    expect: device(200, 404),
    request: async (ctx) => {
      const goal = await p1Goal(ctx);
      return {
        path: `/api/device/milestones/${goal.milestoneId}`,
        body: { done: true, at: ctx.h.now().toISOString() },
      };
    },
  },
  'PUT /api/people/:personId/support': {
    expect: aboutPerson(200),
    // "Active" again: the check is the same, and P1 stays supported for the other cells.
    request: ({ w }) => ({ path: `/api/people/${w.p1}/support`, body: { status: 'active' } }),
  },
  'GET /api/leave': { expect: anyStaff(200), request: () => ({ path: '/api/leave' }) },
  'PUT /api/leave/:leaveId': {
    // Casey's own leave: not Drew's, the cover's or another service's to record.
    expect: caseyLeave(200, 403),
    request: ({ h, w }) => ({
      path: `/api/leave/${randomUUID()}`,
      body: { caseworkerId: w.casey.id, ...nextLeaveDays(h), cover: null, people: [] },
    }),
  },
  'PATCH /api/leave/:leaveId': {
    // Changing Casey's leave: Casey or the lead; not the cover's or a colleague's to change.
    expect: caseyLeave(200, 404),
    request: async (ctx) => {
      const { id, days } = await caseysLeave(ctx);
      return {
        path: `/api/leave/${id}`,
        body: { ...days, cover: { caseworkerId: ctx.w.drew.id, phone: null }, people: [] },
      };
    },
  },
  'DELETE /api/leave/:leaveId': {
    expect: caseyLeave(200, 404),
    request: async (ctx) => ({ path: `/api/leave/${(await caseysLeave(ctx)).id}` }),
  },
  'GET /*': { expect: all(200), request: () => ({ path: '/journal/today' }) },
};

/** Middleware (method ALL) we expect; anything else registered for ALL is a surprise. */
const MIDDLEWARE = [
  '/*',
  '/api/*',
  '/api/caseworkers/*',
  '/api/people/*',
  '/api/people/:personId/plan/*',
  '/api/people/:personId/routine/*',
  '/api/people/:personId/hours/*',
  '/api/people/:personId/guide/*',
  '/api/people/:personId/pairing-codes/*',
  '/api/people/:personId/devices/*',
  '/api/device/profile/*',
  '/api/audit/*',
  '/api/triage/*',
  '/api/calendar/*',
  '/api/outcomes/*',
  '/api/people/:personId/nhs111-wording/*',
  '/api/people/:personId/shared-entries/*',
  '/api/people/:personId/messages/*',
  '/api/device/sync/*',
  '/api/device/messages/*',
  '/api/device/shared-entries/*',
  '/api/device/push-subscription/*',
  '/api/photos/*',
  '/api/events/*',
  '/api/people/:personId/contacts/*',
  '/api/people/:personId/contact-targets/*',
  '/api/people/:personId/contact-alternatives/*',
  '/api/people/:personId/contact-log/*',
  '/api/device/support-used/*',
  '/api/people/:personId/wellbeing/*',
  '/api/people/:personId/notes/*',
  '/api/people/:personId/week/*',
  '/api/people/:personId/record/*',
  '/api/people/:personId/consent/*',
  '/api/device/consent/*',
  '/api/people/:personId/safeguarding/*',
  '/api/people/:personId/texts/*',
  '/api/people/:personId/hospital-use/*',
  '/api/safeguarding/*',
  '/api/people/:personId/reviews/*',
  '/api/people/:personId/relapse-plan/*',
  '/api/review-settings/*',
  '/api/device/contacts/*',
  '/api/device/check-ins/*',
  '/api/device/urgent-care/*',
  '/api/people/:personId/goals/*',
  '/api/device/milestones/*',
  '/api/leave/*',
];

describe.each(ENGINES)('the authorisation matrix on %s', (engine) => {
  let h: Harness;
  let w: World;
  let callers: Callers;
  let passwordHash: string;
  let coverId: string;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    ({ callers } = await buildCallers(h, w));
    passwordHash = await hashPassword(PASSWORD);
    // Casey is on leave for the next two weeks; Cory covers P1 alone, nobody else.
    const cory = await addStaff(h.db, {
      serviceId: w.serviceA,
      name: 'Cory Coverly',
      email: 'cory@alpha.example.org',
      role: 'caseworker',
      now: h.now(),
      password: PASSWORD,
      mustChangePassword: false,
    });
    coverId = cory.id;
    const today = londonDate(h.now());
    await replaceLeave(h.db, {
      leave: {
        id: randomUUID(),
        service_id: w.serviceA,
        caseworker_id: w.casey.id,
        first_day: today,
        last_day: addDays(today, 13),
        cover_id: null,
        cover_phone: null,
        recorded_by: w.leadA.id,
        recorded_at: h.now(),
      },
      people: [{ personId: w.p1, coverId, phone: null }],
    });
  });
  afterAll(() => h.close());

  test('lists every route of the app, and only those', () => {
    const routes = new Set(
      h.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`),
    );
    expect([...routes].sort()).toEqual(Object.keys(MATRIX).sort());
    const middleware = new Set(h.app.routes.filter((r) => r.method === 'ALL').map((r) => r.path));
    expect([...middleware].sort()).toEqual([...MIDDLEWARE].sort());
  });

  /** Staff get a new session per cell, so a logout or password change in one cell ends nothing else. */
  async function freshCaller(who: Who): Promise<Caller> {
    const staffId = {
      otherServiceCaseworker: [w.serviceB, w.otherCaseworker.id],
      unassignedCaseworker: [w.serviceA, w.drew.id],
      coverCaseworker: [w.serviceA, coverId],
      assignedCaseworker: [w.serviceA, w.casey.id],
      lead: [w.serviceA, w.leadA.id],
    } as const;
    if (!(who in staffId)) return callers[who as keyof Callers];
    const [serviceId, caseworkerId] = staffId[who as keyof typeof staffId];
    await setPassword(h.db, serviceId, caseworkerId, passwordHash, false, h.now());
    const caseworker = await findCaseworker(h.db, serviceId, caseworkerId);
    if (!caseworker) throw new Error('missing caseworker');
    const { token, session } = await startSession(h.db, caseworker, h.now());
    return { headers: { cookie: `hiu_session=${token}`, 'x-csrf-token': session.csrf_token } };
  }

  const cells = Object.entries(MATRIX).flatMap(([route, row]) =>
    WHO.map((who) => ({ route, row, who, status: row.expect[who] })),
  );

  test.each(cells)('$route as $who → $status', async ({ route, row, who, status }) => {
    const [method = 'GET'] = route.split(' ');
    const cell = await row.request({ h, w });
    const res = await call(h.app, method, cell.path, {
      body: cell.body,
      ...(cell.raw ? { raw: cell.raw } : {}),
      ...(cell.headers ? { headers: cell.headers } : {}),
      as: await freshCaller(who),
    });
    if (res.status !== status) {
      expect(`${res.status} ${await res.text()}`).toBe(String(status));
    }
    expect(res.status).toBe(status);
    // An event stream stays open until closed.
    await res.body?.cancel();
  });
});

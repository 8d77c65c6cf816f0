import { emptyPlanSections } from '#shared/schemas/plan';
import { PASSWORD, type World } from '../support/world';

const HOURS_WEEKLY = {
  kind: 'weekly',
  weekly: [
    { day: 1, start: '09:00', end: '17:00' },
    { day: 5, start: '22:00', end: '02:00' },
  ],
  exceptions: [{ date: '2026-12-25', label: 'Christmas Day', windows: [] }],
};

const GP = {
  id: '6f1c1d4e-2b7a-4c55-9f0e-3a8d2b1c0e11',
  kind: 'gp',
  name: 'Riverside Surgery',
  whenToUse: 'For a repeat prescription or when you feel unwell.',
  call: '01234 567890',
  text: { number: '07700 900123', body: 'Hello' },
  hours: HOURS_WEEKLY,
  picture: 'gp',
};

/** The journal entry the phone shares (the `:entryId` the fuzz fills in half the time). */
export const SHARED_ENTRY_ID = '3b9e2f1a-7c4d-4e8b-a1f2-6d5c4b3a2918';

/**
 * Bodies for each write route, as `METHOD /path/pattern`; the first of each is valid (a test
 * checks it). The fuzzer edits these, so random input gets past JSON parsing into validation
 * and the database. A route not listed still gets every other kind of body.
 */
export function validBodies(w: World, pairingCode: string): Record<string, unknown[]> {
  return {
    'POST /api/auth/login': [
      { email: 'lead@alpha.example.org', password: PASSWORD },
      { email: 'casey@alpha.example.org', password: 'not the password' },
    ],
    'POST /api/auth/password': [
      // A valid change would lock the login template out, so none is valid here.
      { currentPassword: 'wrong password here', newPassword: 'a brand new passphrase' },
      { currentPassword: PASSWORD, newPassword: 'short' },
    ],
    'POST /api/caseworkers': [
      { name: 'Fenella Fuzzworth', email: 'fenella@alpha.example.org', role: 'caseworker' },
      { name: 'Lead Two', email: 'lead@alpha.example.org', role: 'lead' },
    ],
    'POST /api/people': [
      { displayName: 'Fizz Person' },
      { displayName: 'Q', caseworkerId: w.drew.id },
    ],
    'PATCH /api/people/:personId': [{ caseworkerId: w.casey.id }, { caseworkerId: w.leadB.id }],
    'PUT /api/people/:personId/plan': [
      {
        sections: { ...emptyPlanSections(), warningSigns: ['Not sleeping'], selfHelp: ['A walk'] },
      },
      { sections: {} },
    ],
    'PUT /api/people/:personId/hours': [{ kind: 'always' }, HOURS_WEEKLY],
    'PUT /api/people/:personId/guide': [
      [GP],
      [],
      [GP, { ...GP, id: w.p2, kind: 'local' }],
      { contacts: [GP], nhs111Wording: 'Call 111 and press 2 for mental health.' },
    ],
    'PUT /api/people/:personId/nhs111-wording': [
      { wording: 'Call 111 and press 2 for mental health.' },
      { wording: null },
    ],
    'POST /api/people/:personId/messages': [
      { body: 'Thank you for your message. I will call you tomorrow.' },
      { id: w.p1, body: 'A reply with its own id.' },
    ],
    'POST /api/people/:personId/messages/read': [{}],
    'PUT /api/auth/working-hours': [{ hours: HOURS_WEEKLY }, { hours: { kind: 'always' } }],
    'POST /api/device/pair': [{ code: pairingCode }, { code: 'acde fhjk' }],
    'POST /api/device/messages': [
      { id: '5d0c7f3e-8a51-4c2e-9b6f-1e2d3c4b5a69', body: 'Can we talk tomorrow?' },
    ],
    'POST /api/device/messages/read': [{}, { upTo: '2026-11-23T09:00:00Z' }],
    'PUT /api/device/shared-entries/:entryId': [
      {
        entry: {
          id: SHARED_ENTRY_ID,
          kind: 'everyday',
          createdAt: '2026-11-23T08:00:00Z',
          updatedAt: '2026-11-23T08:30:00Z',
          everyday: 'A better day. I went for a walk.',
        },
      },
      {
        entry: {
          id: SHARED_ENTRY_ID,
          kind: 'feeling',
          createdAt: '2026-11-23T08:00:00Z',
          updatedAt: '2026-11-23T08:30:00Z',
          strength: 7,
          feelings: ['worried'],
          wanted: ['call-someone'],
        },
      },
    ],
    'POST /api/people/:personId/pairing-codes': [{}],
    'POST /api/people/:personId/devices/:deviceId/revoke': [{}],
    'POST /api/auth/logout': [{}],
  };
}

/** Every template, for routes with none of their own. */
export function allBodies(w: World, pairingCode: string): unknown[] {
  return Object.values(validBodies(w, pairingCode)).flat();
}

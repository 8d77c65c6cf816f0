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

/** P2's service reference (fuzz.test.ts sets it), so an import's rows find someone. */
export const FUZZ_REF = 'FUZZ-2';

/** Samaritans' fixed card id; the fuzz's phone has it as an alternative (fuzz.test.ts). */
export const SAMARITANS_ID = '00000000-0000-4000-8000-000000116123';
/** Support the fuzz's phone logs (the `:supportId` routes). */
export const SUPPORT_ID = '5d7f9b1d-3f5a-4c7e-9a1c-3e5a7c9e1b3d';

/** The journal entry the phone shares (the `:entryId` the fuzz fills in half the time). */
export const SHARED_ENTRY_ID = '3b9e2f1a-7c4d-4e8b-a1f2-6d5c4b3a2918';

/** A contact the phone logs and a check-in it sends (the `:contactId` and `:id` routes). */
export const CONTACT_ID = '8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d3e4f';
export const CHECK_IN_ID = '2f4e6d8c-0b1a-4392-a5b4-c6d7e8f90a1b';

/** A review the console records (the first template: "continues", so support stays). */
export const REVIEW_ID = '0c2e4a6c-8e0a-4c2e-9a6c-8e0a2c4e6a8c';
const RELAPSE_PLAN = {
  signs: ['Not sleeping'],
  whatToDo: ['Go to the drop-in'],
  comeBack: ['Call the team on a weekday'],
};

/** Goals: one of P2's (the console routes reach P2) and one of P1's (the fuzz's phone). */
export const GOAL_ID = '4a6c8e0f-2b4d-4f6a-8c0e-1f3a5c7e9b2d';
export const MILESTONE_ID = '6b8d0f2a-4c6e-4a8c-9e1f-3a5c7e9b1d3f';
export const PHONE_GOAL_ID = '7c9e1a3b-5d7f-4b9d-8f2a-4b6d8f0a2c4e';
export const PHONE_MILESTONE_ID = '9e1a3c5d-7f9b-4d1f-a2b4-6d8f0b2c4e6a';

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
    'PUT /api/people/:personId/routine': [
      { morning: ['Have breakfast'], afternoon: [], evening: ['A bath before bed'] },
      { morning: [], afternoon: [], evening: [] },
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
      { body: 'Thank you for sharing this.', aboutEntryId: SHARED_ENTRY_ID },
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
    'PUT /api/people/:personId/contact-targets': [
      {
        steps: [
          { fromWeek: '2027-01-04', times: 5 },
          { fromWeek: '2027-01-11', times: 3 },
        ],
      },
      { steps: [] },
      { steps: [{ fromWeek: '2026-11-16', times: 4 }] },
      { steps: [{ fromWeek: '2027-01-05', times: 101 }] },
    ],
    'PUT /api/people/:personId/contact-alternatives': [
      { guideContactIds: [SAMARITANS_ID] },
      { guideContactIds: [] },
      { guideContactIds: [GP.id, SAMARITANS_ID, SAMARITANS_ID] },
    ],
    'PUT /api/device/support-used/:supportId': [
      { at: '2026-11-23T09:30:00Z', guideContactId: SAMARITANS_ID, kind: 'call' },
      { at: '2026-11-23T09:30:00Z', guideContactId: GP.id, kind: 'visit' },
    ],
    'POST /api/people/:personId/contacts': [
      { at: '2026-11-23T09:00:00Z', kind: 'call' },
      { id: CONTACT_ID, at: '2026-11-22T18:00:00+00:00', kind: 'visit' },
      { at: '2030-01-01T00:00:00Z', kind: 'message' },
      { at: '2026-11-23T09:00:00Z', kind: 'call', outcome: 'left-message', note: 'Rang twice.' },
    ],
    'PUT /api/device/contacts/:contactId': [
      { at: '2026-11-23T09:30:00Z', kind: 'call' },
      { at: '2024-01-01T00:00:00Z', kind: 'text' },
    ],
    'PUT /api/device/check-ins/:id': [
      {
        at: '2026-11-23T09:00:00Z',
        reason: 'start',
        answers: { satisfied: 6, worthwhile: 7, happy: 5, anxious: 4, lonely: 'occasionally' },
      },
      {
        at: '2026-11-23T09:00:00Z',
        reason: 'monthly',
        answers: { satisfied: null, worthwhile: null, happy: null, anxious: null, lonely: null },
      },
    ],
    'PUT /api/device/urgent-care/:entryId': [
      { at: '2026-11-22T23:00:00Z', wentToAe: true, called999: false, called111: true },
      { at: '2026-11-22T23:00:00Z', wentToAe: false, called999: false, called111: false },
    ],
    'POST /api/people/:personId/goals': [
      {
        title: 'Go to the Tuesday walking group',
        milestones: [
          { title: 'Find out where it meets', targetDate: '2026-12-01', reward: 'A hot chocolate' },
          { title: 'Go on my own', targetDate: null, reward: null },
        ],
      },
      { id: GOAL_ID, title: 'A retry', status: 'active', milestones: [] },
      { title: '', milestones: [{ id: MILESTONE_ID, title: 'Taken', targetDate: '2026-02-30' }] },
    ],
    'PUT /api/people/:personId/goals/:goalId': [
      {
        title: 'Go to the walking group twice',
        status: 'paused',
        milestones: [
          { id: MILESTONE_ID, title: 'Find out where it meets', targetDate: null, reward: 'Tea' },
          { title: 'A new step', targetDate: '2027-01-04', reward: null },
        ],
      },
      { title: 'Finished', status: 'finished', milestones: [] },
      { id: PHONE_GOAL_ID, title: 'Not this one', milestones: [] },
    ],
    'PUT /api/people/:personId/goals/:goalId/milestones/:milestoneId': [
      { done: true, at: '2026-11-23T09:00:00Z' },
      { done: false, at: '2026-11-23T09:05:00Z' },
    ],
    'POST /api/people/:personId/goals/:goalId/milestones/:milestoneId/encouragement': [
      { text: 'Well done! That was a big step.' },
      { text: '' },
    ],
    'PUT /api/device/milestones/:milestoneId': [
      { done: true, at: '2026-11-23T09:00:00Z' },
      { done: false, at: '2099-01-01T00:00:00Z' },
    ],
    'PUT /api/people/:personId/support': [
      { status: 'stepped-back' },
      { status: 'active' },
      { status: 'stepped-back', relapsePlan: RELAPSE_PLAN },
    ],
    'POST /api/people/:personId/reviews': [
      {
        id: REVIEW_ID,
        heldOn: '2026-11-23',
        goals: [{ goalId: GOAL_ID, words: 'I went to the group twice.' }],
        nextSteps: 'Meet again in four weeks.',
        decision: 'continues',
      },
      {
        id: '1d3f5a7c-9e1b-4d3f-8a7c-9e1b3d5f7a9c',
        heldOn: '2026-11-23',
        goals: [],
        nextSteps: '',
        decision: 'steps-back',
        relapsePlan: RELAPSE_PLAN,
      },
    ],
    'PUT /api/people/:personId/relapse-plan': [RELAPSE_PLAN, { ...RELAPSE_PLAN, comeBack: [] }],
    'PUT /api/review-settings': [
      { points: [{ label: 'Interim review', weeks: 3 }], thenEveryWeeks: 4 },
      { points: [], thenEveryWeeks: null },
    ],
    'PUT /api/people/:personId/hospital-use/service-ref': [
      { serviceRef: FUZZ_REF },
      { serviceRef: 'HIU 0042/b' },
    ],
    'PUT /api/people/:personId/hospital-use/months/:month': [
      { ae: 2, calls999: null, conveyances: 0, admissions: null },
      { ae: null, calls999: null, conveyances: null, admissions: null },
    ],
    'POST /api/outcomes/hospital-import': [
      { kinds: ['ae', 'admissions'], rows: [[2, FUZZ_REF, '2026-01', '3', '']] },
      { kinds: ['calls999'], rows: [[2, FUZZ_REF.toLowerCase(), 'Mar 2026', '0']] },
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

import { describe, expect, test } from 'vitest';
import type { PersonRecord } from '#shared/schemas/notes';
import { emptyPlanSections } from '#shared/schemas/plan';
import { recordText } from '#shared/record-text';

const personId = '0b6c2f1e-3d4a-4b5c-8d6e-7f8091a2b3c4';
const caseworkerId = '1c7d3e2f-4e5b-4c6d-9e7f-8091a2b3c4d5';

const record = (over: Partial<PersonRecord> = {}): PersonRecord => ({
  exportedAt: '2026-12-04T15:30:00Z',
  person: {
    id: personId,
    serviceId: caseworkerId,
    displayName: 'Penny Firstperson',
    caseworkerId,
    status: 'active',
    createdAt: '2026-11-02T10:00:00Z',
    steppedBackAt: null,
    caseworkerName: 'Casey Caseworkerly',
    linked: true,
    unreadEntries: 0,
    unreadMessages: 0,
    lastContactAt: null,
  },
  plan: {
    sections: { ...emptyPlanSections(), selfHelp: ['Make a cup of tea'] },
    updatedAt: '2026-11-02T10:00:00Z',
  },
  hours: { kind: 'always' },
  guide: [],
  goals: [],
  contactTargets: [],
  contacts: [],
  checkIns: [],
  urgentCare: [],
  sharedEntries: [],
  messages: [],
  notes: [],
  reviews: [],
  relapsePlan: null,
  ...over,
});

describe('a record in plain text', () => {
  test('names the person, when it was made, and says unshared journal is not held', () => {
    const text = recordText(record());
    expect(text.split('\n')[0]).toBe('Everything the service keeps about Penny Firstperson');
    expect(text).toContain('Downloaded Friday 4 December at 3:30pm.');
    expect(text).toContain('never shared stay on the phone');
    // Empty parts say so rather than vanish.
    expect(text).toContain('CASEWORKER NOTES\n----------------\nNo notes.');
    expect(text).toContain('Things I can do myself\n  Make a cup of tea');
  });

  test('notes come newest day first with each part named, and only the parts written', () => {
    const note = (day: string, happened: string, seemed = '') => ({
      personId,
      day,
      caseworkerId,
      caseworkerName: null,
      happened,
      calls: '',
      seemed,
      updatedAt: '2026-12-04T09:00:00Z',
    });
    const text = recordText(
      record({ notes: [note('2026-12-01', 'Rang about rent.'), note('2026-12-03', '', 'Calm')] }),
    );
    const third = text.indexOf('Thursday 3 December 2026, by a former member of staff');
    const first = text.indexOf('Tuesday 1 December 2026');
    expect(third).toBeGreaterThan(0);
    expect(first).toBeGreaterThan(third);
    expect(text).toContain('  How they seemed: Calm');
    expect(text).toContain('  What happened: Rang about rent.');
    expect(text).not.toContain('Calls:');
  });

  test('urgent care is told plainly', () => {
    const text = recordText(
      record({
        urgentCare: [
          {
            id: personId,
            at: '2026-12-02T23:10:00Z',
            wentToAe: true,
            called999: true,
            called111: false,
          },
        ],
      }),
    );
    expect(text).toContain('Wednesday 2 December at 11:10pm: went to A&E, called 999');
  });

  test('reviews and the relapse plan are in the record, in words', () => {
    const text = recordText(
      record({
        reviews: [
          {
            id: personId,
            heldOn: '2026-12-14',
            point: 'Interim review',
            goals: [{ goalId: personId, title: 'Walking group', words: 'I went twice.' }],
            nextSteps: 'Try Thursdays.',
            decision: 'steps-back',
            recordedBy: 'Sam',
            recordedAt: '2026-12-14T10:00:00Z',
          },
        ],
        relapsePlan: {
          signs: ['Not sleeping'],
          whatToDo: ['Go to the drop-in'],
          comeBack: ['Call Sam'],
          updatedAt: '2026-12-14T10:00:00Z',
        },
      }),
    );
    expect(text).toContain('Interim review, Monday 14 December 2026: Support steps back');
    expect(text).toContain('  Walking group: I went twice.');
    expect(text).toContain('  How to come back: Call Sam');
    expect(recordText(record())).toContain('None agreed.');
  });

  test('a photo message says it was a photo, with any words under it', () => {
    const message = {
      personId,
      from: 'person' as const,
      caseworkerId: null,
      heldUntil: null,
      readAt: null,
      photo: true as const,
    };
    const text = recordText(
      record({
        messages: [
          { ...message, id: caseworkerId, body: '', sentAt: '2026-12-02T18:05:00Z' },
          { ...message, id: personId, body: 'My tea', sentAt: '2026-12-02T18:00:00Z' },
        ],
      }),
    );
    expect(text).toContain('Wednesday 2 December at 6:05pm, from Penny Firstperson: (a photo)\n');
    expect(text).toContain('Wednesday 2 December at 6pm, from Penny Firstperson: (a photo) My tea');
  });
});

describe('texts in the record', () => {
  test('the mobile number kept for texts, its quiet hours and the last text are in words', () => {
    const text = recordText(
      record({
        texts: {
          number: '07700 900123',
          quietHours: { start: '21:00', end: '08:00' },
          lastSentAt: '2026-12-03T09:30:00Z',
        },
      }),
    );
    expect(text).toContain('TEXTS ABOUT A WAITING MESSAGE');
    expect(text).toContain('Mobile number: 07700 900123');
    expect(text).toContain('No texts between 9pm and 8am');
    expect(text).toContain('Last text sent: Thursday 3 December at 9:30am');
  });

  test('with no number kept, it says so', () => {
    expect(recordText(record())).toContain('No mobile number kept.');
  });
});

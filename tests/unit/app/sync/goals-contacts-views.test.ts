import { describe, expect, it } from 'vitest';
import type { ContactEvent } from '#shared/schemas/contact';
import type { Goal } from '#shared/schemas/goal';
import type { OutboxRecord } from '../../../../src/app/store/db';
import {
  contactsNow,
  contactsSummary,
  goalsNow,
  groupGoals,
  hopedForWords,
  nextStep,
  supportOf,
} from '../../../../src/app/sync/goals-contacts-views';

const M1 = '11111111-1111-4111-8111-111111111111';
const M2 = '22222222-2222-4222-8222-222222222222';

function goal(over: Partial<Goal> = {}): Goal {
  return {
    id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    personId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
    title: 'Go to the Tuesday walking group',
    status: 'active',
    milestones: [
      {
        id: M1,
        title: 'Find out where they meet',
        targetDate: '2026-11-20',
        reward: 'A hot chocolate',
        doneAt: '2026-11-18T10:00:00Z',
        encouragement: null,
      },
      {
        id: M2,
        title: 'Go once with Sam',
        targetDate: '2026-12-05',
        reward: 'Ice cream on the beach',
        doneAt: null,
        encouragement: null,
      },
    ],
    history: [],
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    ...over,
  };
}

let seq = 0;
function waiting(
  kind: OutboxRecord['kind'],
  subject: string,
  value: unknown,
  over: Partial<OutboxRecord> = {},
): OutboxRecord {
  seq += 1;
  return {
    seq,
    id: `out-${seq}`,
    kind,
    endpoint: kind === 'contact-undo' ? 'device.undoContact' : 'device.logContact',
    params: { contactId: subject },
    body: value === undefined ? null : { sealed: false, value },
    words: false,
    subject,
    queuedAt: '2026-11-23T10:00:00Z',
    attempts: 0,
    notBefore: 0,
    failed: null,
    ...over,
  };
}

describe('goals on the phone', () => {
  it('a tick waiting in the outbox shows as done at once, and the next step moves on', () => {
    const before = goal();
    expect(nextStep(before)?.title).toBe('Go once with Sam');
    const outbox = [waiting('tick', M2, { done: true, at: '2026-11-23T10:05:00Z' })];
    const [after] = goalsNow([before], outbox);
    expect(after?.milestones[1]?.doneAt).toBe('2026-11-23T10:05:00Z');
    expect(nextStep(after!)).toBeNull();
  });

  it('the newest waiting tick wins (tick, then "I tapped this by mistake")', () => {
    const outbox = [
      waiting('tick', M2, { done: true, at: '2026-11-23T10:05:00Z' }),
      waiting('tick', M2, { done: false, at: '2026-11-23T10:06:00Z' }),
    ];
    expect(goalsNow([goal()], outbox)[0]?.milestones[1]?.doneAt).toBeNull();
  });

  it('a tick the server refused is not shown, and an earlier tick time is kept', () => {
    const refused = waiting(
      'tick',
      M2,
      { done: true, at: '2026-11-23T10:05:00Z' },
      { failed: { status: 404, error: 'not_found', at: '2026-11-23T10:05:01Z' } },
    );
    expect(goalsNow([goal()], [refused])[0]?.milestones[1]?.doneAt).toBeNull();
    const again = waiting('tick', M1, { done: true, at: '2026-11-23T11:00:00Z' });
    expect(goalsNow([goal()], [again])[0]?.milestones[0]?.doneAt).toBe('2026-11-18T10:00:00Z');
  });

  it('paused goals rest, finished ones are done, nothing else is dropped', () => {
    const groups = groupGoals([
      goal({ id: 'a', status: 'active' }),
      goal({ id: 'b', status: 'paused' }),
      goal({ id: 'c', status: 'finished' }),
    ]);
    expect(groups.active.map((g) => g.id)).toEqual(['a']);
    expect(groups.resting.map((g) => g.id)).toEqual(['b']);
    expect(groups.done.map((g) => g.id)).toEqual(['c']);
  });

  it('a hoped-for date shows only while it is still to come, and never as late', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(hopedForWords('2026-12-05', now)).toBe('Hoped for by 5 December');
    expect(hopedForWords('2026-11-23', now)).toBe('Hoped for by 23 November');
    expect(hopedForWords('2026-11-22', now)).toBeNull();
    expect(hopedForWords('2027-01-10', now)).toBe('Hoped for by 10 January 2027');
    expect(hopedForWords(null, now)).toBeNull();
    // Just after midnight in London in summer (23:30 UTC the day before) it is already the day.
    expect(hopedForWords('2026-06-30', new Date('2026-06-30T23:30:00Z'))).toBeNull();
    expect(hopedForWords('2026-07-01', new Date('2026-06-30T23:30:00Z'))).toBe(
      'Hoped for by 1 July',
    );
  });
});

describe('staying in touch on the phone', () => {
  const event = (id: string, at: string, source: ContactEvent['source'] = 'app'): ContactEvent => ({
    id,
    at,
    kind: source === 'app' ? 'message' : 'call',
    source,
  });

  it('the person’s own taps count at once, and "Undo" takes one back before the server knows', () => {
    const server = [
      event('e1', '2026-11-23T09:00:00Z'),
      event('e2', '2026-11-24T09:00:00Z', 'person'),
    ];
    const outbox = [
      waiting('contact', 'tap1', { at: '2026-11-25T12:00:00Z', kind: 'call' }),
      waiting('contact-undo', 'e2', undefined),
    ];
    expect(contactsNow(server, outbox).map((e) => [e.id, e.source])).toEqual([
      ['e1', 'app'],
      ['tap1', 'person'],
    ]);
  });

  it('a tap the server already has is counted once', () => {
    const server = [event('tap1', '2026-11-25T12:00:00Z', 'person')];
    const outbox = [waiting('contact', 'tap1', { at: '2026-11-25T12:00:00Z', kind: 'call' })];
    expect(contactsNow(server, outbox)).toHaveLength(1);
  });

  it('this week counts from Monday 00:00 London time against this week’s aim, in friendly words', () => {
    const now = new Date('2026-11-26T15:00:00Z'); // Thursday
    const profile = {
      contacts: {
        targets: [
          { fromWeek: '2026-11-16', times: 10 },
          { fromWeek: '2026-11-23', times: 5 },
        ],
        events: [
          event('sun', '2026-11-22T23:59:00Z'), // Sunday night: last week
          event('mon', '2026-11-23T00:00:00Z'), // Monday 00:00: this week
          event('wed', '2026-11-25T18:00:00Z', 'caseworker'),
        ],
      },
    };
    const outbox = [waiting('contact', 'tap', { at: '2026-11-26T14:00:00Z', kind: 'call' })];
    const summary = contactsSummary(profile, outbox, now);
    expect(summary.count).toBe(3);
    expect(summary.target).toBe(5);
    expect(summary.words).toBe(
      '3 contacts so far this week. We agreed up to 5 this week. 1 of them is on your phone, waiting to send.',
    );
    expect(summary.series).toHaveLength(12);
    expect(summary.series.at(-2)).toEqual({ week: '2026-11-16', count: 1, target: 10 });
    expect(summary.series[0]?.week).toBe('2026-09-07');
  });

  it('over the aim is said plainly, and no plan yet just counts', () => {
    const now = new Date('2026-11-26T15:00:00Z');
    const events = ['a', 'b', 'c'].map((id) => event(id, '2026-11-24T10:00:00Z'));
    expect(
      contactsSummary(
        { contacts: { targets: [{ fromWeek: '2026-11-23', times: 2 }], events } },
        [],
        now,
      ).words,
    ).toBe(
      '3 contacts so far this week. We agreed up to 2. That is OK. Every week is a fresh start.',
    );
    expect(contactsSummary({}, [], now).words).toBe('0 contacts so far this week.');
  });

  it('an older profile without support counts as active', () => {
    expect(supportOf(null)).toEqual({ status: 'active', steppedBackAt: null });
    expect(
      supportOf({
        support: {
          status: 'stepped-back',
          startedAt: '2026-01-01T00:00:00Z',
          steppedBackAt: '2026-11-01T00:00:00Z',
        },
      }),
    ).toEqual({ status: 'stepped-back', steppedBackAt: '2026-11-01T00:00:00Z' });
  });
});

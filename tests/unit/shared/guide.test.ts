import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  EMERGENCY_CONTACT,
  EMERGENCY_NUMBER,
  NATIONAL_CONTACTS,
  arrangeGuide,
} from '#shared/guide';
import { GuideContact } from '#shared/schemas/guide';

const at = (iso: string) => new Date(iso);

const gp: GuideContact = {
  id: '6f1c2b1e-3c1a-4d7e-9a51-1b2c3d4e5f60',
  kind: 'gp',
  name: 'Your GP',
  whenToUse: 'For health worries that can wait a day.',
  call: '01234 567890',
  hours: {
    kind: 'weekly',
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '18:30' })),
    exceptions: [],
  },
  picture: 'gp',
};

const caseworker: GuideContact = {
  ...gp,
  id: '6f1c2b1e-3c1a-4d7e-9a51-1b2c3d4e5f61',
  kind: 'caseworker',
  name: 'Sam, your caseworker',
  whenToUse: 'To talk about your week.',
  call: '07700 900123',
  hours: {
    kind: 'weekly',
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '21:00' })),
    exceptions: [],
  },
  picture: 'caseworker',
};

const all = [gp, caseworker, ...NATIONAL_CONTACTS];
const kinds = (instant: Date) => arrangeGuide(all, instant).map((i) => i.contact.kind);

describe('NATIONAL_CONTACTS', () => {
  it('starts with the emergency entry, which calls exactly 999', () => {
    const [first] = NATIONAL_CONTACTS;
    expect(first?.kind).toBe('emergency');
    expect(first?.call).toBe('999');
    expect(EMERGENCY_NUMBER).toBe('999');
    expect(first?.whenToUse).toContain('life is in danger or they are badly hurt');
  });

  it('has 111 (press 2 for mental health), Samaritans and SHOUT, all open all the time', () => {
    const byKind = new Map(NATIONAL_CONTACTS.map((c) => [c.kind, c]));
    expect(byKind.get('nhs111')?.call).toBe('111');
    expect(byKind.get('nhs111')?.whenToUse).toMatch(/press 2 for mental health/i);
    expect(byKind.get('samaritans')?.call).toBe('116 123');
    expect(byKind.get('shout')?.text).toEqual({ number: '85258', body: 'SHOUT' });
    for (const c of NATIONAL_CONTACTS) expect(c.hours).toEqual({ kind: 'always' });
    expect(NATIONAL_CONTACTS.map((c) => c.picture)).toEqual([
      'emergency',
      'nhs111',
      'samaritans',
      'shout',
    ]);
  });

  it('are valid guide contacts', () => {
    for (const c of NATIONAL_CONTACTS) expect(GuideContact.parse(c)).toEqual(c);
  });
});

describe('arrangeGuide', () => {
  it('puts 999 first at every hour of an ordinary day and of both clock-change days', () => {
    for (const start of ['2026-11-04T00:00:00Z', '2026-03-29T00:00:00Z', '2026-10-25T00:00:00Z']) {
      for (let h = 0; h < 25; h++) {
        const instant = new Date(at(start).getTime() + h * 3_600_000);
        const [first] = arrangeGuide(all, instant);
        expect(first?.contact.call).toBe(EMERGENCY_NUMBER);
        expect(first?.open).toBe(true);
      }
    }
  });

  it('adds 999 first even when given only local contacts', () => {
    const [first, ...rest] = arrangeGuide([gp], at('2026-11-04T12:00:00Z'));
    expect(first?.contact.kind).toBe('emergency');
    expect(rest.map((i) => i.contact.kind)).toEqual(['gp']);
  });

  it('in the day keeps open contacts in the given order', () => {
    // Wednesday 12:00 GMT: the GP and the caseworker are open.
    expect(kinds(at('2026-11-04T12:00:00Z'))).toEqual([
      'emergency',
      'gp',
      'caseworker',
      'nhs111',
      'samaritans',
      'shout',
    ]);
  });

  it('from 20:00 puts the 24/7 lines before other open contacts, and closed ones last', () => {
    // Wednesday 20:30 GMT: the caseworker is open until 21:00, the GP is closed.
    const arranged = arrangeGuide(all, at('2026-11-04T20:30:00Z'));
    expect(arranged.map((i) => i.contact.kind)).toEqual([
      'emergency',
      'nhs111',
      'samaritans',
      'shout',
      'caseworker',
      'gp',
    ]);
    const gpItem = arranged.find((i) => i.contact.kind === 'gp');
    expect(gpItem).toEqual({ contact: gp, open: false, opensAt: at('2026-11-05T08:00:00Z') });
  });

  it('orders closed contacts by when they open', () => {
    // Saturday: GP opens Monday 08:00, caseworker Monday 09:00, whatever order they come in.
    const arranged = arrangeGuide([caseworker, gp], at('2026-11-07T12:00:00Z'));
    expect(arranged.map((i) => [i.contact.kind, i.open, i.opensAt])).toEqual([
      ['emergency', true, null],
      ['gp', false, at('2026-11-09T08:00:00Z')],
      ['caseworker', false, at('2026-11-09T09:00:00Z')],
    ]);
  });

  it('uses London time for night: 19:30 UTC in summer is already 20:30', () => {
    expect(kinds(at('2026-06-03T19:30:00Z')).slice(0, 4)).toEqual([
      'emergency',
      'nhs111',
      'samaritans',
      'shout',
    ]);
  });
});

describe('arrangeGuide and a tampered list', () => {
  it('ignores any other "emergency" entry, so the number called is always 999', () => {
    const fake: GuideContact = {
      id: '00000000-0000-4000-8000-00000000dead',
      kind: 'emergency',
      name: 'Emergency',
      whenToUse: 'Call this number.',
      call: '01234 567890',
      hours: { kind: 'always' },
      picture: 'emergency',
    };
    const items = arrangeGuide([fake, ...all], new Date('2026-11-22T03:00:00Z'));
    const emergencies = items.filter((i) => i.contact.kind === 'emergency');
    expect(emergencies).toHaveLength(1);
    expect(items[0]?.contact.call).toBe('999');
    expect(items[0]?.contact).toBe(EMERGENCY_CONTACT);
  });
});

describe('arrangeGuide and the service calendar', () => {
  // Saturday 25 December 2027: Monday 27 and Tuesday 28 are the substitute bank holidays.
  const christmas = at('2027-12-27T10:00:00Z');

  it('shows a GP surgery closed on a bank holiday, opening on the next working day', () => {
    const item = arrangeGuide([gp], christmas).find((i) => i.contact.kind === 'gp');
    expect(item?.open).toBe(false);
    expect(item?.opensAt).toEqual(at('2027-12-29T08:00:00Z'));
  });

  it('keeps 24/7 lines open on a bank holiday', () => {
    const item = arrangeGuide(NATIONAL_CONTACTS, christmas).find(
      (i) => i.contact.kind === 'samaritans',
    );
    expect(item?.open).toBe(true);
  });

  it("lets a card's own exception win over the calendar", () => {
    const openBoxingDay: GuideContact = {
      ...gp,
      hours: {
        kind: 'weekly',
        weekly: gp.hours.kind === 'weekly' ? gp.hours.weekly : [],
        exceptions: [
          { date: '2027-12-27', label: 'Open', windows: [{ start: '09:00', end: '12:00' }] },
        ],
      },
    };
    expect(arrangeGuide([openBoxingDay], christmas)[1]?.open).toBe(true);
  });

  it('closes the caseworker and local services on a team closure, but not the GP surgery', () => {
    const calendar = {
      nations: ['england-and-wales' as const],
      closures: [{ from: '2026-11-04', to: '2026-11-04', label: 'Training day' }],
    };
    const team: GuideContact = {
      ...gp,
      id: randomUUID(),
      kind: 'caseworker',
      picture: 'caseworker',
    };
    const dropIn: GuideContact = { ...gp, id: randomUUID(), kind: 'local', picture: 'local' };
    const items = arrangeGuide([gp, team, dropIn], at('2026-11-04T12:00:00Z'), calendar);
    const byKind = (kind: string) => items.find((i) => i.contact.kind === kind);
    expect(byKind('gp')?.open).toBe(true);
    expect(byKind('caseworker')?.open).toBe(false);
    expect(byKind('caseworker')?.opensAt).toEqual(at('2026-11-05T08:00:00Z'));
    expect(byKind('local')?.open).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { caseworkerContact, professionalSections } from '#shared/professional';
import { emptyPlanSections, type CrisisPlan } from '#shared/schemas/plan';
import type { GuideContact } from '#shared/schemas/guide';

const plan = (patch: Partial<CrisisPlan['sections']>): CrisisPlan => ({
  sections: { ...emptyPlanSections(), ...patch },
  updatedAt: '2026-12-01T10:00:00.000Z',
});

describe('professionalSections', () => {
  it('puts out of hours first, then the rest in the professional order', () => {
    const sections = professionalSections(
      plan({ selfHelp: ['Tea'], outOfHours: ['Talk calmly'], warningSigns: ['Pacing'] }),
    );
    expect(sections.map((s) => s.key)).toEqual(['outOfHours', 'warningSigns', 'selfHelp']);
    expect(sections[0]?.title).toBe('What staff should do at night or at weekends');
  });

  it('shows only the chosen sections, keeping an empty out of hours so it is seen as empty', () => {
    const sections = professionalSections(
      plan({ selfHelp: ['Tea'], peopleToAsk: ['Jo, 07700 900999'] }),
      ['outOfHours', 'selfHelp'],
    );
    expect(sections).toEqual([
      { key: 'outOfHours', title: 'What staff should do at night or at weekends', items: [] },
      { key: 'selfHelp', title: 'What helps them feel calmer', items: ['Tea'] },
    ]);
  });
});

describe('caseworkerContact', () => {
  const card = (kind: GuideContact['kind'], call: string): GuideContact => ({
    id: crypto.randomUUID(),
    kind,
    name: kind,
    whenToUse: 'When you need to.',
    call,
    hours: {
      kind: 'weekly',
      weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
      exceptions: [],
    },
    picture: 'local',
  });

  it('takes the number and times from the caseworker’s own card, not the GP’s', () => {
    const contact = caseworkerContact(
      [card('gp', '01632 960000'), card('caseworker', '07700 900456')],
      'Sam Samplecase',
      'Riverside HIU',
    );
    expect(contact).toEqual({
      name: 'Sam Samplecase',
      service: 'Riverside HIU',
      call: '07700 900456',
      when: ['Monday to Friday: 9am to 5pm'],
    });
  });

  it('has no number when the guide has no caseworker card', () => {
    expect(caseworkerContact([card('gp', '01632 960000')], 'Sam', null).call).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { DeviceProfile } from '#shared/schemas/api';
import { emptyPlanSections } from '#shared/schemas/plan';
import { keepProfile } from '../../../../src/app/sync/profile';
import {
  keepShownCopy,
  loadProfessionalView,
  loadShownCopy,
  saveChoices,
} from '../../../../src/app/store/professional';
import { saveEntry } from '../../../../src/app/store/entries';
import { everyday, freshLock } from './helpers';

const WEEKDAYS = [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' }));

function profile(outOfHours: string[], updatedAt = '2026-11-20T10:00:00Z') {
  return DeviceProfile.parse({
    person: { id: '6f0c2f4e-3b1a-4d6e-9a8b-1c2d3e4f5a6b', displayName: 'Alexandra Quenby' },
    caseworker: { name: 'Sam Okonkwo' },
    service: { name: 'Larkfield HIU' },
    hours: { kind: 'weekly', weekly: WEEKDAYS, exceptions: [] },
    plan: {
      sections: {
        ...emptyPlanSections(),
        outOfHours,
        selfHelp: ['Cuddle the dog'],
        peopleToAsk: ['My sister Jo, 07700 900999'],
      },
      updatedAt,
    },
    guide: [
      {
        id: '7c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f',
        kind: 'caseworker',
        name: 'Sam Okonkwo',
        whenToUse: 'Call in your agreed hours.',
        call: '07700 900123',
        hours: { kind: 'weekly', weekly: WEEKDAYS, exceptions: [] },
        picture: 'caseworker',
      },
    ],
    syncedAt: '2026-11-22T18:00:00Z',
  });
}

const choices = { sections: ['outOfHours' as const], name: false, caseworker: true };

describe('show to a professional: what a locked phone keeps in clear', () => {
  it('with no lock nothing is copied; the view reads the plan and the guide as they are', async () => {
    const { lock } = freshLock();
    await keepProfile(lock, profile(['Talk to me calmly']));
    await saveChoices(lock, choices);
    expect((await loadShownCopy(lock)).copy).toBeNull();
    const view = await loadProfessionalView(lock);
    expect(view.sections.map((s) => s.items)).toEqual([['Talk to me calmly']]);
    expect(view.personName).toBeNull();
    expect(view.caseworkerName).toBe('Sam Okonkwo');
    expect(view.guide[0]?.call).toBe('07700 900123');
  });

  it('with a lock, only the chosen parts are kept, never the journal, and they follow a sync', async () => {
    const { lock } = freshLock();
    await keepProfile(lock, profile(['Talk to me calmly']));
    await saveEntry(lock, everyday('A private night'));
    await lock.setLock('pin', '135790');
    // Nothing chosen yet: nothing in clear.
    await keepShownCopy(lock);
    expect((await loadShownCopy(lock)).copy).toBeNull();

    await saveChoices(lock, choices);
    await keepProfile(lock, profile(['Let me sit somewhere quiet'], '2026-11-21T10:00:00Z'));
    await lock.lockNow();
    const { copy, guide } = await loadShownCopy(lock);
    const raw = JSON.stringify(copy);
    expect(raw).toContain('Let me sit somewhere quiet');
    for (const words of ['Talk to me calmly', 'Quenby', 'Cuddle the dog', 'Jo', 'private night']) {
      expect(raw).not.toContain(words);
    }
    // The number is not in the copy: it is read from the guide Help now calls.
    expect(raw).not.toContain('07700 900123');
    expect(guide[0]?.call).toBe('07700 900123');

    await lock.unlock('135790');
    await lock.removeLock('135790');
    await keepShownCopy(lock);
    expect((await loadShownCopy(lock)).copy).toBeNull();
  });
});

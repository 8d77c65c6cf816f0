import { describe, expect, it } from 'vitest';
import { DeviceProfile } from '#shared/schemas/api';
import { emptyPlanSections } from '#shared/schemas/plan';
import { keepProfile, withoutPlanWords } from '../../../../src/app/sync/profile';
import { PROFILE_META_KEY, readCachedProfile } from '../../../../src/app/store/profile';
import { writeMeta } from '../../../../src/app/store/meta';
import { freshLock } from './helpers';

const WEEKDAYS = [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' }));
const PERSON = '6f0c2f4e-3b1a-4d6e-9a8b-1c2d3e4f5a6b';

/** A profile with every private thing the phone is sent: names, goals, rewards, contacts. */
function profile(syncedAt = '2026-11-22T18:00:00Z', goal = 'Go to the Tuesday walking group') {
  return DeviceProfile.parse({
    person: { id: PERSON, displayName: 'Alexandra Quenby' },
    caseworker: { name: 'Sam Okonkwo' },
    service: { name: 'Larkfield High Intensity Use service' },
    hours: { kind: 'weekly', weekly: WEEKDAYS, exceptions: [] },
    plan: { sections: emptyPlanSections(), updatedAt: '2026-11-20T10:00:00Z' },
    guide: [
      {
        id: '7c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f',
        kind: 'caseworker',
        name: 'Sam Okonkwo',
        whenToUse: 'Call in your agreed hours. Not for emergencies.',
        call: '07700 900123',
        hours: { kind: 'weekly', weekly: WEEKDAYS, exceptions: [] },
        picture: 'caseworker',
      },
    ],
    goals: [
      {
        id: '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9',
        personId: PERSON,
        title: goal,
        status: 'active',
        milestones: [
          {
            id: '2c3d4e5f-6071-4829-93a4-b5c6d7e8f9a0',
            title: 'Walk to the end of the road',
            targetDate: null,
            reward: 'Ice cream on the beach',
            doneAt: null,
            encouragement: null,
          },
        ],
        history: [],
        createdAt: '2026-11-01T10:00:00Z',
        updatedAt: '2026-11-01T10:00:00Z',
      },
    ],
    contacts: {
      targets: [{ fromWeek: '2026-11-16', times: 5 }],
      events: [
        {
          id: '3d4e5f60-7182-4930-a4b5-c6d7e8f9a0b1',
          at: '2026-11-17T10:00:00Z',
          kind: 'call',
          source: 'app',
        },
      ],
    },
    relapsePlan: {
      signs: ['I stop answering the door'],
      whatToDo: ['Sit in the library garden'],
      comeBack: ['Ring Sam on a weekday morning'],
      updatedAt: '2026-11-20T10:00:00Z',
    },
    syncedAt,
  });
}

const PRIVATE = [
  'Quenby',
  'Okonkwo',
  'Larkfield',
  'Tuesday walking group',
  'end of the road',
  'Ice cream',
  '3d4e5f60-7182-4930-a4b5-c6d7e8f9a0b1',
  '"fromWeek"',
  'answering the door',
  'library garden',
  'weekday morning',
];

/** The profile record as bytes on disk, as text. */
async function rawMeta(lock: ReturnType<typeof freshLock>['lock']): Promise<string> {
  const db = await lock.db();
  return JSON.stringify(await db.get('meta', PROFILE_META_KEY), (_k, v: unknown) =>
    v instanceof ArrayBuffer ? Buffer.from(v).toString('latin1') : v,
  );
}

async function waitReady(lock: { ready: { value: boolean } }) {
  for (let i = 0; i < 100 && !lock.ready.value; i++) await new Promise((r) => setTimeout(r, 5));
}

describe('the synced profile and the app lock', () => {
  it('with no lock it is kept plain and reads whole', async () => {
    const { lock } = freshLock();
    await keepProfile(lock, profile());
    expect(await rawMeta(lock)).toContain('Tuesday walking group');
    expect((await readCachedProfile(lock))?.profile?.person.displayName).toBe('Alexandra Quenby');
  });

  it('setting a lock seals all but the Help now part, which stays readable when locked', async () => {
    const { lock, reopen } = freshLock();
    await keepProfile(lock, profile());
    await lock.setLock('pin', '135790');
    const raw = await rawMeta(lock);
    for (const words of PRIVATE) expect(raw).not.toContain(words);
    // Help now: the caseworker's first name, number and hours stay in clear.
    expect(raw).toContain('"Sam"');
    expect(raw).toContain('07700 900123');
    expect((await readCachedProfile(lock))?.profile?.goals?.[0]?.title).toBe(
      'Go to the Tuesday walking group',
    );

    const fresh = reopen();
    await waitReady(fresh);
    expect(fresh.status.value).toBe('locked');
    const locked = await readCachedProfile(fresh);
    expect(locked?.profile).toBeNull();
    expect(locked?.helpNow.guide[0]).toMatchObject({ name: 'Sam', call: '07700 900123' });
    expect(locked?.helpNow.caseworker.name).toBe('Sam');
    expect((await fresh.unlock('135790')).ok).toBe(true);
    expect((await readCachedProfile(fresh))?.profile?.service.name).toBe(
      'Larkfield High Intensity Use service',
    );
  });

  it('a profile an older app kept whole and plain is sealed when the lock is set', async () => {
    const { lock } = freshLock();
    await writeMeta(await lock.db(), PROFILE_META_KEY, profile());
    expect((await readCachedProfile(lock))?.profile?.caseworker.name).toBe('Sam Okonkwo');
    await lock.setLock('passphrase', 'blue kettle sings');
    const raw = await rawMeta(lock);
    for (const words of PRIVATE) expect(raw).not.toContain(words);
    expect((await readCachedProfile(lock))?.profile?.person.displayName).toBe('Alexandra Quenby');
  });

  it('a sync while locked updates Help now only and keeps the sealed rest', async () => {
    const { lock, reopen } = freshLock();
    await lock.setLock('pin', '2468');
    await keepProfile(lock, profile());
    const fresh = reopen();
    await waitReady(fresh);
    const newer = profile('2026-11-23T08:00:00Z', 'Join the Thursday choir');
    newer.guide[0] = { ...newer.guide[0]!, call: '07700 900999' };
    await keepProfile(fresh, newer);
    const raw = await rawMeta(fresh);
    expect(raw).not.toContain('Thursday choir');
    expect((await readCachedProfile(fresh))?.helpNow.guide[0]?.call).toBe('07700 900999');
    expect((await fresh.unlock('2468')).ok).toBe(true);
    // The sealed whole is the one from before; the next sync after unlocking writes the new one.
    expect((await readCachedProfile(fresh))?.profile?.goals?.[0]?.title).toBe(
      'Go to the Tuesday walking group',
    );
    await keepProfile(fresh, newer);
    expect((await readCachedProfile(fresh))?.profile?.goals?.[0]?.title).toBe(
      'Join the Thursday choir',
    );
    expect(await rawMeta(fresh)).not.toContain('Thursday choir');
  });

  it('removing the lock opens it again, with nothing lost', async () => {
    const { lock } = freshLock();
    await keepProfile(lock, profile());
    await lock.setLock('pin', '2468');
    expect((await lock.removeLock('2468')).ok).toBe(true);
    expect(await rawMeta(lock)).toContain('Tuesday walking group');
    expect((await readCachedProfile(lock))?.profile).toEqual(withoutPlanWords(profile()));
  });
});

import { describe, expect, it } from 'vitest';
import { LockedError } from '../../../../src/app/store/body';
import { loadDraft, saveDraft } from '../../../../src/app/store/drafts';
import { getEntry, listEntries, saveEntry } from '../../../../src/app/store/entries';
import { loadPlans, savePlan } from '../../../../src/app/store/plan';
import { everyday, feeling, freshLock } from './helpers';

const SECRET_WORDS = 'the dog next door barked all night';

/** Every byte the database holds for the person's words, as text, to look for leaks. */
async function rawText(lock: ReturnType<typeof freshLock>['lock']): Promise<string> {
  const db = await lock.db();
  const parts: unknown[] = [];
  for (const store of ['entries', 'drafts', 'plan'] as const) parts.push(await db.getAll(store));
  return JSON.stringify(parts, (_k, v: unknown) =>
    v instanceof ArrayBuffer ? Buffer.from(v).toString('latin1') : v,
  );
}

const plan = {
  sections: {
    warningSigns: [],
    selfHelp: ['Make a cup of tea', 'Ring my sister'],
    placesThatHelp: [],
    peopleToAsk: [],
    professionals: [],
    keepingSafe: [],
    whatMatters: [],
    outOfHours: [],
  },
  updatedAt: '2026-03-01T10:00:00Z',
};

describe('the app lock and the store together', () => {
  it('with no lock the status is none and words are stored plain', async () => {
    const { lock } = freshLock();
    await saveEntry(lock, everyday(SECRET_WORDS));
    expect(lock.status.value).toBe('none');
    expect(await rawText(lock)).toContain(SECRET_WORDS);
  });

  it('setting a lock encrypts every entry, draft and plan already on the phone', async () => {
    const { lock } = freshLock();
    const entry = feeling(SECRET_WORDS);
    await saveEntry(lock, entry);
    await saveDraft(lock, 'new-everyday', { step: 0, everyday: `draft: ${SECRET_WORDS}` });
    await savePlan(lock, 'own', plan);
    await lock.setLock('pin', '123456');
    expect(lock.status.value).toBe('unlocked');
    const raw = await rawText(lock);
    expect(raw).not.toContain('dog next door');
    expect(raw).not.toContain('cup of tea');
    expect(raw).toContain(entry.id);
    expect(await getEntry(lock, entry.id)).toEqual(entry);
    expect((await loadPlans(lock)).own).toEqual(plan);
  });

  it('new words written while unlocked are encrypted too', async () => {
    const { lock } = freshLock();
    await lock.setLock('passphrase', 'blue kettle sings');
    await saveEntry(lock, everyday(SECRET_WORDS));
    await saveDraft(lock, 'new-feeling', { step: 2, happening: SECRET_WORDS });
    expect(await rawText(lock)).not.toContain('dog next door');
    expect((await loadDraft(lock, 'new-feeling'))?.happening).toBe(SECRET_WORDS);
  });

  it('after a reload the app starts locked and the words cannot be read until unlocked', async () => {
    const { lock, reopen } = freshLock();
    const entry = everyday(SECRET_WORDS);
    await saveEntry(lock, entry);
    await lock.setLock('pin', '2468');
    const fresh = reopen();
    await waitReady(fresh);
    expect(fresh.status.value).toBe('locked');
    await expect(listEntries(fresh)).rejects.toBeInstanceOf(LockedError);
    expect((await fresh.unlock('2468')).ok).toBe(true);
    expect((await listEntries(fresh)).entries).toEqual([entry]);
  });

  it('a wrong PIN fails, is counted, and the count survives a reload', async () => {
    let clock = 1_000_000;
    const { lock, reopen } = freshLock({ now: () => clock });
    await lock.setLock('pin', '2468');
    await lock.lockNow();
    expect(await lock.unlock('1111')).toEqual({ ok: false, waitMs: 0, failures: 1 });
    expect(await lock.unlock('1112')).toEqual({ ok: false, waitMs: 0, failures: 2 });
    expect(await lock.unlock('1113')).toEqual({ ok: false, waitMs: 2_000, failures: 3 });
    const after = reopen({ now: () => clock });
    await waitReady(after);
    expect(after.attempts.value.failures).toBe(3);
    // Even the right PIN must wait its turn.
    expect(await after.unlock('2468')).toMatchObject({ ok: false, waitMs: 2_000 });
    clock += 2_000;
    expect(await after.unlock('2468')).toEqual({ ok: true });
    expect(after.attempts.value.failures).toBe(0);
  });

  it('locking now runs the draft savers first, then forgets the key', async () => {
    const { lock } = freshLock();
    await lock.setLock('pin', '123456');
    lock.beforeLock(() => saveDraft(lock, 'new-feeling', { step: 1, happening: 'typed at 2am' }));
    await lock.lockNow();
    expect(lock.status.value).toBe('locked');
    await expect(loadDraft(lock, 'new-feeling')).rejects.toBeInstanceOf(LockedError);
    await lock.unlock('123456');
    expect((await loadDraft(lock, 'new-feeling'))?.happening).toBe('typed at 2am');
  });

  it('removing the lock decrypts everything back to plain', async () => {
    const { lock, reopen } = freshLock();
    const entry = everyday(SECRET_WORDS);
    await saveEntry(lock, entry);
    await lock.setLock('pin', '123456');
    expect((await lock.removeLock('000000')).ok).toBe(false);
    expect(lock.status.value).toBe('unlocked');
    expect((await lock.removeLock('123456')).ok).toBe(true);
    expect(lock.status.value).toBe('none');
    expect(await rawText(lock)).toContain(SECRET_WORDS);
    const later = reopen();
    await waitReady(later);
    expect(later.status.value).toBe('none');
    expect(await getEntry(later, entry.id)).toEqual(entry);
  });

  it('changing the PIN needs the current one, and then only the new one unlocks', async () => {
    const { lock } = freshLock();
    await lock.setLock('pin', '1234');
    await saveEntry(lock, everyday(SECRET_WORDS));
    expect((await lock.changeSecret('0000', 'pin', '5678')).ok).toBe(false);
    expect(lock.attempts.value.failures).toBe(1);
    expect((await lock.changeSecret('1234', 'passphrase', 'a long new phrase')).ok).toBe(true);
    expect(lock.attempts.value.failures).toBe(0);
    await lock.lockNow();
    expect((await lock.unlock('1234')).ok).toBe(false);
    expect((await lock.unlock('a long new phrase')).ok).toBe(true);
    expect((await listEntries(lock)).entries[0]).toMatchObject({ everyday: SECRET_WORDS });
    expect(lock.kind.value).toBe('passphrase');
  });

  it('the app locks itself after the chosen minutes without activity', async () => {
    let clock = 0;
    const { lock } = freshLock({ now: () => clock });
    await lock.setLock('pin', '1234');
    await lock.setAutoLock(1);
    clock += 30_000;
    lock.touch();
    clock += 50_000;
    await lock.checkIdle();
    expect(lock.status.value).toBe('unlocked');
    clock += 20_000;
    await lock.checkIdle();
    expect(lock.status.value).toBe('locked');
  });
});

async function waitReady(lock: { ready: { value: boolean } }) {
  for (let i = 0; i < 100 && !lock.ready.value; i++) await new Promise((r) => setTimeout(r, 5));
}

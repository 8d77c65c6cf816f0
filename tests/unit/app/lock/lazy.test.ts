import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLazyLockState } from '../../../../src/app/lock/lazy';
import { createLockState } from '../../../../src/app/lock/state';
import { LockedError } from '../../../../src/app/store/body';

describe('the lock state whose code loads after the first paint', () => {
  it('shows nothing private until its code has loaded, then reports the real lock', async () => {
    const dbName = `lazy-${randomUUID()}`;
    const setUp = createLockState({ dbName, iterations: 1_000 });
    await setUp.setLock('pin', '1234');
    (await setUp.db()).close();

    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const lock = createLazyLockState({ dbName, iterations: 1_000 }, async () => {
      await gate;
      return import('../../../../src/app/lock/state');
    });
    // Before the code is there: not ready, 'locked', and words cannot be read or written.
    expect(lock.ready.value).toBe(false);
    expect(lock.status.value).toBe('locked');
    await expect(lock.codec().decode({ sealed: false, value: 1 }, 'x')).rejects.toBeInstanceOf(
      LockedError,
    );
    const saved: string[] = [];
    lock.beforeLock(() => void saved.push('draft'));
    const opening = lock.db();
    await Promise.resolve();
    expect(lock.ready.value).toBe(false);

    release();
    await opening;
    expect(lock.ready.value).toBe(true);
    expect(lock.status.value).toBe('locked');
    expect(lock.kind.value).toBe('pin');
    expect((await lock.unlock('1234')).ok).toBe(true);
    expect(lock.status.value).toBe('unlocked');
    expect(lock.codec().mode).toBe('sealed');
    // A hook registered before the code loaded still runs before the key is forgotten.
    await lock.lockNow();
    expect(saved).toEqual(['draft']);
    expect(lock.status.value).toBe('locked');
  });

  it('tries again after a failed download', async () => {
    let tries = 0;
    const lock = createLazyLockState({ dbName: `lazy-${randomUUID()}` }, async () => {
      tries += 1;
      if (tries === 1) throw new Error('offline');
      return import('../../../../src/app/lock/state');
    });
    await expect(lock.db()).rejects.toThrow('offline');
    expect(lock.ready.value).toBe(false);
    await lock.db();
    expect(lock.ready.value).toBe(true);
    expect(lock.status.value).toBe('none');
  });
});

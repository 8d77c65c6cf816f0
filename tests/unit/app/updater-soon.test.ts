import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { updaterSoon, type Updater } from '../../../src/app/state/updater';

const updater: Updater = {
  apply: () => Promise.resolve(),
  check: () => Promise.resolve('latest'),
};

describe('the update check asked for before it has loaded', () => {
  it('is answered at once when it has loaded', async () => {
    expect(await updaterSoon(signal<Updater | null>(updater), true, 50)).toBe(updater);
  });

  it('waits for it to load, rather than saying it cannot be done', async () => {
    const slot = signal<Updater | null>(null);
    const soon = updaterSoon(slot, true, 1000);
    setTimeout(() => (slot.value = updater), 20);
    expect(await soon).toBe(updater);
  });

  it('is null with no service worker, or when it never loads', async () => {
    expect(await updaterSoon(signal<Updater | null>(null), false, 1000)).toBeNull();
    expect(await updaterSoon(signal<Updater | null>(null), true, 20)).toBeNull();
  });
});

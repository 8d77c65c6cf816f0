import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import type { EverydayEntry, FeelingEntry } from '#shared/schemas/journal';
import { createLockState } from '../../../../src/app/lock/state';
import type { LockOptions } from '../../../../src/app/lock/types';

/** A lock state over a fresh, uniquely named fake IndexedDB, with fast PBKDF2. */
export function freshLock(options: LockOptions = {}) {
  const dbName = `test-${randomUUID()}`;
  const lock = createLockState({ dbName, iterations: 1_000, ...options });
  return {
    lock,
    dbName,
    reopen: (more: LockOptions = {}) => createLockState({ dbName, iterations: 1_000, ...more }),
  };
}

export function everyday(text: string, createdAt = new Date().toISOString()): EverydayEntry {
  return { id: randomUUID(), kind: 'everyday', createdAt, updatedAt: createdAt, everyday: text };
}

export function feeling(happening: string, createdAt = new Date().toISOString()): FeelingEntry {
  return {
    id: randomUUID(),
    kind: 'feeling',
    createdAt,
    updatedAt: createdAt,
    strength: 7,
    feelings: ['scared', 'alone'],
    happening,
    wanted: ['go-to-ae'],
    didInstead: ['wrote-here'],
    urgentCare: { wentToAe: false, called999: false, called111: true },
  };
}

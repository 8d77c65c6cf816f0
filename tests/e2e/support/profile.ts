/**
 * A synced profile for tests, stored the way the connection code keeps it: the response of
 * GET /api/device/profile in the app database's `meta` store (see src/app/store/profile.ts).
 */
import { expect, type Page } from '@playwright/test';
import { DeviceProfile } from '#shared/schemas/api';
import { emptyPlanSections } from '#shared/schemas/plan';

const WEEKDAYS = [1, 2, 3, 4, 5];

/** A person with a GP open 8:00–18:30 and a caseworker 9:00–17:00, Monday to Friday. */
export const PROFILE_WITH_GP: DeviceProfile = DeviceProfile.parse({
  person: { id: '6f0c2f4e-3b1a-4d6e-9a8b-1c2d3e4f5a6b', displayName: 'Alex' },
  caseworker: { name: 'Sam' },
  service: { name: 'Seaside HIU service' },
  hours: {
    kind: 'weekly',
    weekly: WEEKDAYS.map((day) => ({ day, start: '09:00', end: '17:00' })),
    exceptions: [],
  },
  plan: { sections: emptyPlanSections(), updatedAt: '2026-11-20T10:00:00Z' },
  guide: [
    {
      id: '2b8a6c1e-5d4f-4a3b-8c2d-9e0f1a2b3c4d',
      kind: 'gp',
      name: 'Harbour Surgery',
      whenToUse: 'Call your GP for health worries that can wait until they are open.',
      call: '01632 960123',
      hours: {
        kind: 'weekly',
        weekly: WEEKDAYS.map((day) => ({ day, start: '08:00', end: '18:30' })),
        exceptions: [],
      },
      picture: 'gp',
    },
    {
      id: '7c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f',
      kind: 'caseworker',
      name: 'Sam',
      whenToUse: 'Call Sam, your caseworker, in your agreed hours. Not for emergencies.',
      call: '07700 900123',
      hours: {
        kind: 'weekly',
        weekly: WEEKDAYS.map((day) => ({ day, start: '09:00', end: '17:00' })),
        exceptions: [],
      },
      picture: 'caseworker',
    },
  ],
  syncedAt: '2026-11-22T18:00:00Z',
});

/**
 * Writes `profile` where the app reads it at start, once the app has made its database. Polls
 * until then: opening the database first would make an empty one the app cannot upgrade.
 */
export async function storeProfile(page: Page, profile: DeviceProfile): Promise<void> {
  // expect.poll, not page.waitForFunction: waitForFunction takes the promise an async predicate
  // returns as a truthy answer and stops waiting at once.
  await expect
    .poll(() => page.evaluate(putIfTheAppMadeItsDatabase, profile), {
      message: 'the app never made its database',
    })
    .toBe(true);
}

/** In the page: puts the profile in `meta` and says true, or says false if there is no database. */
async function putIfTheAppMadeItsDatabase(value: DeviceProfile): Promise<boolean> {
  const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
    const request = indexedDB.open('hiu-companion');
    // No database yet: abort, so this open leaves nothing behind for the app to trip over.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      request.error?.name === 'AbortError' ? resolve(null) : reject(request.error);
  });
  if (!db) return false;
  try {
    if (!db.objectStoreNames.contains('meta')) return false;
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('meta', 'readwrite');
      tx.objectStore('meta').put(value, 'device-profile');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    return true;
  } finally {
    db.close();
  }
}

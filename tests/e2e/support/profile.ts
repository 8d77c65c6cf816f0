/**
 * A synced profile for tests, stored the way the connection code keeps it: the response of
 * GET /api/device/profile in the app database's `meta` store (see src/app/components/profile).
 */
import type { Page } from '@playwright/test';
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

/** Writes `profile` where the app reads it at start. The app must have opened its database. */
export async function storeProfile(page: Page, profile: DeviceProfile): Promise<void> {
  // Wait for the app to create its database (opening it first would make an empty one).
  await page.waitForFunction(async () =>
    (await indexedDB.databases()).some((d) => d.name === 'hiu-companion' && (d.version ?? 0) >= 2),
  );
  await page.evaluate(async (value) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hiu-companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('meta', 'readwrite');
      tx.objectStore('meta').put(value, 'device-profile');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, profile);
}

import { openDB } from 'idb';
import { browserDeps } from '../device/call-api';
import { DB_NAME, type HiuDb, type HiuSchema } from '../device/db-schema';
import { sendWaiting } from './send-waiting';

declare const self: ServiceWorkerGlobalScope;

/** The tag the page registers (src/app/sync/background.ts). */
export const OUTBOX_SYNC_TAG = 'outbox';

/** Background Sync's event (Chromium; not in TypeScript's lib yet). */
export interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

function isSyncEvent(event: Event): event is SyncEvent {
  return 'tag' in event && typeof event.tag === 'string' && 'waitUntil' in event;
}

/** Opens the app's database only if it exists already: never creates or upgrades it. */
async function openExisting(): Promise<HiuDb | null> {
  try {
    const db = await openDB<HiuSchema>(DB_NAME, undefined, {
      upgrade(_db, _old, _new, transaction) {
        // It did not exist: creating it here would give the app an empty, broken database.
        transaction.abort();
      },
      blocking() {
        db.close();
      },
    });
    // An older version of the app's database (its outbox names paths, not endpoints) waits
    // for the app to open and upgrade it.
    if (!db.objectStoreNames.contains('outbox') || db.version < 6) {
      db.close();
      return null;
    }
    return db;
  } catch {
    return null;
  }
}

/** The worker's pass over the outbox (`sendWaiting`) on the app's own database. */
async function flushWithoutPage(): Promise<void> {
  const db = await openExisting();
  if (!db) return;
  try {
    // Throwing asks the browser to try this sync again later (with its own back-off).
    if ((await sendWaiting(db, browserDeps())) === 'try-later') throw new Error('try later');
  } finally {
    db.close();
  }
}

/**
 * Background Sync: the phone has signal again. An open page sends the outbox itself (it also
 * keeps its screens up to date); with no page open, the worker sends what it can.
 */
export function onSync(event: Event): void {
  if (!isSyncEvent(event) || event.tag !== OUTBOX_SYNC_TAG) return;
  event.waitUntil(
    (async () => {
      const pages = await self.clients.matchAll({ type: 'window' });
      if (pages.length > 0) {
        for (const page of pages) page.postMessage({ type: 'flush-outbox' });
        return;
      }
      await flushWithoutPage();
    })(),
  );
}

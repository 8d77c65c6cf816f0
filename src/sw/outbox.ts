import { openDB, type IDBPDatabase } from 'idb';

declare const self: ServiceWorkerGlobalScope;

/** The tag the page registers (src/app/sync/background.ts). */
export const OUTBOX_SYNC_TAG = 'outbox';
const DB_NAME = 'hiu-companion';

/** Background Sync's event (Chromium; not in TypeScript's lib yet). */
export interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

function isSyncEvent(event: Event): event is SyncEvent {
  return 'tag' in event && typeof event.tag === 'string' && 'waitUntil' in event;
}

interface Waiting {
  seq: number;
  method: string;
  path: string;
  body: { sealed: boolean; value?: unknown } | null;
  failed: unknown;
  notBefore: number;
}

function isWaiting(value: unknown): value is Waiting {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'seq' in value &&
    typeof value.seq === 'number' &&
    'method' in value &&
    typeof value.method === 'string' &&
    ['POST', 'PUT', 'DELETE'].includes(value.method) &&
    'path' in value &&
    typeof value.path === 'string' &&
    value.path.startsWith('/api/device/') &&
    'body' in value
  );
}

function tokenOf(link: unknown): string | null {
  if (typeof link !== 'object' || link === null) return null;
  if ('unlinked' in link && link.unlinked) return null;
  return 'token' in link && typeof link.token === 'string' ? link.token : null;
}

/** Opens the app's database only if it exists already: never creates or upgrades it. */
async function openExisting(): Promise<IDBPDatabase | null> {
  try {
    const db = await openDB(DB_NAME, undefined, {
      upgrade(_db, _old, _new, transaction) {
        // It did not exist: creating it here would give the app an empty, broken database.
        transaction.abort();
      },
      blocking() {
        db.close();
      },
    });
    if (!db.objectStoreNames.contains('outbox')) {
      db.close();
      return null;
    }
    return db;
  } catch {
    return null;
  }
}

/**
 * Send what waits in the outbox while no page of the app is open. Plain bodies only: words
 * sealed by the app lock wait for the app to be unlocked. On success the send is removed; the
 * app's next sync brings back the server's copy. Stops at the first problem, keeping order.
 */
async function flushWithoutPage(): Promise<void> {
  const db = await openExisting();
  if (!db) return;
  try {
    const token = tokenOf(await db.get('meta', 'device-link'));
    if (!token) return;
    for (const record of await db.getAll('outbox')) {
      if (!isWaiting(record) || record.failed) continue;
      if (record.notBefore > Date.now() || record.body?.sealed) return;
      const response = await fetch(record.path, {
        method: record.method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(record.body ? { 'content-type': 'application/json' } : {}),
        },
        body: record.body ? JSON.stringify(record.body.value) : undefined,
      });
      if (!response.ok && !(record.method === 'DELETE' && response.status === 404)) {
        // Throwing asks the browser to try this sync again later (with its own back-off).
        if (response.status === 429 || response.status >= 500) throw new Error('try later');
        return;
      }
      await db.delete('outbox', record.seq);
    }
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

import { openDB } from 'idb';
import { browserDeps } from '../device/call-api';
import { DB_NAME, type HiuDb, type HiuSchema } from '../device/db-schema';
import { applyShareState, sendOne } from '../device/send-one';

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

function tokenOf(link: unknown): string | null {
  if (typeof link !== 'object' || link === null) return null;
  if ('unlinked' in link && link.unlinked) return null;
  return 'token' in link && typeof link.token === 'string' ? link.token : null;
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

/**
 * Send what waits in the outbox while no page of the app is open, one `sendOne` at a time, as
 * the page does: tries counted, refusals marked, the state of shares kept. Plain bodies only:
 * words sealed by the app lock wait for the app to be unlocked, and a sent message waits for
 * the app's next sync (it must be sealed like the journal). Stops at the first problem.
 */
async function flushWithoutPage(): Promise<void> {
  const db = await openExisting();
  if (!db) return;
  try {
    const token = tokenOf(await db.get('meta', 'device-link'));
    if (!token) return;
    const deps = browserDeps();
    for (const record of await db.getAll('outbox')) {
      const seq = record.seq;
      if (seq === undefined || record.failed) continue;
      if (record.notBefore > deps.now().getTime() || record.body?.sealed) return;
      const json = record.body ? record.body.value : undefined;
      const step = await sendOne(db, { ...record, seq }, json, token, deps, (r, answer) =>
        applyShareState(db, r, answer),
      );
      // Throwing asks the browser to try this sync again later (with its own back-off).
      if (step.kind === 'offline' || step.kind === 'waiting') throw new Error('try later');
      if (step.kind === 'unlinked') return;
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

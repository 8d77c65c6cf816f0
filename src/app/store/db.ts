import { openDB, type IDBPObjectStore, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, type HiuDb, type HiuSchema } from '../../device/db-schema';
import { upgradeOutboxRecord } from '../../device/outbox-upgrade';

export * from '../../device/db-schema';

/** A store as the upgrade transaction sees it. */
type UpgradeStore<Name extends StoreNames<HiuSchema>> = IDBPObjectStore<
  HiuSchema,
  ArrayLike<StoreNames<HiuSchema>>,
  Name,
  'versionchange'
>;

/**
 * v6: outbox records named a method and a path; now an endpoint and its parameters (see
 * src/device/outbox-upgrade.ts). Order, ids, bodies and tries are kept.
 */
async function nameOutboxEndpoints(store: UpgradeStore<'outbox'>): Promise<void> {
  let cursor = await store.openCursor();
  while (cursor) {
    await cursor.update(upgradeOutboxRecord(cursor.value, new Date()));
    cursor = await cursor.continue();
  }
}

/**
 * v7: each unfinished entry gets its own draft. The one-slot drafts of a new entry
 * ('new-feeling', 'new-everyday') move to a fresh entry id, and an edit's ('edit-<id>') to the
 * id of the entry it changes. Nothing is decoded (there is no key during an upgrade): a sealed
 * body keeps the slot it was sealed under in `sealedAs`. Words are moved, never dropped.
 */
async function keyDraftsByEntry(store: UpgradeStore<'drafts'>): Promise<void> {
  for (const slot of await store.getAllKeys()) {
    const id =
      slot === 'new-feeling' || slot === 'new-everyday'
        ? crypto.randomUUID()
        : slot.startsWith('edit-')
          ? slot.slice('edit-'.length)
          : null;
    if (id === null) continue;
    const record = await store.get(slot);
    if (!record || (await store.getKey(id)) !== undefined) continue;
    await store.put({ ...record, id, sealedAs: record.sealedAs ?? slot });
    await store.delete(slot);
  }
}

/** Open (and if needed upgrade) the database. Tests pass an older `version` to build old shapes. */
export async function openHiuDb(
  options: { name?: string; version?: number; onBlocking?: () => void } = {},
): Promise<HiuDb> {
  const { name = DB_NAME, version = DB_VERSION, onBlocking } = options;
  const db: HiuDb = await openDB<HiuSchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, transaction) {
      // Each step runs once, in order. `reaches` lets tests build an older shape on purpose.
      const reaches = (step: number) => oldVersion < step && (newVersion ?? DB_VERSION) >= step;
      if (reaches(1)) {
        const entries = db.createObjectStore('entries', { keyPath: 'id' });
        entries.createIndex('by-created', 'createdAt');
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('meta');
      }
      if (reaches(2)) {
        db.createObjectStore('plan', { keyPath: 'id' });
        db.createObjectStore('keys', { keyPath: 'id' });
        db.createObjectStore('aside', { keyPath: 'seq', autoIncrement: true });
      }
      if (reaches(3)) {
        const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
        outbox.createIndex('by-id', 'id', { unique: true });
        const messages = db.createObjectStore('messages', { keyPath: 'id' });
        messages.createIndex('by-sent', 'sentAt');
        db.createObjectStore('shares', { keyPath: 'id' });
      }
      if (reaches(4)) {
        const checkins = db.createObjectStore('checkins', { keyPath: 'id' });
        checkins.createIndex('by-at', 'at');
      }
      if (reaches(5)) {
        // Empty: the first search builds the index from the entries (search-index.ts).
        db.createObjectStore('search', { autoIncrement: true });
      }
      if (reaches(6)) await nameOutboxEndpoints(transaction.objectStore('outbox'));
      if (reaches(7)) await keyDraftsByEntry(transaction.objectStore('drafts'));
      if (reaches(8)) {
        const hope = db.createObjectStore('hope', { keyPath: 'id' });
        hope.createIndex('by-created', 'createdAt');
      }
      if (reaches(9)) db.createObjectStore('sent-photos', { keyPath: 'id' });
    },
    blocking() {
      // A newer version of the app opened in another tab: step aside so its upgrade can run.
      db.close();
      onBlocking?.();
    },
  });
  return db;
}

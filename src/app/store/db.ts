import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, type HiuDb, type HiuSchema } from '../../device/db-schema';
import { upgradeOutboxRecord } from '../../device/outbox-upgrade';

export * from '../../device/db-schema';

/** Open (and if needed upgrade) the database. Tests pass an older `version` to build old shapes. */
export async function openHiuDb(
  options: { name?: string; version?: number; onBlocking?: () => void } = {},
): Promise<HiuDb> {
  const { name = DB_NAME, version = DB_VERSION, onBlocking } = options;
  const db: HiuDb = await openDB<HiuSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, transaction) {
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
      if (reaches(6)) {
        // Outbox records named a method and a path; now an endpoint and its parameters.
        void transaction
          .objectStore('outbox')
          .openCursor()
          .then(async function step(cursor): Promise<void> {
            if (!cursor) return;
            await cursor.update(upgradeOutboxRecord(cursor.value, new Date()));
            await cursor.continue().then(step);
          });
      }
    },
    blocking() {
      // A newer version of the app opened in another tab: step aside so its upgrade can run.
      db.close();
      onBlocking?.();
    },
  });
  return db;
}

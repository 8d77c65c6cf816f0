import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type StoreNames,
} from 'idb';
import type { Body } from './body';

/**
 * The phone's one IndexedDB database. Every schema change is a new step on the ladder in
 * `upgrade`, and a step never drops a store that holds the person's words.
 */
export const DB_NAME = 'hiu-companion';
/**
 * v1: entries, drafts, meta. v2: plan, keys, aside. v3: outbox, messages, shares. v4: checkins.
 * v5: search (the journal's search index). v6: drafts keyed by the id of their entry.
 */
export const DB_VERSION = 6;

/** A journal entry on disk. Only id, createdAt and kind are readable without the key. */
export interface EntryRecord {
  id: string;
  createdAt: string;
  kind: string;
  body: Body;
}

/**
 * Unsaved words. `id` is the id of the journal entry the draft becomes (or changes), so each
 * unfinished entry has its own draft; or a box's slot (`box:message`, `box:plan`).
 */
export interface DraftRecord {
  id: string;
  updatedAt: string;
  /**
   * The key a sealed body is bound to, when it is not `id`: the v6 step moved the old
   * single-slot drafts ('new-feeling', 'edit-<id>') to their own key without the data key, so
   * their sealed words still name the old slot. The next save seals them under `id`.
   */
  sealedAs?: string;
  body: Body;
}

/** 'own': the plan the person writes on the phone. 'synced': the caseworker's copy. */
export interface PlanRecord {
  id: 'own' | 'synced';
  updatedAt: string;
  body: Body;
}

/** The data key, wrapped under the PIN or passphrase (see src/app/lock). */
export interface KeyRecord {
  id: 'data-key';
  kind: 'pin' | 'passphrase';
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  wrapped: ArrayBuffer;
  createdAt: string;
}

/** A record that could not be read back (bad shape or failed decryption), kept, never deleted. */
export interface AsideRecord {
  seq?: number;
  from: 'entries' | 'drafts' | 'plan' | 'messages' | 'checkins';
  key: string;
  reason: string;
  keptAt: string;
  record: unknown;
}

/** What an outbox send is for; the screens show its state from this. */
export type OutboxKind =
  | 'message'
  | 'share'
  | 'withdraw'
  | 'push-on'
  | 'push-off'
  /** "I have seen Sam's messages": the read receipt the caseworker sees. */
  | 'read'
  /** Issue 5: a milestone ticked (or unticked); `subject` is the milestone id. */
  | 'tick'
  /** A contact the person logged ("I called Sam"), and taking one back; `subject`: its id. */
  | 'contact'
  | 'contact-undo'
  /** A wellbeing check-in the person chose to send; `subject`: its id. */
  | 'check-in'
  /** Urgent care from a journal entry (no words), or taking it back; `subject`: the entry id. */
  | 'urgent-care'
  | 'urgent-care-off';

/**
 * One send waiting for the server: a whole HTTP request, so the service worker can send it
 * too (Background Sync). `id` is made on the phone and is what makes a retry safe: the server
 * is idempotent on it (a message's id, or the entry id in the path of a share).
 */
export interface OutboxRecord {
  /** Order of sending (auto-increment): a message never overtakes an earlier one. */
  seq?: number;
  id: string;
  kind: OutboxKind;
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** The JSON body: sealed like the journal when it holds the person's words and a lock is set. */
  body: Body | null;
  /** Whether `body` holds the person's words (re-encoded when a lock is set or removed). */
  words: boolean;
  /** The journal entry a share or withdraw is about, so its screen can show the state. */
  subject: string | null;
  queuedAt: string;
  /** Tries so far. A share tried at least once may have reached the server. */
  attempts: number;
  /** Not before this time (ms): after a 429 or a server error. */
  notBefore: number;
  /** The server said no for good (not a network problem): waits for the person to decide. */
  failed: { status: number; error: string; at: string } | null;
}

/** A message in the thread, as the server has it. Only the id and time are readable locked. */
export interface MessageRecord {
  id: string;
  sentAt: string;
  body: Body;
}

/** A wellbeing check-in kept on the phone. Only the id and time are readable without the key. */
export interface CheckInRecord {
  id: string;
  at: string;
  body: Body;
}

/**
 * The journal's search index (store/search-index.ts): words derived from the entries, never the
 * only copy. Key `'base'`: every entry's searchable words in one body (sealed as one blob when a
 * lock is set). Number keys (auto): one change each since the base, oldest first; `body` null for
 * a deleted entry. Entry ids and times are plain here as they are in `entries`.
 */
export type SearchRecord =
  | { kind: 'base'; version: number; body: Body }
  | { kind: 'delta'; entry: string; createdAt: string; body: Body | null };

/** The server's state of one shared entry (id = the journal entry's id). No words in it. */
export interface ShareRecord {
  id: string;
  sharedAt: string;
  readAt: string | null;
}

export interface HiuSchema extends DBSchema {
  entries: { key: string; value: EntryRecord; indexes: { 'by-created': string } };
  drafts: { key: string; value: DraftRecord };
  meta: { key: string; value: unknown };
  plan: { key: 'own' | 'synced'; value: PlanRecord };
  keys: { key: 'data-key'; value: KeyRecord };
  aside: { key: number; value: AsideRecord };
  outbox: { key: number; value: OutboxRecord; indexes: { 'by-id': string } };
  messages: { key: string; value: MessageRecord; indexes: { 'by-sent': string } };
  shares: { key: string; value: ShareRecord };
  checkins: { key: string; value: CheckInRecord; indexes: { 'by-at': string } };
  search: { key: number | 'base'; value: SearchRecord };
}

export type HiuDb = IDBPDatabase<HiuSchema>;

type UpgradeDrafts = IDBPObjectStore<
  HiuSchema,
  ArrayLike<StoreNames<HiuSchema>>,
  'drafts',
  'versionchange'
>;

/**
 * v6: each unfinished entry gets its own draft. The one-slot drafts of a new entry
 * ('new-feeling', 'new-everyday') move to a fresh entry id, and an edit's ('edit-<id>') to the
 * id of the entry it changes. Nothing is decoded (there is no key during an upgrade): a sealed
 * body keeps the slot it was sealed under in `sealedAs`. Words are moved, never dropped.
 */
async function keyDraftsByEntry(store: UpgradeDrafts): Promise<void> {
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
      if (reaches(6)) await keyDraftsByEntry(transaction.objectStore('drafts'));
    },
    blocking() {
      // A newer version of the app opened in another tab: step aside so its upgrade can run.
      db.close();
      onBlocking?.();
    },
  });
  return db;
}

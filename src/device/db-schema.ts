import type { DBSchema, IDBPDatabase } from 'idb';
import type { DeviceWriteName } from '#shared/endpoints/device-writes';

/** Words encrypted by the app lock (AES-GCM; see src/app/store/seal.ts). */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

/** What a record keeps of the person's words: the plain value, or the value encrypted. */
export type Body = { sealed: false; value: unknown } | ({ sealed: true } & Sealed);

/**
 * The phone's one IndexedDB database. Every schema change is a new step on the ladder in
 * `upgrade`, and a step never drops a store that holds the person's words.
 */
export const DB_NAME = 'hiu-companion';
/**
 * v1: entries, drafts, meta. v2: plan, keys, aside. v3: outbox, messages, shares. v4: checkins.
 * v5: search (the journal's search index). v6: outbox records name their endpoint.
 * v7: drafts keyed by the id of their entry. v8: hope (the hope box). v9: sent-photos (the
 * person's own copy of each photo they sent).
 */
export const DB_VERSION = 9;

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
   * The key a sealed body is bound to, when it is not `id`: the v7 step moved the old
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
  from: 'entries' | 'drafts' | 'plan' | 'messages' | 'checkins' | 'hope' | 'sent-photos';
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
  /** A milestone ticked (or unticked); `subject` is the milestone id. */
  | 'tick'
  /** A contact the person logged ("I called Sam"), and taking one back; `subject`: its id. */
  | 'contact'
  | 'contact-undo'
  /** Support used instead ("I went to the drop-in"), and taking it back; `subject`: its id. */
  | 'support'
  | 'support-undo'
  /** A wellbeing check-in the person chose to send; `subject`: its id. */
  | 'check-in'
  /** Urgent care from a journal entry (no words), or taking it back; `subject`: the entry id. */
  | 'urgent-care'
  | 'urgent-care-off';

/**
 * One send waiting for the server: an endpoint, its parameters and its body, so the service
 * worker can send it too (Background Sync), and a record queued by an older version of the app
 * is still understood after an update. `id` is made on the phone and is what makes a retry safe: the server
 * is idempotent on it (a message's id, or the entry id in the path of a share).
 */
export interface OutboxRecord {
  /** Order of sending (auto-increment): a message never overtakes an earlier one. */
  seq?: number;
  id: string;
  kind: OutboxKind;
  /**
   * The endpoint it is for, by name in the table (`device.sendMessage`, see `DEVICE_WRITES`).
   * A string, not `DeviceWriteName`: a record written by another version of the app may name
   * one this version does not have; it is then refused with a note, never sent blind.
   */
  endpoint: DeviceWriteName | (string & {});
  /** The endpoint's path parameters (`{ entryId }`). */
  params: Record<string, string>;
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

/** A hope box item (a photo, a few words, or both). Only id and time are readable locked. */
export interface HopeRecord {
  id: string;
  createdAt: string;
  body: Body;
}

/**
 * The person's own copy of a photo they sent their caseworker (`id`: the message's id), so the
 * thread still shows it once sent: the server keeps the photo but the phone cannot fetch it.
 */
export interface SentPhotoRecord {
  id: string;
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
 * a deleted entry. Entry ids and times are plain here as they are in `entries`. `locale`: the
 * language the base's words were written in (the offered feelings and choices are words on the
 * screen); absent on bases made before languages, which were English.
 */
export type SearchRecord =
  | { kind: 'base'; version: number; body: Body; locale?: string }
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
  hope: { key: string; value: HopeRecord; indexes: { 'by-created': string } };
  'sent-photos': { key: string; value: SentPhotoRecord };
}

export type HiuDb = IDBPDatabase<HiuSchema>;

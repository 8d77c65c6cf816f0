import { signal, type Signal } from '@preact/signals';
import type { OutboxRecord } from '../store/db';
import type { SyncDeps } from '../../device/call-api';

/*
 * The connection to the support team as signals (made by `createAppState`). Kept free of zod
 * and IndexedDB code so it costs almost nothing in the first load; `./start` fills it in.
 */

/** 'loading' until read from the phone; 'none' never paired; 'unlinked' the team ended it. */
export type LinkStatus = 'loading' | 'none' | 'linked' | 'unlinked';

/** One message in the thread: from the server, or still waiting in the outbox. */
export interface ThreadItem {
  id: string;
  from: 'person' | 'caseworker';
  body: string;
  /** When it was sent (or queued, while it waits). */
  at: string;
  /** Still in the outbox on this phone. */
  pending: boolean;
  /** The server refused it for good (rare: the person can remove it). */
  failed: boolean;
  heldUntil: string | null;
  readAt: string | null;
  /** Who on the team wrote it (first name), when the server said. */
  fromName?: string | undefined;
  /**
   * A photo message: `url` shows it, from the outbox while it waits and from the phone's own
   * copy once sent (store/sent-photos.ts). `url` null: the phone has no copy (the caseworker's
   * photos, and the person's from before copies were kept).
   */
  photo: { url: string | null } | null;
}

/** What a journal entry's screen shows about sharing it. */
export type ShareState = 'waiting' | 'sent' | 'read' | 'stopping' | 'failed';
export interface ShareView {
  state: ShareState;
  /** Why the server refused it, when `state` is 'failed' (e.g. `id_taken`). */
  error?: string;
  sharedAt: string | null;
  readAt: string | null;
}

/** Sends the outbox and pulls what is new, one run at a time (made by sync/engine.ts). */
export interface SyncEngine {
  /** Send what is waiting, then fetch what is new. Safe to call often: runs never overlap. */
  run(): Promise<void>;
  /** Read the phone's copy into the signals again (after a screen changed it). */
  refresh(): Promise<void>;
  readonly deps: SyncDeps;
}

export interface SyncState {
  link: Signal<LinkStatus>;
  /** The last time the phone heard from the server (ISO), for "Last updated ...". */
  lastSyncedAt: Signal<string | null>;
  syncing: Signal<boolean>;
  /** The thread, oldest first; null while it cannot be read (locked, or not loaded yet). */
  thread: Signal<ThreadItem[] | null>;
  /** Sharing state by journal entry id (entries not in here are not shared). */
  shares: Signal<Record<string, ShareView>>;
  /** The server's VAPID key for push subscriptions; null until the first sync. */
  vapidKey: Signal<string | null>;
  /** The caseworker's photo kept on the phone, as a `data:` URL, or null. */
  photoUrl: Signal<string | null>;
  /** Words being written in Messages: kept while the person looks at Help now. Memory only. */
  messageDraft: Signal<string>;
  /** Whether push notifications are on for this phone (a subscription was sent). */
  pushOn: Signal<boolean>;
  /** When the person last looked at Messages (ISO), for "1 new message". */
  messagesSeenAt: Signal<string | null>;
  /** A short note for the home screen after an action that changed it ("... removed"). */
  notice: Signal<string | null>;
  /** What still waits in the outbox (ticks and logged contacts show at once from it). */
  outbox: Signal<readonly OutboxRecord[]>;
  /** Why the last sync did not finish, if it did not (cleared by the next one that does). */
  problem: Signal<SyncProblem | null>;
  /** The last "I called ..." tap in this visit, so "Undo" survives moving between screens. */
  lastContactTap: Signal<string | null>;
  /** This state's sync engine, once sync/engine.ts has made it (not in the first load). */
  engine: SyncEngine | null;
  /**
   * Runs changes to what is sent about check-ins and urgent care one at a time, in the order
   * asked: each depends on the person's choices and on what was sent before.
   */
  inTurn<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * A sync that went wrong, kept calm: when, and what kind, never the error's own words (they
 * could quote a message). `storage`: the phone's storage failed; `answer`: an answer came that
 * is not the server's (a Wi-Fi sign-in page, a broken proxy); `server`: the server was busy or
 * said no; `unexpected`: anything else.
 */
export interface SyncProblem {
  at: string;
  kind: 'storage' | 'answer' | 'server' | 'unexpected';
}

const STORAGE_ERRORS = new Set([
  'QuotaExceededError',
  'InvalidStateError',
  'TransactionInactiveError',
  'ReadOnlyError',
  'AbortError',
  'UnknownError',
  'DataError',
  'DataCloneError',
  'ConstraintError',
  'NotFoundError',
  'VersionError',
  'OperationError',
]);

/** The kind of a thrown error, by its name only. */
export function problemKind(error: unknown): SyncProblem['kind'] {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (STORAGE_ERRORS.has(name)) return 'storage';
  if (name === 'SyntaxError' || name === 'ZodError') return 'answer';
  return 'unexpected';
}

export function createSyncState(): SyncState {
  let turn: Promise<unknown> = Promise.resolve();
  return {
    link: signal('loading'),
    lastSyncedAt: signal(null),
    syncing: signal(false),
    thread: signal(null),
    shares: signal({}),
    vapidKey: signal(null),
    photoUrl: signal(null),
    messageDraft: signal(''),
    pushOn: signal(false),
    messagesSeenAt: signal(null),
    notice: signal(null),
    outbox: signal([]),
    problem: signal(null),
    lastContactTap: signal(null),
    engine: null,
    inTurn<T>(work: () => Promise<T>): Promise<T> {
      const next = turn.then(work, work);
      turn = next.catch(() => undefined);
      return next;
    },
  };
}

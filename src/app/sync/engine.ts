import { effect } from '@preact/signals';
import { z } from 'zod';
import type { Message } from '#shared/schemas/message';
import { SendMessageRequest } from '#shared/schemas/connect';
import { SendPhotoRequest } from '#shared/schemas/photo-message';
import type { AppState } from '../state';
import { LockedError } from '../store/body';
import {
  listShares,
  readLink,
  readPhoto,
  readSyncMeta,
  writeLink,
  type DeviceLink,
} from '../store/connection';
import { listMessages } from '../store/messages';
import { readSentPhotos } from '../store/sent-photos';
import { readMeta } from '../store/meta';
import { dataUrlOf, toBase64 } from '../store/base64';
import { listOutbox, outboxJson } from '../store/outbox';
import { browserDeps, type SyncDeps } from '../../device/call-api';
import { flushOutbox } from './flush';
import { pullSync } from './pull';
import { problemKind, type SyncEngine, type SyncProblem } from '../state/sync';
import { shareViews, threadItems, type PendingMessage } from './views';

export const SEEN_META_KEY = 'messages-seen-at';
const SeenAt = z.string().max(40).nullable();

/** A kept photo as a `data:` URL. */
export function dataUrl(type: string, bytes: ArrayBuffer): string {
  return dataUrlOf(type, toBase64(new Uint8Array(bytes)));
}

/** The engine for this app state (made on first use; tests pass their own `deps`). */
export function engineFor(state: AppState, deps?: SyncDeps): SyncEngine {
  return (state.sync.engine ??= createSyncEngine(state, deps ?? browserDeps()));
}

async function pendingMessages(state: AppState, records: Awaited<ReturnType<typeof listOutbox>>) {
  const pending: PendingMessage[] = [];
  for (const record of records) {
    if (record.kind !== 'message') continue;
    const read = await outboxJson(state.lock, record);
    const text = SendMessageRequest.safeParse(read?.json);
    if (text.success) pending.push({ record, id: text.data.id, body: text.data.body });
    const photo = SendPhotoRequest.safeParse(read?.json);
    if (photo.success) {
      const { id, body, photo: p } = photo.data;
      pending.push({ record, id, body, photoUrl: dataUrlOf(p.type, p.data) });
    }
  }
  return pending;
}

function createSyncEngine(state: AppState, deps: SyncDeps): SyncEngine {
  const { sync } = state;
  let running: Promise<void> | null = null;
  let again = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let photoFor: string | null = null;
  /** Sent photos already opened, as `data:` URLs (forgotten when the app locks). */
  const sentUrls = new Map<string, string>();
  effect(() => {
    if (state.lock.status.value === 'locked') sentUrls.clear();
  });

  /** The phone's copies of the photos the person sent, for the thread. */
  async function sentPhotoUrls(messages: readonly Message[]): Promise<Map<string, string>> {
    const mine = messages.filter((m) => m.photo && m.from === 'person').map((m) => m.id);
    const missing = mine.filter((id) => !sentUrls.has(id));
    for (const [id, p] of await readSentPhotos(state.lock, missing)) {
      sentUrls.set(id, dataUrlOf(p.type, p.data));
    }
    return sentUrls;
  }

  async function refresh() {
    const db = await state.lock.db();
    const link = await readLink(db);
    sync.link.value = !link ? 'none' : link.unlinked ? 'unlinked' : 'linked';
    const meta = await readSyncMeta(db);
    sync.lastSyncedAt.value = meta.lastSyncedAt;
    sync.vapidKey.value = meta.vapidPublicKey;
    sync.messagesSeenAt.value = await readMeta(db, SEEN_META_KEY, SeenAt, null);
    const outbox = await listOutbox(db);
    sync.outbox.value = outbox;
    sync.shares.value = shareViews(await listShares(db), outbox);
    try {
      if (state.lock.codec().mode === 'locked') throw new LockedError();
      const messages = await listMessages(state.lock);
      const pending = await pendingMessages(state, outbox);
      sync.thread.value = threadItems(messages, pending, await sentPhotoUrls(messages));
    } catch (error) {
      if (!(error instanceof LockedError)) throw error;
      sync.thread.value = null;
      sentUrls.clear();
    }
    const photo = await readPhoto(db);
    if ((photo?.url ?? null) !== photoFor) {
      // A data: URL, not blob: (the app's CSP allows `img-src 'self' data:`).
      sync.photoUrl.value = photo ? dataUrl(photo.type, photo.bytes) : null;
      photoFor = photo?.url ?? null;
    }
  }

  async function unlink(link: DeviceLink, reason: 'device_revoked' | 'device_unknown') {
    // Nothing is deleted: the person decides that on the unlinked screen.
    const db = await state.lock.db();
    await writeLink(db, { ...link, unlinked: { at: deps.now().toISOString(), reason } });
  }

  function retryAt(at: number) {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void run(), Math.max(1000, at - deps.now().getTime()));
  }

  /** What went wrong in this run, if anything did without throwing. */
  let problem: SyncProblem['kind'] | null = null;

  async function once() {
    problem = null;
    const db = await state.lock.db();
    const link = await readLink(db);
    if (link && !link.unlinked) {
      sync.syncing.value = true;
      try {
        const flushed = await flushOutbox(state.lock, link.token, deps);
        if (flushed.kind === 'unlinked') await unlink(link, flushed.reason);
        else if (flushed.kind !== 'offline') {
          const pulled = await pullSync(state.lock, link, deps);
          if (pulled.kind === 'unlinked') await unlink(link, pulled.reason);
          else if (pulled.kind === 'done') state.profile.value = pulled.profile;
          else if (pulled.kind === 'failed') problem = pulled.why;
        }
        if (flushed.kind === 'waiting') retryAt(flushed.retryAt);
      } finally {
        sync.syncing.value = false;
      }
    }
    await refresh();
  }

  function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await once();
          sync.problem.value = problem ? { at: deps.now().toISOString(), kind: problem } : null;
        } catch (error) {
          // A broken answer or a storage hiccup must never break the screens; try next time.
          // What kind it was is kept where the "not sent yet" view and the tests can see it.
          sync.problem.value = { at: deps.now().toISOString(), kind: problemKind(error) };
        }
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return { run, refresh, deps };
}

import type { Message } from '#shared/schemas/message';
import type { OutboxRecord, ShareRecord } from '../store/db';
import type { ShareView, ThreadItem } from '../state/sync';

/**
 * What each entry's screen shows about sharing: the server's state, overlaid by what is still
 * waiting in the outbox (the newest send about an entry wins).
 */
export function shareViews(
  shares: readonly ShareRecord[],
  outbox: readonly OutboxRecord[],
): Record<string, ShareView> {
  const views: Record<string, ShareView> = {};
  for (const share of shares) {
    views[share.id] = {
      state: share.readAt ? 'read' : 'sent',
      sharedAt: share.sharedAt,
      readAt: share.readAt,
    };
  }
  for (const record of outbox) {
    if (!record.subject) continue;
    const before = views[record.subject];
    if (record.kind === 'share') {
      views[record.subject] = {
        state: record.failed ? 'failed' : 'waiting',
        ...(record.failed ? { error: record.failed.error } : {}),
        sharedAt: before?.sharedAt ?? null,
        readAt: null,
      };
    } else if (record.kind === 'withdraw') {
      views[record.subject] = {
        state: 'stopping',
        sharedAt: before?.sharedAt ?? null,
        readAt: before?.readAt ?? null,
      };
    }
  }
  return views;
}

/** A message still in the outbox, with its words read back. */
export interface PendingMessage {
  record: OutboxRecord;
  id: string;
  body: string;
  /** A photo waiting to send, as a `data:` URL to show. */
  photoUrl?: string;
}

/**
 * The thread: the server's messages and the ones still waiting here, in time order.
 * `sentPhotos`: the phone's own copies of photos it sent, as `data:` URLs by message id.
 */
export function threadItems(
  messages: readonly Message[],
  pending: readonly PendingMessage[],
  sentPhotos: ReadonlyMap<string, string> = new Map(),
): ThreadItem[] {
  const items: ThreadItem[] = messages.map((m) => ({
    id: m.id,
    from: m.from,
    body: m.body,
    at: m.sentAt,
    pending: false,
    failed: false,
    heldUntil: m.heldUntil,
    readAt: m.readAt,
    ...(m.fromName ? { fromName: m.fromName } : {}),
    photo: m.photo ? { url: sentPhotos.get(m.id) ?? null } : null,
  }));
  const known = new Set(items.map((i) => i.id));
  for (const p of pending) {
    if (known.has(p.id)) continue;
    items.push({
      id: p.id,
      from: 'person',
      body: p.body,
      at: p.record.queuedAt,
      pending: true,
      failed: p.record.failed !== null,
      heldUntil: null,
      readAt: null,
      photo: p.photoUrl ? { url: p.photoUrl } : null,
    });
  }
  return items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** How many of the caseworker's messages arrived after `seenAt`. */
export function unseenCount(thread: readonly ThreadItem[] | null, seenAt: string | null): number {
  if (!thread) return 0;
  const since = seenAt ? Date.parse(seenAt) : 0;
  return thread.filter((m) => m.from === 'caseworker' && Date.parse(m.at) > since).length;
}

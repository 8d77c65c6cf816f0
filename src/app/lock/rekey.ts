import { contextOf, type Body, type Codec } from '../store/body';
import { draftContext } from '../store/draft-context';
import { PROFILE_META_KEY, recodeProfileRecord } from '../store/profile';
import type {
  CheckInRecord,
  DraftRecord,
  EntryRecord,
  HiuDb,
  HopeRecord,
  KeyRecord,
  MessageRecord,
  OutboxRecord,
  PlanRecord,
  SentPhotoRecord,
} from '../store/db';

type Store =
  'entries' | 'drafts' | 'plan' | 'messages' | 'outbox' | 'checkins' | 'hope' | 'sent-photos';
const STORES: Store[] = [
  'entries',
  'drafts',
  'plan',
  'messages',
  'outbox',
  'checkins',
  'hope',
  'sent-photos',
];

type Item =
  | { store: 'entries'; record: EntryRecord }
  | { store: 'drafts'; record: DraftRecord }
  | { store: 'plan'; record: PlanRecord }
  | { store: 'messages'; record: MessageRecord }
  | { store: 'checkins'; record: CheckInRecord }
  | { store: 'hope'; record: HopeRecord }
  | { store: 'sent-photos'; record: SentPhotoRecord }
  | { store: 'outbox'; record: OutboxRecord & { body: Body } };

function withBody(item: Item, body: Body): Item {
  switch (item.store) {
    case 'entries':
      return { store: item.store, record: { ...item.record, body } };
    case 'drafts': {
      // Sealed again under its own id, so the v7 step's old slot name is no longer needed.
      const { sealedAs: _old, ...record } = item.record;
      return { store: item.store, record: { ...record, body } };
    }
    case 'plan':
      return { store: item.store, record: { ...item.record, body } };
    case 'messages':
      return { store: item.store, record: { ...item.record, body } };
    case 'checkins':
      return { store: item.store, record: { ...item.record, body } };
    case 'hope':
      return { store: item.store, record: { ...item.record, body } };
    case 'sent-photos':
      return { store: item.store, record: { ...item.record, body } };
    case 'outbox':
      return { store: item.store, record: { ...item.record, body } };
  }
}

/** Only outbox sends that carry the person's words are sealed (a push subscription is not). */
function outboxWords(record: OutboxRecord): record is OutboxRecord & { body: Body } {
  return record.words && record.body !== null;
}

/** The stored profile record is still the one read before encoding (compared by its time). */
function sameRecord(now: unknown, before: unknown): boolean {
  const at = (raw: unknown) =>
    raw && typeof raw === 'object'
      ? ((raw as { syncedAt?: unknown; helpNow?: { syncedAt?: unknown } }).helpNow?.syncedAt ??
        (raw as { syncedAt?: unknown }).syncedAt)
      : undefined;
  return now !== undefined && at(now) === at(before);
}

/**
 * Re-encode every record's words from one codec to another (plain to sealed when a lock is
 * set, sealed to plain when it is removed) and store or delete the key record in the same
 * transaction, so a crash half way leaves either the old state or the new one.
 * Decryption and encryption happen between the read and the write: never inside a transaction.
 */
export async function rekeyEverything(
  db: HiuDb,
  from: Codec,
  to: Codec,
  key: { put: KeyRecord } | { remove: true },
): Promise<void> {
  const read = db.transaction(STORES, 'readonly');
  const [entries, drafts, plans, messages, outbox, checkins, hope, sentPhotos] = await Promise.all([
    read.objectStore('entries').getAll(),
    read.objectStore('drafts').getAll(),
    read.objectStore('plan').getAll(),
    read.objectStore('messages').getAll(),
    read.objectStore('outbox').getAll(),
    read.objectStore('checkins').getAll(),
    read.objectStore('hope').getAll(),
    read.objectStore('sent-photos').getAll(),
  ]);
  await read.done;
  // The synced profile (who the person is, their caseworker, goals, contact log) is in `meta`.
  const profileRaw = await db.get('meta', PROFILE_META_KEY);

  const items: Item[] = [
    ...entries.map((record) => ({ store: 'entries' as const, record })),
    ...drafts.map((record) => ({ store: 'drafts' as const, record })),
    ...plans.map((record) => ({ store: 'plan' as const, record })),
    ...messages.map((record) => ({ store: 'messages' as const, record })),
    ...checkins.map((record) => ({ store: 'checkins' as const, record })),
    ...hope.map((record) => ({ store: 'hope' as const, record })),
    ...sentPhotos.map((record) => ({ store: 'sent-photos' as const, record })),
    ...outbox.filter(outboxWords).map((record) => ({ store: 'outbox' as const, record })),
  ];
  const rewritten: Item[] = [];
  for (const item of items) {
    const context = contextOf(item.store, item.record.id);
    const sealedAt = item.store === 'drafts' ? draftContext(item.record) : context;
    let value: unknown;
    try {
      value = await from.decode(item.record.body, sealedAt);
    } catch {
      // Unreadable already: leave it exactly as it is rather than lose it.
      continue;
    }
    const body = await to.encode(value, context);
    rewritten.push(withBody(item, body));
  }

  const profile = await recodeProfileRecord(profileRaw, from, to);

  const write = db.transaction([...STORES, 'keys', 'search', 'meta'], 'readwrite', {
    durability: 'strict',
  });
  // The search index is only derived from the entries: dropped here, with the old encoding,
  // and built again by the next search (store/search-index.ts).
  void write.objectStore('search').clear();
  for (const item of rewritten) {
    if (item.store === 'entries') void write.objectStore('entries').put(item.record);
    else if (item.store === 'drafts') void write.objectStore('drafts').put(item.record);
    else if (item.store === 'plan') void write.objectStore('plan').put(item.record);
    else if (item.store === 'messages') void write.objectStore('messages').put(item.record);
    else if (item.store === 'checkins') void write.objectStore('checkins').put(item.record);
    else if (item.store === 'hope') void write.objectStore('hope').put(item.record);
    else if (item.store === 'sent-photos') void write.objectStore('sent-photos').put(item.record);
  }
  // Only if it is the one we read: a sync may have written a newer one in the meantime (then
  // that one is written again by the next sync, under the new codec).
  if (profile) {
    const meta = write.objectStore('meta');
    const now = await meta.get(PROFILE_META_KEY);
    if (sameRecord(now, profileRaw)) void meta.put(profile, PROFILE_META_KEY);
  }
  if ('put' in key) void write.objectStore('keys').put(key.put);
  else void write.objectStore('keys').delete('data-key');
  // A send may have gone out while we were encrypting: never bring a sent one back.
  const outboxStore = write.objectStore('outbox');
  for (const item of rewritten) {
    if (item.store !== 'outbox' || item.record.seq === undefined) continue;
    if (await outboxStore.get(item.record.seq)) await outboxStore.put(item.record);
  }
  await write.done;
}

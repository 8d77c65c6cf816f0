import type { CallInput } from '#shared/endpoints/define';
import type { device } from '#shared/endpoints/device';
import type { DeviceWrite } from '#shared/endpoints/device-writes';
import type { Vault } from './vault';
import { contextOf, plainCodec } from './body';
import type { HiuDb, OutboxKind, OutboxRecord } from './db';

export { removeFromOutbox, updateOutbox } from '../../device/outbox-store';

/**
 * Which endpoint a send is for, with its parameters and body typed by the table's entry. Only
 * types come from the table here: the outbox keeps the name, and zod loads with the sender.
 */
export type OutboxTarget = {
  [K in DeviceWrite]: { endpoint: `device.${K}` } & Pick<InputOf<K>, 'params'> & JsonOf<InputOf<K>>;
}[DeviceWrite];

type InputOf<K extends DeviceWrite> = CallInput<(typeof device)[K]>;
/** The JSON body, where the endpoint takes one. */
type JsonOf<I> = I extends { body: infer B } ? { json: B } : { json?: undefined };

/** What a screen asks to send. The store adds the order, the time and the try count. */
export type OutboxRequest = OutboxTarget & {
  id: string;
  kind: OutboxKind;
  /** True when the body holds the person's words: then it is sealed like the journal. */
  words?: boolean;
  subject?: string | null;
};

/**
 * Put a send in the outbox, on disk (`durability: 'strict'`) before anything goes over the
 * network. The same `id` twice is one send: the second call changes nothing. `draft`: the key
 * of the draft the words came from, removed in the same transaction, so a crash never leaves
 * both the send and its words in the box (to be sent twice).
 */
export async function enqueue(
  vault: Vault,
  request: OutboxRequest,
  now = new Date(),
  options: { draft?: string } = {},
) {
  const words = request.words ?? false;
  const codec = words ? vault.codec() : plainCodec;
  // Encrypt before the transaction opens (awaiting WebCrypto inside it would end it).
  const body =
    request.json === undefined
      ? null
      : await codec.encode(request.json, contextOf('outbox', request.id));
  const db = await vault.db();
  const tx = db.transaction(['outbox', 'drafts'], 'readwrite', { durability: 'strict' });
  const outbox = tx.objectStore('outbox');
  if (options.draft !== undefined) void tx.objectStore('drafts').delete(options.draft);
  const existing = await outbox.index('by-id').getKey(request.id);
  if (existing === undefined) {
    await outbox.add({
      id: request.id,
      kind: request.kind,
      endpoint: request.endpoint,
      params: request.params ?? {},
      body,
      words,
      subject: request.subject ?? null,
      queuedAt: now.toISOString(),
      attempts: 0,
      notBefore: 0,
      failed: null,
    });
  }
  await tx.done;
}

/** Every send still waiting, oldest first. */
export async function listOutbox(db: HiuDb): Promise<OutboxRecord[]> {
  return db.getAll('outbox');
}

/**
 * Take every waiting send that `match`es out of the outbox, in one transaction, and return them
 * as they were. Against `updateOutbox` marking a try, this is all or nothing: either the send is
 * taken before its try is counted (and is never sent), or its `attempts` shows it may have gone.
 */
export async function takeOutOfOutbox(
  db: HiuDb,
  match: (record: OutboxRecord) => boolean,
): Promise<OutboxRecord[]> {
  const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
  const taken: OutboxRecord[] = [];
  for (const record of await tx.store.getAll()) {
    if (record.seq === undefined || !match(record)) continue;
    taken.push(record);
    await tx.store.delete(record.seq);
  }
  await tx.done;
  return taken;
}

/** The words of a waiting send, or null while the app is locked. */
export async function outboxJson(
  vault: Vault,
  record: OutboxRecord,
): Promise<{ json: unknown } | null> {
  if (record.body === null) return { json: undefined };
  const codec = record.body.sealed ? vault.codec() : plainCodec;
  if (record.body.sealed && codec.mode !== 'sealed') return null;
  return { json: await codec.decode(record.body, contextOf('outbox', record.id)) };
}

import { z } from 'zod';
import { Id } from '#shared/schemas/common';
import type { Vault } from './vault';
import { keepAside } from './aside';
import { contextOf, LockedError } from './body';
import type { SentPhotoRecord } from './db';

/*
 * The person's own copy of each photo they send their caseworker, kept by the message's id. The
 * server keeps the photo for the console, but the phone has no route to fetch it back, so
 * without this copy the thread could only say "You sent a photo." Sealed by the lock like the
 * message's words, re-keyed with everything else, and removed with the thread.
 */

export const SentPhoto = z.object({
  id: Id,
  photo: z.object({ type: z.literal('image/jpeg'), data: z.base64() }),
});
export type SentPhoto = z.infer<typeof SentPhoto>;

/** Keep the copy of a photo about to be sent (`durability: 'strict'`), sealed when locked. */
export async function keepSentPhoto(vault: Vault, sent: SentPhoto): Promise<void> {
  const valid = SentPhoto.parse(sent);
  const db = await vault.db();
  // Encrypt before the transaction opens (awaiting WebCrypto inside it would end it).
  const body = await vault.codec().encode(valid, contextOf('sent-photos', valid.id));
  const tx = db.transaction('sent-photos', 'readwrite', { durability: 'strict' });
  await tx.store.put({ id: valid.id, body } satisfies SentPhotoRecord);
  await tx.done;
}

/**
 * The kept photos of these messages, by message id. Throws `LockedError` while locked;
 * unreadable ones go aside (kept and exported, never deleted).
 */
export async function readSentPhotos(
  vault: Vault,
  ids: readonly string[],
): Promise<Map<string, SentPhoto['photo']>> {
  const found = new Map<string, SentPhoto['photo']>();
  if (ids.length === 0) return found;
  const db = await vault.db();
  const tx = db.transaction('sent-photos', 'readonly');
  const records = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  const codec = vault.codec();
  const bad: { key: string; reason: string }[] = [];
  for (const record of records) {
    if (!record) continue;
    try {
      const parsed = SentPhoto.safeParse(
        await codec.decode(record.body, contextOf('sent-photos', record.id)),
      );
      if (parsed.success && parsed.data.id === record.id) found.set(record.id, parsed.data.photo);
      else bad.push({ key: record.id, reason: 'did not match the sent photo schema' });
    } catch (error) {
      if (error instanceof LockedError) throw error;
      bad.push({ key: record.id, reason: 'could not be decrypted' });
    }
  }
  await keepAside(db, 'sent-photos', bad);
  return found;
}

/** Take a kept copy away (the person took the send back before it went). */
export async function removeSentPhoto(vault: Vault, id: string): Promise<void> {
  const db = await vault.db();
  const tx = db.transaction('sent-photos', 'readwrite', { durability: 'strict' });
  await tx.store.delete(id);
  await tx.done;
}

import { z } from 'zod';
import { Id, Instant } from '#shared/schemas/common';
import type { Vault } from './vault';
import { keepAside } from './aside';
import { contextOf, LockedError } from './body';
import type { HopeRecord } from './db';

/*
 * The hope box: photos and a few words that remind the person why things matter. It lives
 * only on this phone, sealed by the app lock like the journal; nothing in it is ever sent
 * unless the person sends one photo to their caseworker as a message.
 */

/** The most words under one item: a reminder, not a diary. */
export const HOPE_NOTE_MAX = 500;

export const HopeItem = z
  .object({
    id: Id,
    createdAt: Instant,
    note: z.string().trim().max(HOPE_NOTE_MAX),
    /** A photo made ready on the phone (smaller, no metadata), as base64. */
    photo: z.object({ type: z.literal('image/jpeg'), data: z.base64() }).nullable(),
  })
  .refine((item) => item.photo !== null || item.note.length > 0, 'A photo or a few words');
export type HopeItem = z.infer<typeof HopeItem>;

/** Keep an item on disk (`durability: 'strict'`), sealed when a lock is set. */
export async function saveHopeItem(vault: Vault, item: HopeItem): Promise<void> {
  const valid = HopeItem.parse(item);
  // The database first: it waits until the lock knows whether there is a key to seal with.
  const db = await vault.db();
  // Encrypt before the transaction opens (awaiting WebCrypto inside it would end it).
  const body = await vault.codec().encode(valid, contextOf('hope', valid.id));
  const tx = db.transaction('hope', 'readwrite', { durability: 'strict' });
  await tx.store.put({ id: valid.id, createdAt: valid.createdAt, body } satisfies HopeRecord);
  await tx.done;
}

/** Every item, newest first. Throws `LockedError` while locked; unreadable ones go aside. */
export async function listHopeItems(vault: Vault): Promise<HopeItem[]> {
  const db = await vault.db();
  const records = await db.getAllFromIndex('hope', 'by-created');
  const codec = vault.codec();
  const items: HopeItem[] = [];
  const bad: { key: string; reason: string }[] = [];
  for (const record of records.reverse()) {
    try {
      const parsed = HopeItem.safeParse(
        await codec.decode(record.body, contextOf('hope', record.id)),
      );
      if (parsed.success && parsed.data.id === record.id) items.push(parsed.data);
      else bad.push({ key: record.id, reason: 'did not match the hope box schema' });
    } catch (error) {
      if (error instanceof LockedError) throw error;
      bad.push({ key: record.id, reason: 'could not be decrypted' });
    }
  }
  await keepAside(db, 'hope', bad);
  return items;
}

export async function removeHopeItem(vault: Vault, id: string): Promise<void> {
  const db = await vault.db();
  const tx = db.transaction('hope', 'readwrite', { durability: 'strict' });
  await tx.store.delete(id);
  await tx.done;
}

import { z } from 'zod';
import { Id, Instant } from '#shared/schemas/common';
import { DeviceToken } from '#shared/schemas/device';
import type { SharedEntryState } from '#shared/schemas/connect';
import type { HiuDb, ShareRecord } from './db';
import { readMeta, writeMeta } from './meta';
import { CHOICES_META_KEY, OFFERS_META_KEY, URGENT_SENT_META_KEY } from './sending-keys';

/*
 * What the phone keeps about its link to the support team, in the `meta` store (plain, so
 * Help now, the service worker and a locked app can use it): the device token, where sync got
 * to, and the caseworker's photo. None of it is the person's own words.
 */

export const LINK_META_KEY = 'device-link';
export const SYNC_META_KEY = 'sync-state';
export const PHOTO_META_KEY = 'caseworker-photo';

/** The token from pairing. `unlinked` is set when the server says the link has ended. */
export const DeviceLink = z.object({
  token: DeviceToken,
  deviceId: Id,
  personId: Id,
  pairedAt: Instant,
  unlinked: z
    .object({ at: Instant, reason: z.enum(['device_revoked', 'device_unknown']) })
    .nullable(),
});
export type DeviceLink = z.infer<typeof DeviceLink>;

export const SyncMeta = z.object({
  cursor: z.string().max(40).nullable(),
  lastSyncedAt: Instant.nullable(),
  vapidPublicKey: z.string().max(200).nullable(),
});
export type SyncMeta = z.infer<typeof SyncMeta>;

export const NO_SYNC: SyncMeta = { cursor: null, lastSyncedAt: null, vapidPublicKey: null };

export function readLink(db: HiuDb): Promise<DeviceLink | null> {
  return readMeta(db, LINK_META_KEY, DeviceLink.nullable(), null);
}

export function writeLink(db: HiuDb, link: DeviceLink): Promise<void> {
  return writeMeta(db, LINK_META_KEY, link);
}

export function readSyncMeta(db: HiuDb): Promise<SyncMeta> {
  return readMeta(db, SYNC_META_KEY, SyncMeta, NO_SYNC);
}

export function writeSyncMeta(db: HiuDb, meta: SyncMeta): Promise<void> {
  return writeMeta(db, SYNC_META_KEY, meta);
}

/** The server's list of shared entries is the whole truth: replace ours with it. */
export async function replaceShares(db: HiuDb, shares: SharedEntryState[]): Promise<void> {
  const tx = db.transaction('shares', 'readwrite');
  await tx.store.clear();
  for (const share of shares) void tx.store.put(share);
  await tx.done;
}

export async function putShare(db: HiuDb, share: ShareRecord): Promise<void> {
  await db.put('shares', share);
}

export async function deleteShare(db: HiuDb, entryId: string): Promise<void> {
  await db.delete('shares', entryId);
}

export function listShares(db: HiuDb): Promise<ShareRecord[]> {
  return db.getAll('shares');
}

/** The caseworker's photo, kept so it shows offline (the API needs the token to serve it). */
export const CachedPhoto = z.object({
  url: z.string().max(300),
  type: z.string().max(100),
  bytes: z.instanceof(ArrayBuffer),
});
export type CachedPhoto = z.infer<typeof CachedPhoto>;

export function readPhoto(db: HiuDb): Promise<CachedPhoto | null> {
  return readMeta(db, PHOTO_META_KEY, CachedPhoto.nullable(), null);
}

export async function writePhoto(db: HiuDb, photo: CachedPhoto | null): Promise<void> {
  if (photo) await writeMeta(db, PHOTO_META_KEY, photo);
  else await db.delete('meta', PHOTO_META_KEY);
}

/**
 * Forget the link to the team and what came with it: messages, share states, unsent sends,
 * the profile and photo, and what the person chose to send (a new team is asked again, and its
 * first check-in is a "start" one). Only when the person asks (or links to someone else). The
 * journal, check-ins and both plans stay.
 */
export async function forgetConnection(db: HiuDb, profileKey: string): Promise<void> {
  const tx = db.transaction(['meta', 'messages', 'sent-photos', 'shares', 'outbox'], 'readwrite', {
    durability: 'strict',
  });
  const meta = tx.objectStore('meta');
  for (const key of [
    LINK_META_KEY,
    SYNC_META_KEY,
    PHOTO_META_KEY,
    profileKey,
    CHOICES_META_KEY,
    URGENT_SENT_META_KEY,
    OFFERS_META_KEY,
  ]) {
    void meta.delete(key);
  }
  void tx.objectStore('messages').clear();
  void tx.objectStore('sent-photos').clear();
  void tx.objectStore('shares').clear();
  void tx.objectStore('outbox').clear();
  await tx.done;
}

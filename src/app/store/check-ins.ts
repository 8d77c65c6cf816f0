import { z } from 'zod';
import { Id, Instant } from '#shared/schemas/common';
import { CheckIn, CheckInReason } from '#shared/schemas/wellbeing';
import type { Vault } from './vault';
import { keepAside } from './aside';
import { contextOf, LockedError } from './body';
import type { CheckInRecord } from './db';
import { readMeta, writeMeta } from './meta';
import { CHOICES_META_KEY, OFFERS_META_KEY, URGENT_SENT_META_KEY } from './sending-keys';

/*
 * Wellbeing check-ins live on the phone: the answers in the `checkins` store, sealed
 * by the app lock like the journal; when each check-in was offered, and what the person chose
 * to send to their caseworker, in `meta` (no answers in either).
 */

export { CHOICES_META_KEY, OFFERS_META_KEY, URGENT_SENT_META_KEY } from './sending-keys';

/** Every time a check-in was offered (done or skipped), so nobody is asked twice. */
export const CheckInOffers = z.array(z.object({ at: Instant, reason: CheckInReason })).max(1000);
export type CheckInOffers = z.infer<typeof CheckInOffers>;

/**
 * What the person chose to send to their caseworker. `checkIns: null`: not asked yet (the app
 * asks once, after the first check-in). Urgent care is off until turned on in Settings.
 */
export const SendingChoices = z.object({
  checkIns: z.boolean().nullable(),
  urgentCare: z.boolean(),
});
export type SendingChoices = z.infer<typeof SendingChoices>;
export const NOT_CHOSEN: SendingChoices = { checkIns: null, urgentCare: false };

/** Journal entries whose urgent care was sent (their ids only), so a change can take it back. */
const UrgentSent = z.array(Id).max(10_000);

export async function readOffers(vault: Vault): Promise<CheckInOffers> {
  return readMeta(await vault.db(), OFFERS_META_KEY, CheckInOffers, []);
}

export async function addOffer(vault: Vault, offer: CheckInOffers[number]): Promise<void> {
  const offers = await readOffers(vault);
  await writeMeta(await vault.db(), OFFERS_META_KEY, [...offers, offer].slice(-1000));
}

export async function readChoices(vault: Vault): Promise<SendingChoices> {
  return readMeta(await vault.db(), CHOICES_META_KEY, SendingChoices, NOT_CHOSEN);
}

export async function writeChoices(vault: Vault, choices: SendingChoices): Promise<void> {
  await writeMeta(await vault.db(), CHOICES_META_KEY, SendingChoices.parse(choices));
}

export async function readUrgentSent(vault: Vault): Promise<string[]> {
  return readMeta(await vault.db(), URGENT_SENT_META_KEY, UrgentSent, []);
}

export async function writeUrgentSent(vault: Vault, ids: readonly string[]): Promise<void> {
  await writeMeta(await vault.db(), URGENT_SENT_META_KEY, [...new Set(ids)]);
}

/** Keep a check-in on disk (`durability: 'strict'`), sealed when a lock is set. */
export async function saveCheckIn(vault: Vault, checkIn: CheckIn): Promise<void> {
  const valid = CheckIn.parse(checkIn);
  const body = await vault.codec().encode(valid, contextOf('checkins', valid.id));
  const db = await vault.db();
  const tx = db.transaction('checkins', 'readwrite', { durability: 'strict' });
  await tx.store.put({ id: valid.id, at: valid.at, body } satisfies CheckInRecord);
  await tx.done;
}

/**
 * Every check-in on the phone, oldest first. Each is checked against the schema; one that does
 * not match (or does not decrypt) is kept aside, never deleted. Throws `LockedError` if locked.
 */
export async function listCheckIns(vault: Vault): Promise<CheckIn[]> {
  const db = await vault.db();
  const records = await db.getAllFromIndex('checkins', 'by-at');
  const codec = vault.codec();
  const bad: { key: string; reason: string }[] = [];
  const found: CheckIn[] = [];
  for (const record of records) {
    let value: unknown;
    try {
      value = await codec.decode(record.body, contextOf('checkins', record.id));
    } catch (error) {
      if (error instanceof LockedError) throw error;
      bad.push({ key: record.id, reason: 'could not be decrypted' });
      continue;
    }
    const parsed = CheckIn.safeParse(value);
    if (parsed.success && parsed.data.id === record.id) found.push(parsed.data);
    else bad.push({ key: record.id, reason: 'did not match the check-in schema' });
  }
  await keepAside(db, 'checkins', bad);
  return found;
}

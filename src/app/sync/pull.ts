import type { DeviceProfile } from '#shared/schemas/api';
import { device } from '#shared/endpoints/device';
import type { Message } from '#shared/schemas/message';
import type { Vault } from '../store/vault';
import {
  readPhoto,
  readSyncMeta,
  replaceShares,
  writePhoto,
  writeSyncMeta,
  type DeviceLink,
  type SyncMeta,
} from '../store/connection';
import type { HiuDb } from '../store/db';
import { saveMessages } from '../store/messages';
import { callApi, type SyncDeps } from '../../device/call-api';
import { caseworkerPhoto } from '../store/profile-fields';
import { keepProfile } from './profile';

export type PullResult =
  | { kind: 'done'; profile: DeviceProfile; meta: SyncMeta; messages: Message[] }
  | { kind: 'offline' }
  /** The server was busy or said no (`server`), or its answer could not be read (`answer`). */
  | { kind: 'failed'; why: 'server' | 'answer' }
  | { kind: 'unlinked'; reason: 'device_revoked' | 'device_unknown' };

/** Keep the caseworker's photo on the phone when it changes, so it shows offline. */
async function refreshPhoto(db: HiuDb, token: string, url: string | null, deps: SyncDeps) {
  const cached = await readPhoto(db);
  if (cached?.url === url) return;
  if (!url) {
    await writePhoto(db, null);
    return;
  }
  try {
    const response = await deps.fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !/^image\/(jpeg|png|webp)$/.test(type)) return;
    await writePhoto(db, { url, type, bytes: await response.arrayBuffer() });
  } catch {
    // No signal: try again next sync. The pictogram shows meanwhile.
  }
}

/**
 * GET /api/device/sync: keep the profile (plan encrypted apart), new and changed messages and
 * the state of shared entries, for offline use. While locked, messages cannot be encrypted:
 * the cursor then stays put, so the next sync after unlocking fetches them again.
 */
export async function pullSync(
  vault: Vault,
  link: DeviceLink,
  deps: SyncDeps,
): Promise<PullResult> {
  const db = await vault.db();
  const before = await readSyncMeta(db);
  const outcome = await callApi(deps, {
    endpoint: device.sync,
    query: before.cursor ? { since: before.cursor } : {},
    token: link.token,
  });
  if (outcome.kind === 'unlinked') return outcome;
  if (outcome.kind === 'offline') return { kind: 'offline' };
  if (outcome.kind !== 'ok') return { kind: 'failed', why: 'server' };
  const parsed = device.sync.response.safeParse(outcome.json);
  if (!parsed.success) return { kind: 'failed', why: 'answer' };
  const data = parsed.data;

  const profile = await keepProfile(vault, data.profile);
  let cursor = before.cursor;
  if (vault.codec().mode !== 'locked') {
    await saveMessages(vault, data.messages);
    cursor = data.cursor;
  } else if (data.messages.length === 0) {
    cursor = data.cursor;
  }
  await replaceShares(db, data.sharedEntries);
  const meta: SyncMeta = {
    cursor,
    lastSyncedAt: deps.now().toISOString(),
    vapidPublicKey: data.vapidPublicKey,
  };
  await writeSyncMeta(db, meta);
  await refreshPhoto(db, link.token, caseworkerPhoto(data.profile), deps);
  return { kind: 'done', profile, meta, messages: data.messages };
}

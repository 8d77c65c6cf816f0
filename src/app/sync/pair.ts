import { device } from '#shared/endpoints/device';
import type { DeviceProfile } from '#shared/schemas/api';
import { isPairingCode, normalisePairingCode } from '#shared/schemas/pairing';
import { PROFILE_META_KEY } from '../store/profile';
import type { AppState } from '../state';
import {
  forgetConnection,
  readLink,
  readSyncMeta,
  writeLink,
  writeSyncMeta,
} from '../store/connection';
import { callApi } from '../../device/call-api';
import { engineFor } from './engine';
import { keepProfile } from './profile';

export type PairProblem =
  'format' | 'unknown' | 'used' | 'expired' | 'too-many' | 'offline' | 'server';

export type PairOutcome =
  | { kind: 'paired'; profile: DeviceProfile }
  | { kind: 'problem'; problem: PairProblem; waitMs?: number };

const PROBLEMS: Record<string, PairProblem> = {
  pairing_code_unknown: 'unknown',
  pairing_code_used: 'used',
  pairing_code_expired: 'expired',
  invalid_input: 'format',
};

/**
 * Link this phone with the code the caseworker gave (typed or scanned). On success the token
 * and profile are kept on the phone and a first sync starts. Linking to a different person
 * than before clears the old link's messages (the journal always stays).
 */
export async function pairPhone(state: AppState, typed: string): Promise<PairOutcome> {
  const code = normalisePairingCode(typed);
  if (!isPairingCode(code)) return { kind: 'problem', problem: 'format' };
  const engine = engineFor(state);
  const outcome = await callApi(engine.deps, { endpoint: device.pair, body: { code } });
  if (outcome.kind === 'offline') return { kind: 'problem', problem: 'offline' };
  if (outcome.kind === 'retry') {
    return outcome.status === 429
      ? { kind: 'problem', problem: 'too-many', waitMs: outcome.afterMs }
      : { kind: 'problem', problem: 'server' };
  }
  if (outcome.kind !== 'ok') {
    const problem = outcome.kind === 'rejected' ? PROBLEMS[outcome.error] : undefined;
    return { kind: 'problem', problem: problem ?? 'server' };
  }
  const parsed = device.pair.response.safeParse(outcome.json);
  if (!parsed.success) return { kind: 'problem', problem: 'server' };
  const { token, deviceId, profile } = parsed.data;

  const db = await state.lock.db();
  const before = await readLink(db);
  if (before && before.personId !== profile.person.id) {
    await forgetConnection(db, PROFILE_META_KEY);
  }
  await writeLink(db, {
    token,
    deviceId,
    personId: profile.person.id,
    pairedAt: engine.deps.now().toISOString(),
    unlinked: null,
  });
  // The answer carried the whole profile: that counts as an update.
  const lastSyncedAt = engine.deps.now().toISOString();
  await writeSyncMeta(db, { ...(await readSyncMeta(db)), lastSyncedAt });
  state.sync.lastSyncedAt.value = lastSyncedAt;
  const kept = await keepProfile(state.lock, profile);
  state.profile.value = kept;
  state.sync.link.value = 'linked';
  void engine.run();
  return { kind: 'paired', profile: kept };
}

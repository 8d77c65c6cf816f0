import type { DeviceProfile } from '#shared/schemas/api';
import { emptyPlanSections, type CrisisPlan } from '#shared/schemas/plan';
import { helpNowPart, profileRecord, PROFILE_META_KEY, ProfileRecord } from '../store/profile';
import type { Vault } from '../store/vault';
import { writeMeta } from '../store/meta';
import { savePlan } from '../store/plan';
import { keepShownCopy } from '../store/professional';

/**
 * The profile as kept in `meta`: everything but the plan's words, which go to the `plan` store,
 * encrypted when a lock is set.
 */
export function withoutPlanWords(profile: DeviceProfile): DeviceProfile {
  return { ...profile, plan: { sections: emptyPlanSections(), updatedAt: profile.plan.updatedAt } };
}

/**
 * Keep the caseworker's copy of the plan. Returns false if it has to wait: with a lock set and
 * the app locked there is no key to encrypt it (the next sync after unlocking keeps it).
 */
export async function keepSyncedPlan(vault: Vault, plan: CrisisPlan): Promise<boolean> {
  if (vault.codec().mode === 'locked') return false;
  const db = await vault.db();
  const current = await db.get('plan', 'synced');
  if (current?.updatedAt === plan.updatedAt) return true;
  await savePlan(vault, 'synced', plan);
  return true;
}

/**
 * Keep a new profile: its plan encrypted in the plan store, the rest in `meta` (the Help now
 * part plain, the whole sealed when a lock is set; see store/profile.ts). While locked there is
 * no key: only the Help now part is brought up to date, and the sealed whole waits for the next
 * sync after unlocking. Returns the profile for the screens (in memory only).
 */
export async function keepProfile(vault: Vault, profile: DeviceProfile): Promise<DeviceProfile> {
  const kept = withoutPlanWords(profile);
  const db = await vault.db();
  if (vault.codec().mode === 'locked') {
    const before = ProfileRecord.safeParse(await db.get('meta', PROFILE_META_KEY));
    // Nothing sealed to keep beside it (the first sync after an update): wait for the key.
    if (before.success) {
      await writeMeta(db, PROFILE_META_KEY, { ...before.data, helpNow: helpNowPart(kept) });
    }
  } else {
    await writeMeta(db, PROFILE_META_KEY, await profileRecord(kept, vault.codec()));
  }
  await keepSyncedPlan(vault, profile.plan);
  // What "Show to a professional" shows on a locked phone follows the plan and the profile.
  await keepShownCopy(vault).catch(() => undefined);
  return kept;
}

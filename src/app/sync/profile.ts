import type { DeviceProfile } from '#shared/schemas/api';
import { emptyPlanSections, type CrisisPlan } from '#shared/schemas/plan';
import { PROFILE_META_KEY } from '../store/profile';
import type { Vault } from '../store/vault';
import { writeMeta } from '../store/meta';
import { savePlan } from '../store/plan';

/**
 * The profile as kept in `meta` (plain, for Help now while locked): everything but the plan's
 * words, which go to the `plan` store, encrypted when a lock is set.
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

/** Keep a new profile: its plan encrypted in the plan store, the rest where Help now reads it. */
export async function keepProfile(vault: Vault, profile: DeviceProfile): Promise<DeviceProfile> {
  const kept = withoutPlanWords(profile);
  await writeMeta(await vault.db(), PROFILE_META_KEY, kept);
  await keepSyncedPlan(vault, profile.plan);
  return kept;
}

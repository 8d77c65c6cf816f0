import { CrisisPlan } from '#shared/schemas/plan';
import type { Vault } from './vault';
import { keepAside } from './aside';
import { contextOf, LockedError } from './body';

/** The plans on this phone: the caseworker's synced copy (shown first) and the person's own. */
export interface PlansRead {
  synced: CrisisPlan | null;
  own: CrisisPlan | null;
}

async function readPlan(vault: Vault, id: 'own' | 'synced'): Promise<CrisisPlan | null> {
  const db = await vault.db();
  const record = await db.get('plan', id);
  if (!record) return null;
  let reason = 'did not match the plan schema';
  try {
    const parsed = CrisisPlan.safeParse(
      await vault.codec().decode(record.body, contextOf('plan', id)),
    );
    if (parsed.success) return parsed.data;
  } catch (error) {
    if (error instanceof LockedError) throw error;
    reason = 'could not be decrypted';
  }
  await keepAside(db, 'plan', [{ key: id, reason }]);
  return null;
}

export async function loadPlans(vault: Vault): Promise<PlansRead> {
  const [synced, own] = await Promise.all([readPlan(vault, 'synced'), readPlan(vault, 'own')]);
  return { synced, own };
}

/**
 * Save a plan: 'own' from the plan screen, 'synced' from the connection (sync) code. With a
 * lock set this needs the app unlocked, as the plan is encrypted like the journal. `draft`: the
 * key of the draft it was written in, removed in the same transaction.
 */
export async function savePlan(
  vault: Vault,
  id: 'own' | 'synced',
  plan: CrisisPlan,
  options: { draft?: string } = {},
) {
  const valid = CrisisPlan.parse(plan);
  const db = await vault.db();
  const body = await vault.codec().encode(valid, contextOf('plan', id));
  const tx = db.transaction(['plan', 'drafts'], 'readwrite', { durability: 'strict' });
  await Promise.all([
    tx.objectStore('plan').put({ id, updatedAt: valid.updatedAt, body }),
    options.draft === undefined ? null : tx.objectStore('drafts').delete(options.draft),
    tx.done,
  ]);
}

/** The plan to show: the caseworker's if there is one, else the person's own. */
export function planToShow(plans: PlansRead): {
  plan: CrisisPlan | null;
  source: 'synced' | 'own';
} {
  if (plans.synced) return { plan: plans.synced, source: 'synced' };
  return { plan: plans.own, source: 'own' };
}

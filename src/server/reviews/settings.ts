import type { PutReviewSettingsRequest } from '#shared/schemas/review';
import { audit, staffActor } from '../audit/audit';
import type { Db } from '../db/database';
import { writeReviewSettings } from '../db/tables/reviews.table';

/** "Reviews at 3 and 12 weeks, then every 4 weeks": the audit log's words for the settings. */
function describe(settings: PutReviewSettingsRequest): string {
  const weeks = [...settings.points].sort((a, b) => a.weeks - b.weeks).map((p) => p.weeks);
  const at = weeks.length > 0 ? `at ${weeks.join(' and ')} weeks` : 'at no set points';
  const then = settings.thenEveryWeeks ? `, then every ${settings.thenEveryWeeks} weeks` : '';
  return `Review points changed: ${at}${then}`;
}

/** The lead saves when reviews fall due, audited in the same transaction. */
export async function saveReviewSettings(
  db: Db,
  who: { serviceId: string; caseworkerId: string },
  settings: PutReviewSettingsRequest,
  now: Date,
): Promise<void> {
  const points = [...settings.points].sort((a, b) => a.weeks - b.weeks);
  await db.transaction().execute(async (trx) => {
    await writeReviewSettings(trx, who.serviceId, { ...settings, points }, who.caseworkerId, now);
    await audit(
      trx,
      {
        serviceId: who.serviceId,
        actor: staffActor(who.caseworkerId),
        action: 'reviews.settings',
        detail: describe(settings),
      },
      now,
    );
  });
}

import type { CheckIn, CheckInReason } from './schemas/wellbeing';

/*
 * When the app offers a wellbeing check-in: at the start of support, then monthly, and once
 * when support steps back. A skipped check-in counts as offered, so nobody is nagged.
 */

/** Days after the last offer before the monthly check-in is offered again. */
export const MONTHLY_DAYS = 30;

export interface CheckInHistory {
  /** When each check-in was offered (done or skipped), and why. */
  offers: readonly { at: string; reason: CheckInReason }[];
}

/** Which check-in is due now, or null. `support` is what the phone knows from the profile. */
export function checkInDue(
  history: CheckInHistory,
  support: { status: 'active' | 'stepped-back'; steppedBackAt: string | null },
  now: Date,
): CheckInReason | null {
  // Instants may carry different offsets ('Z', '+01:00'): compare them as times, not text.
  const time = (at: string) => new Date(at).getTime();
  const offers = [...history.offers].sort((a, b) => time(a.at) - time(b.at));
  if (support.status === 'stepped-back') {
    const since = support.steppedBackAt === null ? -Infinity : time(support.steppedBackAt);
    return offers.some((o) => o.reason === 'stepping-back' && time(o.at) >= since)
      ? null
      : 'stepping-back';
  }
  const last = offers.at(-1);
  if (!last) return 'start';
  const days = (now.getTime() - time(last.at)) / 86_400_000;
  return days >= MONTHLY_DAYS ? 'monthly' : null;
}

/** Whether any question was answered (an empty check-in is not sent). */
export function answeredAny(checkIn: Pick<CheckIn, 'answers'>): boolean {
  return Object.values(checkIn.answers).some((v) => v !== null);
}

import type { AwayToday, Leave, LeaveState } from '#shared/schemas/leave';
import type { TriageItem } from '#shared/schemas/triage';
import { nhsDate } from '#shared/time-words';

/** "Tuesday 24 November to Friday 27 November 2026" (one day: just the day). */
export function leaveDays(leave: { firstDay: string; lastDay: string }): string {
  if (leave.firstDay === leave.lastDay) return nhsDate(leave.firstDay, true);
  const sameYear = leave.firstDay.slice(0, 4) === leave.lastDay.slice(0, 4);
  return `${nhsDate(leave.firstDay, !sameYear)} to ${nhsDate(leave.lastDay, true)}`;
}

export const STATE_WORDS: Record<LeaveState, string> = {
  coming: 'Coming up',
  now: 'On leave now',
  ended: 'Ended',
};

/** Who covers, in a line: "Jo Bloggs (01632 960001); Pat has Sam Smith (01632 960002)". */
export function coverWords(leave: Leave): string {
  const named = (c: { name: string; phone: string | null }) =>
    `${c.name}${c.phone ? ` (${c.phone})` : ''}`;
  const whole = leave.cover ? named(leave.cover) : 'Nobody: the team inbox';
  const own = leave.people.map((p) => `${p.personName} has ${named(p.cover)}`);
  return [whole, ...own].join('; ');
}

/**
 * One line beside a person whose caseworker is away today: "Covering for Sam Smith until
 * Friday 27 November", or who covers, or that nobody does (their news is in the team inbox).
 */
export function awayLine(away: AwayToday, myId: string): string {
  const until = nhsDate(away.lastDay);
  if (away.cover?.caseworkerId === myId)
    return `Covering for ${away.caseworkerName} until ${until}`;
  const who = `${away.caseworkerName} is away until ${until}`;
  return away.cover ? `${who}. ${away.cover.name} is covering.` : `${who}. Nobody is covering.`;
}

/** What goes to the lead's team inbox: news for someone whose caseworker is away, uncovered. */
export function inTeamInbox(item: TriageItem): boolean {
  return (
    Boolean(item.away && !item.away.cover) &&
    (item.kind === 'message' || item.kind === 'shared-entry')
  );
}

import type { LocalDate } from './schemas/common';
import type { TeamAway } from './schemas/leave';
import { nhsDate } from './time-words';

/*
 * Kind warnings while leave is written down, before it is saved: a cover who is away on some
 * of the same days, or colleagues away at the same time. None of them stops the leave being
 * recorded (a lead may know the cover is back in time, or mean to change it later); only a
 * second leave of the same person on the same days is refused by the server, because a person
 * would then have two answers to "who is looking after me?".
 */

/** The leave being written: whose, which days, and who is named to cover (with for whom). */
export interface LeaveDraft {
  /** The leave being changed; null while recording a new one. */
  leaveId: string | null;
  caseworkerId: string;
  firstDay: LocalDate;
  lastDay: LocalDate;
  /** `forWhom` null: the whole caseload; else the person's name. */
  covers: { caseworkerId: string; forWhom: string | null }[];
}

/** The days two stretches share, or null when they share none. */
function shared(a: { firstDay: LocalDate; lastDay: LocalDate }, b: TeamAway) {
  const first = a.firstDay > b.firstDay ? a.firstDay : b.firstDay;
  const last = a.lastDay < b.lastDay ? a.lastDay : b.lastDay;
  return first <= last ? { first, last } : null;
}

/** "on Monday 14 December" or "from Monday 14 December to Wednesday 16 December". */
function onDays(days: { first: LocalDate; last: LocalDate }): string {
  return days.first === days.last
    ? `on ${nhsDate(days.first)}`
    : `from ${nhsDate(days.first)} to ${nhsDate(days.last)}`;
}

/**
 * What to tell whoever is recording `draft`, most important first: the same person's leave on
 * the same days (the one thing the server refuses), a cover who is away too, and colleagues away
 * at the same time. `me` is who is signed in, so their own leave is "You".
 */
export function leaveWarnings(
  draft: LeaveDraft,
  away: readonly TeamAway[],
  nameOf: (caseworkerId: string) => string,
  me: string,
): string[] {
  const others = away.filter((a) => a.leaveId !== draft.leaveId);
  const own: string[] = [];
  const covers: string[] = [];
  const team: string[] = [];
  const who = draft.caseworkerId === me ? 'You' : nameOf(draft.caseworkerId);
  const coverIds = new Set(draft.covers.map((c) => c.caseworkerId));
  for (const a of others) {
    const days = shared(draft, a);
    if (!days) continue;
    if (a.caseworkerId === draft.caseworkerId) {
      own.push(
        `${who} already ${who === 'You' ? 'have' : 'has'} leave ${onDays({ first: a.firstDay, last: a.lastDay })}. Change that leave instead, or choose other days.`,
      );
      continue;
    }
    const mine = a.caseworkerId === me;
    const name = mine ? 'You are' : `${nameOf(a.caseworkerId)} is`;
    if (!coverIds.has(a.caseworkerId)) {
      team.push(`${name} also away ${onDays(days)}.`);
      continue;
    }
    for (const c of draft.covers.filter((c) => c.caseworkerId === a.caseworkerId)) {
      const whom = c.forWhom ?? 'the caseload';
      covers.push(
        `${name} away ${onDays(days)}, but ${mine ? 'are' : 'is'} named to look after ${whom}. You may want to choose someone else for those days.`,
      );
    }
  }
  return [...own, ...covers, ...team];
}

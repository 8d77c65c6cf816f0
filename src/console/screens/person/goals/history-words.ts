import type { Goal, GoalEvent, Milestone } from '#shared/schemas/goal';

/* A goal's history in words, for the goal cards. */

/** Who did something on a goal, in words. */
function who(event: GoalEvent, personName: string): string {
  return event.by === 'person' ? personName : (event.byName ?? 'A caseworker');
}

/** One line of history: "Pat ticked “Find out the time”". Never blame, never "failed". */
export function historyWords(event: GoalEvent, personName: string): string {
  const name = who(event, personName);
  const title = `“${event.title}”`;
  switch (event.kind) {
    case 'set':
      return `${name} set the goal ${title}.`;
    case 'changed':
      return `${name} changed the goal ${title}.`;
    case 'paused':
      return `${name} paused the goal for now.`;
    case 'restarted':
      return `${name} started the goal again.`;
    case 'finished':
      return `${name} marked the goal as done.`;
    case 'milestone-done':
      return `${name} ticked ${title}.`;
    case 'milestone-undone':
      return `${name} took back the tick on ${title}.`;
    case 'encouraged':
      return `${name} added a note of encouragement on ${title}.`;
  }
}

/** The latest tick of a milestone of that name in the goal's history. */
export function lastTick(goal: Goal, milestone: Milestone): GoalEvent | undefined {
  return goal.history.findLast((e) => e.kind === 'milestone-done' && e.title === milestone.title);
}

/** Who ticked a milestone, in words. */
export function tickedBy(goal: Goal, milestone: Milestone, personName: string): string | null {
  if (!milestone.doneAt) return null;
  // The milestone says who ticked it; the history adds which caseworker (matched by title, so
  // after a rename it may not be found, and then the words stay general).
  const tick = lastTick(goal, milestone);
  const by = milestone.doneBy ?? tick?.by;
  if (by === 'person') return `${personName} ticked it on their phone`;
  if (tick?.by === 'caseworker') return `${who(tick, personName)} ticked it`;
  return by === 'caseworker' ? 'Ticked in the console' : null;
}

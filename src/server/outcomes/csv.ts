import { CSV_KIND_NAMES } from '#shared/schemas/hospital-use';
import { OUTCOME_CSV_COLUMNS, type OutcomeFigures } from '#shared/schemas/outcomes';
import type { computeOutcomes } from './figures';
import { todayKey } from './periods';

/*
 * The anonymised export (docs/outcomes.md lists every column and measure). Long format: one
 * figure per row, in the order of OUTCOME_CSV_COLUMNS. Only the service's id, fixed words,
 * period keys and numbers: no names, no free text, so nothing ever needs quoting.
 * Caseworkers are `C1`, `C2`... in the order given (oldest account first).
 */

/** The header line. */
export function csvHeader(): string {
  return OUTCOME_CSV_COLUMNS.join(',');
}

const SAFE = /^[\w-]+$/;

/** Lines for one group: `prefix` is `service_ref,scope,caseworker_ref`. */
function figureLines(prefix: string, figures: OutcomeFigures, today: string, lines: string[]) {
  const add = (periodType: string, period: string, measure: string, value: number | null) => {
    lines.push(`${prefix},${periodType},${period},${measure},${value ?? ''}`);
  };
  add('day', today, 'supported_now', figures.supportedNow);
  add('day', today, 'goals_people_with_goal', figures.goals.withGoal);
  add('day', today, 'goals_people_progressing', figures.goals.progressing);
  add('day', today, 'goals_progressing_share', figures.goals.share);
  const w = figures.wellbeing;
  add('day', today, 'wellbeing_people', w.people);
  for (const measure of ['satisfied', 'worthwhile', 'happy', 'anxious'] as const) {
    add('day', today, `wellbeing_first_${measure}_mean`, w.first[measure]);
    add('day', today, `wellbeing_latest_${measure}_mean`, w.latest[measure]);
  }
  add('day', today, 'lonely_often_first_share', w.lonelyOftenFirst);
  add('day', today, 'lonely_often_latest_share', w.lonelyOftenLatest);
  for (const q of figures.newPerQuarter) add('quarter', q.quarter, 'new_people', q.people);
  for (const wk of figures.contactWeeks) {
    add('week', wk.week, 'contacts', wk.contacts);
    add('week', wk.week, 'people_with_target', wk.peopleWithTarget);
    add('week', wk.week, 'target_total', wk.target);
    add('week', wk.week, 'contacts_of_people_with_target', wk.contactsOfPeopleWithTarget);
    add('week', wk.week, 'people_at_or_under_target', wk.atOrUnderTarget);
  }
  const c = figures.community;
  add('day', today, 'community_first_4_weeks_contacts', c.first.contacts);
  add('day', today, 'community_first_4_weeks_support_used', c.first.supportUsed);
  add('day', today, 'community_first_4_weeks_share', c.first.share);
  add('day', today, 'community_last_4_weeks_contacts', c.last.contacts);
  add('day', today, 'community_last_4_weeks_support_used', c.last.supportUsed);
  add('day', today, 'community_last_4_weeks_share', c.last.share);
  add('day', today, 'community_share_change', c.change);
  for (const wk of c.weeks) add('week', wk.week, 'support_used', wk.supportUsed);
  for (const m of figures.urgentCareMonths) {
    add('month', m.month, 'urgent_went_to_ae', m.wentToAe);
    add('month', m.month, 'urgent_called_999', m.called999);
    add('month', m.month, 'urgent_called_111', m.called111);
    add('month', m.month, 'urgent_people_reporting', m.people);
  }
  // Hospital use from the trusts' data, before and after support (not self-reported).
  add('day', today, 'hospital_people_with_data', figures.hospital.peopleWithData);
  for (const k of figures.hospital.kinds) {
    const name = `hospital_${CSV_KIND_NAMES[k.kind]}`;
    for (const h of k.horizons) {
      const period = String(h.months);
      add('months_after', period, `${name}_people`, h.people);
      add('months_after', period, `${name}_before_total`, h.before);
      add('months_after', period, `${name}_after_total`, h.after);
      add('months_after', period, `${name}_before_per_person_month`, h.beforePerPersonMonth);
      add('months_after', period, `${name}_after_per_person_month`, h.afterPerPersonMonth);
      add('months_after', period, `${name}_reduction`, h.reduction);
    }
  }
}

/** The data lines (no header) for one service. */
export function outcomesCsvLines(
  serviceRef: string,
  outcomes: ReturnType<typeof computeOutcomes>,
  now: Date,
): string[] {
  // An id, never a name: refuse anything that could carry text or break a column.
  if (!SAFE.test(serviceRef)) throw new Error('The service ref must be an id.');
  const today = todayKey(now);
  const lines: string[] = [];
  figureLines(`${serviceRef},service,`, outcomes.service, today, lines);
  outcomes.caseworkers.forEach((c, i) => {
    figureLines(`${serviceRef},caseworker,C${i + 1}`, c.figures, today, lines);
  });
  return lines;
}

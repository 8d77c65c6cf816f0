import { z } from 'zod';
import { Instant, requiredText } from './common';

export const PLAN_SECTION_KEYS = [
  'warningSigns',
  'selfHelp',
  'placesThatHelp',
  'peopleToAsk',
  'professionals',
  'keepingSafe',
  'whatMatters',
  'outOfHours',
] as const;
export const PlanSectionKey = z.enum(PLAN_SECTION_KEYS);
export type PlanSectionKey = z.infer<typeof PlanSectionKey>;

export interface PlanSection {
  key: PlanSectionKey;
  /** Heading shown to the person and the caseworker. */
  title: string;
  /** A short prompt under the heading. */
  hint: string;
}

/** The sections of a crisis plan, in the order they are shown. */
export const PLAN_SECTIONS: readonly PlanSection[] = [
  {
    key: 'warningSigns',
    title: 'Signs I am starting to struggle',
    hint: 'What you notice, or others notice, when things get hard.',
  },
  {
    key: 'selfHelp',
    title: 'Things I can do myself',
    hint: 'Small things that help you feel calmer.',
  },
  {
    key: 'placesThatHelp',
    title: 'People and places that help',
    hint: 'Where you can go, or who you can be with, to take your mind off things.',
  },
  {
    key: 'peopleToAsk',
    title: 'People I can ask for help',
    hint: 'Friends or family you can call. Add their number.',
  },
  {
    key: 'professionals',
    title: 'Services I can contact',
    hint: 'Your GP, your caseworker, and other services, with when they are open.',
  },
  {
    key: 'keepingSafe',
    title: 'Keeping my space safe',
    hint: 'Things that make your home safer when you feel low.',
  },
  {
    key: 'whatMatters',
    title: 'What matters to me',
    hint: 'The people, pets and plans that keep you going.',
  },
  {
    key: 'outOfHours',
    title: 'What staff should do at night or at weekends',
    hint: 'If you feel like this when your usual team is closed, what should staff know and do to help?',
  },
];

/** One line in a plan section. */
export const PlanItem = requiredText(500);
export type PlanItem = z.infer<typeof PlanItem>;

export const PlanSections = z.record(PlanSectionKey, z.array(PlanItem).max(30));
export type PlanSections = z.infer<typeof PlanSections>;

/** A crisis plan, written together by the person and their caseworker. */
export const CrisisPlan = z.object({ sections: PlanSections, updatedAt: Instant });
export type CrisisPlan = z.infer<typeof CrisisPlan>;

/** A plan with nothing written yet. */
export function emptyPlanSections(): PlanSections {
  const sections: Partial<PlanSections> = {};
  for (const key of PLAN_SECTION_KEYS) sections[key] = [];
  return PlanSections.parse(sections);
}

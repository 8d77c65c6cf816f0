import { z } from 'zod';
import { catalogue } from '../i18n';
import { Instant, requiredText } from './common';
import messages from './plan-sections.messages.json' with { type: 'json' };

const t = catalogue('plan-sections', messages);

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

/** A section's words, read as they are shown (getters), in the active language. */
function section(key: PlanSectionKey): PlanSection {
  return {
    key,
    get title() {
      return t(`${key}Title`);
    },
    get hint() {
      return t(`${key}Hint`);
    },
  };
}

/** The sections of a crisis plan, in the order they are shown. */
export const PLAN_SECTIONS: readonly PlanSection[] = PLAN_SECTION_KEYS.map(section);

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

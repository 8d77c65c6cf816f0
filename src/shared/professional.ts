import { z } from 'zod';
import type { GuideContact } from './schemas/guide';
import { PlanSectionKey, type CrisisPlan } from './schemas/plan';
import { weeklyLines } from './hours-words';
import { catalogue } from './i18n';
import messages from './professional.messages.json' with { type: 'json' };

const t = catalogue('professional', messages);

/**
 * The crisis plan shown to a professional (111, a GP, an ambulance crew), on the phone or on
 * paper: what to do out of hours first, then the rest, in words written about the person.
 */
export const PROFESSIONAL_ORDER: readonly PlanSectionKey[] = [
  'outOfHours',
  'warningSigns',
  'selfHelp',
  'placesThatHelp',
  'whatMatters',
  'keepingSafe',
  'professionals',
  'peopleToAsk',
];

/**
 * Each section's heading for a professional reader. Out of hours keeps the plan's own plain words:
 * the person reads this screen too, and "what professionals should do" is above a reading age of 9.
 */
export function professionalTitle(key: PlanSectionKey): string {
  return t(key);
}

/**
 * What the person chose the view to show. Kept on the phone only. Friends' numbers and
 * "keeping my space safe" are left out until the person adds them.
 */
export const ProfessionalChoices = z.object({
  sections: z.array(PlanSectionKey).max(PROFESSIONAL_ORDER.length),
  name: z.boolean(),
  caseworker: z.boolean(),
});
export type ProfessionalChoices = z.infer<typeof ProfessionalChoices>;

export const DEFAULT_PROFESSIONAL_CHOICES: ProfessionalChoices = {
  sections: [
    'outOfHours',
    'warningSigns',
    'selfHelp',
    'placesThatHelp',
    'whatMatters',
    'professionals',
  ],
  name: true,
  caseworker: true,
};

/** One section as the professional sees it. */
export interface ProfessionalSection {
  key: PlanSectionKey;
  title: string;
  items: string[];
}

/**
 * The chosen sections in the professional order. "Out of hours" is kept even when empty (a
 * professional should see that nothing is written); any other empty section is left out.
 */
export function professionalSections(
  plan: CrisisPlan | null,
  chosen: readonly PlanSectionKey[] = PROFESSIONAL_ORDER,
): ProfessionalSection[] {
  return PROFESSIONAL_ORDER.filter((key) => chosen.includes(key)).flatMap((key) => {
    const items = plan?.sections[key] ?? [];
    if (items.length === 0 && key !== 'outOfHours') return [];
    return [{ key, title: professionalTitle(key), items }];
  });
}

/** How to reach the caseworker, as a professional is told it. */
export interface CaseworkerContact {
  name: string;
  service: string | null;
  /** The number from the person's own guide card (the one Help now calls), or null. */
  call: string | null;
  when: string[];
}

/**
 * The caseworker's card from the person's guide: its number and times, never a copy kept
 * elsewhere, so the view and the print call the same number as Help now.
 */
export function caseworkerContact(
  guide: readonly GuideContact[],
  name: string,
  service: string | null,
): CaseworkerContact {
  const card = guide.find((c) => c.kind === 'caseworker');
  return {
    name,
    service,
    call: card?.call ?? null,
    when: card ? weeklyLines(card.hours) : [],
  };
}

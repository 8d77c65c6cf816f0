import { URGENT_CARE_CHOICES } from '#shared/journal';
import type { UrgentCare } from '#shared/schemas/journal';
import { Choices } from '../../parts/choices';
import type { StepProps } from './types';

const CHOICES = URGENT_CARE_CHOICES;

/** The ticked boxes for a stored answer: all false means "None of these". */
export function urgentCareChoices(care: UrgentCare | undefined): string[] {
  if (!care) return [];
  const ticked = CHOICES.filter((c) => c.value !== 'none' && care[c.value]).map((c) => c.value);
  return ticked.length > 0 ? ticked : ['none'];
}

/** The answer for the ticked boxes; "None of these" and the others exclude each other. */
export function urgentCareFrom(ticked: string[], previous: string[]): UrgentCare | undefined {
  if (ticked.length === 0) return undefined;
  const noneJustTicked = ticked.includes('none') && !previous.includes('none');
  if (noneJustTicked) return { wentToAe: false, called999: false, called111: false };
  return {
    wentToAe: ticked.includes('wentToAe'),
    called999: ticked.includes('called999'),
    called111: ticked.includes('called111'),
  };
}

export function UrgentCareStep({ draft, change }: StepProps) {
  const selected = urgentCareChoices(draft.urgentCare);
  return (
    <Choices
      name="urgent-care"
      type="checkbox"
      look="rows"
      choices={CHOICES}
      selected={selected}
      onChange={(ticked) => change({ urgentCare: urgentCareFrom(ticked, selected) })}
    />
  );
}

/**
 * The kinds of safeguarding concern a team records, from the Care Act 2014 categories of abuse
 * and neglect that local authority adult safeguarding teams use, plus the two an HIU team meets
 * most beside them (risk to others, a child at risk). Fixed for every service for now: a
 * category is stored by its key, so a service's own list can later add keys without a change
 * to the rows already written.
 */
export const SAFEGUARDING_CATEGORIES = [
  { key: 'self-neglect', label: 'Self-neglect' },
  { key: 'financial', label: 'Financial or material abuse' },
  { key: 'domestic', label: 'Domestic abuse' },
  { key: 'exploitation', label: 'Exploitation (including modern slavery)' },
  { key: 'physical', label: 'Physical abuse' },
  { key: 'sexual', label: 'Sexual abuse' },
  { key: 'psychological', label: 'Psychological or emotional abuse' },
  { key: 'neglect', label: 'Neglect by someone else' },
  { key: 'discriminatory', label: 'Discriminatory abuse' },
  { key: 'organisational', label: 'Organisational abuse' },
  { key: 'risk-to-others', label: 'Risk to others' },
  { key: 'child', label: 'Child safeguarding' },
] as const;

export type SafeguardingCategory = (typeof SAFEGUARDING_CATEGORIES)[number]['key'];

export const SAFEGUARDING_CATEGORY_KEYS = SAFEGUARDING_CATEGORIES.map((c) => c.key) as [
  SafeguardingCategory,
  ...SafeguardingCategory[],
];

/** The words for a category key. */
export function categoryLabel(key: SafeguardingCategory): string {
  return SAFEGUARDING_CATEGORIES.find((c) => c.key === key)?.label ?? key;
}

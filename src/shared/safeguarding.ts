/**
 * The kinds of safeguarding concern a service starts with: the Care Act 2014 categories of abuse
 * and neglect that local authority adult safeguarding teams use, plus the two an HIU team meets
 * beside them (risk to others, a child at risk). The lead can change the service's own list; a
 * concern keeps the words of the category it was recorded under, so changing the list never
 * rewrites a record.
 */
export const DEFAULT_SAFEGUARDING_CATEGORIES = [
  'Self-neglect',
  'Financial or material abuse',
  'Domestic abuse',
  'Exploitation (including modern slavery)',
  'Physical abuse',
  'Sexual abuse',
  'Psychological or emotional abuse',
  'Neglect by someone else',
  'Discriminatory abuse',
  'Organisational abuse',
  'Risk to others',
  'Child safeguarding',
] as const;

/** The most categories a service may keep: a list to choose from, not a taxonomy. */
export const MAX_SAFEGUARDING_CATEGORIES = 30;

import type { PersonSummary } from '#shared/schemas/api';

export const SORTS = ['name', 'recent', 'longest'] as const;
export type Sort = (typeof SORTS)[number];

export const SHOWS = ['everyone', 'mine', 'new', 'stepped-back'] as const;
export type Show = (typeof SHOWS)[number];

export interface Choices {
  search: string;
  sort: Sort;
  show: Show;
}

export const FIRST_CHOICES: Choices = { search: '', sort: 'name', show: 'everyone' };

export const SORT_WORDS: Record<Sort, string> = {
  name: 'Name (A to Z)',
  recent: 'Most recent contact first',
  longest: 'Longest since contact first',
};

export const SHOW_WORDS: Record<Show, string> = {
  everyone: 'Everyone',
  mine: 'Only my own caseload',
  new: 'Something new to read',
  'stepped-back': 'Support stepped back',
};

/** Lower case, without accents or extra spaces, so "zoë" finds "Zoe" and "  jo " finds "Jo". */
function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word typed is the start of a word of the name: "al te" finds "Alex Testperson". */
export function nameMatches(name: string, search: string): boolean {
  const wanted = plain(search).split(' ').filter(Boolean);
  const words = plain(name).split(/[\s'’-]+/);
  return wanted.every((part) => words.some((word) => word.startsWith(part)));
}

function shown(person: PersonSummary, show: Show, myId: string): boolean {
  switch (show) {
    case 'everyone':
      return true;
    case 'mine':
      return person.caseworkerId === myId;
    case 'new':
      return person.unreadEntries > 0 || person.unreadMessages > 0;
    case 'stepped-back':
      return person.status !== 'active';
  }
}

const byName = (a: PersonSummary, b: PersonSummary) =>
  a.displayName.localeCompare(b.displayName, 'en-GB') || a.id.localeCompare(b.id);

/** When we last heard, as a number to sort by; never heard sorts as the longest ago. */
const lastContact = (p: PersonSummary) => (p.lastContactAt ? Date.parse(p.lastContactAt) : 0);

/**
 * The caseload as the caseworker asked to see it. People whose support stepped back come after
 * everyone still supported (unless that is what was asked for); ties go by name.
 */
export function arrangeCaseload(
  people: PersonSummary[],
  choices: Choices,
  myId: string,
): PersonSummary[] {
  const order = (a: PersonSummary, b: PersonSummary) => {
    const stepped = Number(a.status !== 'active') - Number(b.status !== 'active');
    if (stepped !== 0) return stepped;
    if (choices.sort === 'recent') return lastContact(b) - lastContact(a) || byName(a, b);
    if (choices.sort === 'longest') return lastContact(a) - lastContact(b) || byName(a, b);
    return byName(a, b);
  };
  return people
    .filter((p) => shown(p, choices.show, myId) && nameMatches(p.displayName, choices.search))
    .sort(order);
}

import { describe, expect, it } from 'vitest';
import type { PersonSummary } from '#shared/schemas/api';
import {
  arrangeCaseload,
  FIRST_CHOICES,
  nameMatches,
  type Choices,
} from '../../../src/console/screens/caseload/arrange';

const SAM = '00000000-0000-4000-8000-00000000000a';
const JO = '00000000-0000-4000-8000-00000000000b';
let next = 1;

const person = (displayName: string, over: Partial<PersonSummary> = {}): PersonSummary => ({
  id: `00000000-0000-4000-8000-${String(next++).padStart(12, '0')}`,
  serviceId: '00000000-0000-4000-8000-0000000000ff',
  displayName,
  caseworkerId: SAM,
  status: 'active',
  createdAt: '2026-10-01T09:00:00.000Z',
  steppedBackAt: null,
  caseworkerName: 'Sam Caseworker',
  linked: true,
  unreadEntries: 0,
  unreadMessages: 0,
  lastContactAt: null,
  ...over,
});

const alex = person('Alex Testperson', { lastContactAt: '2026-12-01T10:00:00.000Z' });
const zoe = person('Zoë Hart', { lastContactAt: '2026-11-20T10:00:00.000Z', unreadMessages: 1 });
const robin = person('Robin O’Neil-Smith', { caseworkerId: JO, unreadEntries: 2 });
const pat = person('Pat Quinn', {
  status: 'stepped-back',
  steppedBackAt: '2026-11-01T10:00:00.000Z',
  lastContactAt: '2026-12-02T10:00:00.000Z',
});
const everyone = [pat, robin, zoe, alex];

const names = (choices: Partial<Choices>, myId = SAM) =>
  arrangeCaseload(everyone, { ...FIRST_CHOICES, ...choices }, myId).map((p) => p.displayName);

describe('the caseload, arranged', () => {
  it('goes by name, with stepped-back support after everyone still supported', () => {
    expect(names({})).toEqual(['Alex Testperson', 'Robin O’Neil-Smith', 'Zoë Hart', 'Pat Quinn']);
  });

  it('sorts by contact either way; never heard from counts as longest ago', () => {
    expect(names({ sort: 'recent' })).toEqual([
      'Alex Testperson',
      'Zoë Hart',
      'Robin O’Neil-Smith',
      'Pat Quinn',
    ]);
    expect(names({ sort: 'longest' })).toEqual([
      'Robin O’Neil-Smith',
      'Zoë Hart',
      'Alex Testperson',
      'Pat Quinn',
    ]);
  });

  it('filters: my own, something new to read, stepped back', () => {
    expect(names({ show: 'mine' })).toEqual(['Alex Testperson', 'Zoë Hart', 'Pat Quinn']);
    expect(names({ show: 'mine' }, JO)).toEqual(['Robin O’Neil-Smith']);
    expect(names({ show: 'new' })).toEqual(['Robin O’Neil-Smith', 'Zoë Hart']);
    expect(names({ show: 'stepped-back' })).toEqual(['Pat Quinn']);
  });

  it('searches by the start of any word of the name, whatever the case or accents', () => {
    expect(names({ search: 'zoe' })).toEqual(['Zoë Hart']);
    expect(names({ search: '  HART ' })).toEqual(['Zoë Hart']);
    expect(names({ search: 'smith' })).toEqual(['Robin O’Neil-Smith']);
    expect(names({ search: 'neil' })).toEqual(['Robin O’Neil-Smith']);
    expect(names({ search: 'al te' })).toEqual(['Alex Testperson']);
    expect(names({ search: 'lex' })).toEqual([]);
    expect(names({ search: 'q', show: 'new' })).toEqual([]);
  });

  it('matches every word typed, in any order', () => {
    expect(nameMatches('Alex Testperson', 'testperson alex')).toBe(true);
    expect(nameMatches('Alex Testperson', 'alex jones')).toBe(false);
    expect(nameMatches('Alex Testperson', '')).toBe(true);
  });
});

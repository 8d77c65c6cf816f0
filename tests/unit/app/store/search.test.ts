import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, SOURCE_LOCALE } from '../../../../src/shared/i18n';
import { searchEntries } from '../../../../src/app/store/search';
import { everyday, feeling } from './helpers';

afterEach(() => activateLocale(SOURCE_LOCALE));

describe('searching the journal', () => {
  const a = everyday('Went to the Café with Jo. Felt better.');
  const b = feeling('Could not sleep, the pain came back');
  const c = everyday('Rang my sister about the pain');
  const all = [a, b, c];

  it('finds words in any case and without accents', () => {
    expect(searchEntries(all, 'cafe')).toEqual([a]);
    expect(searchEntries(all, 'JO')).toEqual([a]);
  });

  it('every word must match, in any order', () => {
    expect(searchEntries(all, 'pain sister')).toEqual([c]);
    expect(searchEntries(all, 'pain')).toEqual([b, c]);
  });

  it('finds feeling words, and the plain words for the choices made', () => {
    expect(searchEntries(all, 'scared')).toEqual([b]);
    expect(searchEntries(all, 'A&E')).toEqual([b]);
    expect(searchEntries(all, 'wrote it down')).toEqual([b]);
  });

  it('in another language, finds the feelings and choices by the words the screen shows', () => {
    activateLocale(
      { tag: 'cy', dir: 'ltr', pseudo: null },
      { 'journal-words.feelingScared': 'Ofnus', 'journal-words.didWroteHere': 'Ysgrifennais yma' },
    );
    expect(searchEntries(all, 'ofnus')).toEqual([b]);
    expect(searchEntries(all, 'ysgrifennais')).toEqual([b]);
  });

  it('an empty search shows everything', () => {
    expect(searchEntries(all, '   ')).toEqual(all);
  });

  it('no match gives an empty list', () => {
    expect(searchEntries(all, 'holiday')).toEqual([]);
  });
});

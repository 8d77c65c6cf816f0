import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, PSEUDO_LOCALES, SOURCE_LOCALE } from '../../../src/shared/i18n';
import { listWords } from '../../../src/shared/list-words';
import { activatePseudoLocale } from '../../../src/shared/pseudo-locale';

afterEach(() => activateLocale(SOURCE_LOCALE));

describe('lists in words', () => {
  it('in English: "A", "A and B", "A, B and C", and the same with "or"', () => {
    expect(listWords([], 'and')).toBe('');
    expect(listWords(['A&E'], 'and')).toBe('A&E');
    expect(listWords(['A&E', 'the GP'], 'and')).toBe('A&E and the GP');
    expect(listWords(['0', 'O', 'I'], 'or')).toBe('0, O or I');
  });

  it('the joining word comes from a catalogue; the items stay as given', () => {
    activatePseudoLocale(PSEUDO_LOCALES[0]!);
    expect(listWords(['A&E', 'the GP'], 'and')).toBe('⟦A&E àñđ the GP⟧');
  });

  it('another language joins its own way', () => {
    activateLocale({ tag: 'de', dir: 'ltr', pseudo: null });
    expect(listWords(['A', 'B', 'C'], 'and')).toBe('A, B und C');
    expect(listWords(['A', 'B'], 'or')).toBe('A oder B');
  });
});

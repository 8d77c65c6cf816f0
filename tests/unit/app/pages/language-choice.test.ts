import { describe, expect, it } from 'vitest';
import { SOURCE_LOCALE, type Locale } from '../../../../src/shared/i18n';
import {
  currentChoice,
  keepLanguage,
  languageChoices,
  languageName,
} from '../../../../src/app/pages/settings/language-choice';
import { LOCALE_KEY } from '../../../../src/app/i18n/locale';

/** A build with translations: a fixture list, never a shipped translation. */
const WITH_TRANSLATIONS: Locale[] = [
  SOURCE_LOCALE,
  { tag: 'cy', dir: 'ltr', pseudo: null },
  { tag: 'ar', dir: 'rtl', pseudo: null },
];

function memoryStorage(): Storage {
  const kept = new Map<string, string>();
  return {
    get length() {
      return kept.size;
    },
    clear: () => kept.clear(),
    getItem: (k) => kept.get(k) ?? null,
    key: (i) => [...kept.keys()][i] ?? null,
    removeItem: (k) => void kept.delete(k),
    setItem: (k, v) => void kept.set(k, v),
  };
}

describe('the language choice in Settings', () => {
  it('is not offered while English is the only language', () => {
    expect(languageChoices()).toEqual([]);
    expect(languageChoices([SOURCE_LOCALE])).toEqual([]);
  });

  it('lists every language the build carries, English first', () => {
    expect(languageChoices(WITH_TRANSLATIONS).map((l) => l.tag)).toEqual(['en-GB', 'cy', 'ar']);
  });

  it('names each language in that language, so a person can find their own', () => {
    expect(languageName('en-GB')).toBe('English');
    expect(languageName('cy')).toBe('Cymraeg');
    expect(languageName('ar')).toBe('العربية');
  });

  it('marks the language the app is in now, and none in a pseudo-locale', () => {
    expect(currentChoice(WITH_TRANSLATIONS, SOURCE_LOCALE)).toBe('en-GB');
    expect(currentChoice(WITH_TRANSLATIONS, { tag: 'CY', dir: 'ltr', pseudo: null })).toBe('cy');
    expect(currentChoice(WITH_TRANSLATIONS, { tag: 'en-XA', dir: 'ltr', pseudo: 'accents' })).toBe(
      '',
    );
  });

  it('keeps the choice on the phone and starts again on the same screen without ?lang=', () => {
    const storage = memoryStorage();
    const where = { pathname: '/settings', search: '?lang=en-XA&x=1', hash: '#language-title' };
    expect(keepLanguage('cy', storage, where)).toBe('/settings?x=1#language-title');
    expect(storage.getItem(LOCALE_KEY)).toBe('cy');
    expect(keepLanguage('en-GB', storage, { pathname: '/', search: '', hash: '' })).toBe('/');
    expect(storage.getItem(LOCALE_KEY)).toBe('en-GB');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, catalogue, PSEUDO_LOCALES, SOURCE_LOCALE } from '../../../src/shared/i18n';
import { activatePseudoLocale } from '../../../src/shared/pseudo-locale';
import { nhsDate, nhsTime, describeWhen } from '../../../src/shared/time-words';
import { weeklyLines } from '../../../src/shared/hours-words';

const [accents, bidi] = PSEUDO_LOCALES;
const t = catalogue('i18n-test', {
  hello: 'Hello {name}',
  count: '{n, plural, one {# new message} other {# new messages}}',
  pick: '{who, select, caseworker {Back at {time}} other {Opens at {time}}}',
});

afterEach(() => activateLocale(SOURCE_LOCALE));

describe('message catalogues', () => {
  it('formats English with values, plurals and select', () => {
    expect(t('hello', { name: 'Pat' })).toBe('Hello Pat');
    expect(t('count', { n: 1 })).toBe('1 new message');
    expect(t('count', { n: 3 })).toBe('3 new messages');
    expect(t('pick', { who: 'caseworker', time: '9am' })).toBe('Back at 9am');
  });

  it('the accented pseudo-locale changes every letter of the words, never the values', () => {
    activatePseudoLocale(accents!);
    expect(t('hello', { name: 'Pat' })).toBe('⟦Ĥéĺĺö Pat⟧');
    expect(t('count', { n: 2 })).toBe('⟦2 ñéŵ ɱéššàĝéš⟧');
    expect(t('pick', { who: 'other', time: '9am' })).toMatch(/^⟦Öƥéñš àţ 9am⟧$/);
  });

  it('the right-to-left pseudo-locale overrides the words and keeps numbers in order', () => {
    activatePseudoLocale(bidi!);
    expect(t('hello', { name: '116 123' })).toBe('\u202eHello \u2066116 123\u2069\u202c');
  });

  it('a translation wins over the English, and English fills any gap', () => {
    activateLocale({ tag: 'cy', dir: 'ltr', pseudo: null }, { 'i18n-test.hello': 'Helo {name}' });
    expect(t('hello', { name: 'Pat' })).toBe('Helo Pat');
    expect(t('count', { n: 1 })).toBe('1 new message');
  });
});

describe('times and dates in the active language', () => {
  const monday9 = new Date('2026-12-07T09:00:00Z');
  it('English keeps the NHS style words', () => {
    expect(nhsTime(monday9)).toBe('9am');
    expect(nhsDate('2026-12-25')).toBe('Friday 25 December');
    expect(describeWhen(monday9, new Date('2026-12-06T20:00:00Z'))).toBe('9am tomorrow');
    expect(
      weeklyLines({
        kind: 'weekly',
        weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
        exceptions: [],
      }),
    ).toEqual(['Monday to Friday: 9am to 5pm']);
  });

  it('another language writes them with Intl, in that language', () => {
    activateLocale({ tag: 'de', dir: 'ltr', pseudo: null });
    expect(nhsDate('2026-12-25')).toBe('Freitag, 25. Dezember');
    expect(nhsTime(new Date('2026-12-07T17:30:00Z'))).toBe('17:30');
  });

  it('the pseudo-locale marks the dates the product writes itself', () => {
    activatePseudoLocale(accents!);
    expect(nhsDate('2026-12-25')).toBe('⟦Ƒŕîđàý 25 Đéçéɱƀéŕ⟧');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, PSEUDO_LOCALES, SOURCE_LOCALE } from '../../../src/shared/i18n';
import { activatePseudoLocale } from '../../../src/shared/pseudo-locale';
import { notificationFor, notificationUrl, pushTitle } from '../../../src/sw/push';

afterEach(() => activateLocale(SOURCE_LOCALE));

describe('push notifications', () => {
  it('show only the fixed words for their kind, under the app’s name', () => {
    expect(pushTitle()).toBe('My support');
    expect(notificationFor({ kind: 'message', url: '/messages' })).toEqual({
      body: 'You have a new message from your support team.',
      url: '/messages',
      tag: 'message',
    });
  });

  it('anything personal slipped into a payload is never shown', () => {
    const shown = notificationFor({
      kind: 'message',
      url: '/messages',
      body: 'Sam: are you OK after last night?',
    });
    expect(JSON.stringify(shown)).not.toContain('Sam');
    expect(shown.body).toBe('There is something new in the app.');
  });

  it('are in the person’s language, still with nothing from the payload', () => {
    activatePseudoLocale(PSEUDO_LOCALES[0]!);
    expect(pushTitle()).toBe('⟦Ṁý šûƥƥöŕţ⟧');
    expect(notificationFor({ kind: 'plan', url: '/plan' }).body).toBe(
      '⟦Ýöûŕ ƥĺàñ ĥàš ƀééñ ûƥđàţéđ.⟧',
    );
  });

  it('a notification only ever opens a path inside the app', () => {
    expect(notificationUrl({ url: '/messages' })).toBe('/messages');
    expect(notificationUrl({ url: 'https://evil.example/' })).toBe('/');
    expect(notificationUrl({ url: '//evil.example' })).toBe('/');
    expect(notificationUrl(null)).toBe('/');
  });
});

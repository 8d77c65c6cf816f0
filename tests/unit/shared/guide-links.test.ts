import { describe, expect, it } from 'vitest';
import { NATIONAL_CONTACTS } from '#shared/guide';
import { pictureSrc, smsHref, telHref } from '#shared/guide-links';

describe('Help now links', () => {
  it('999 dials exactly tel:999', () => {
    expect(telHref('999')).toBe('tel:999');
  });

  it('spaces are taken out of numbers, a leading + is kept', () => {
    expect(telHref('116 123')).toBe('tel:116123');
    expect(telHref('+44 7700 900123')).toBe('tel:+447700900123');
  });

  it('a text with a message uses the ?&body= form that Android and iPhone both read', () => {
    expect(smsHref('85258', 'SHOUT')).toBe('sms:85258?&body=SHOUT');
    expect(smsHref('85258', 'I need help')).toBe('sms:85258?&body=I%20need%20help');
    expect(smsHref('85258')).toBe('sms:85258');
  });

  it('national contacts use bundled pictures; synced photos come from our own API', () => {
    for (const contact of NATIONAL_CONTACTS) {
      expect(pictureSrc(contact)).toBe(`/pictures/${contact.picture}.svg`);
    }
    const [first] = NATIONAL_CONTACTS;
    if (!first) throw new Error('no national contacts');
    expect(pictureSrc({ ...first, picture: '/api/photos/abc.jpg' })).toBe('/api/photos/abc.jpg');
  });
});

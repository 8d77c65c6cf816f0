import type { GuideContact } from './schemas/guide';

/** Digits (and a leading +) only, for `tel:` and `sms:` links. */
export function dialable(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}

export function telHref(phone: string): string {
  return `tel:${dialable(phone)}`;
}

/**
 * An `sms:` link with the message filled in. `?&body=` is the form both phones accept: Android
 * reads the query after `?`, and iPhone (iOS 8 and later) reads `&body=`; RFC 5724's plain
 * `?body=` is ignored by some older iPhones. The words are also shown, in case a phone drops them.
 */
export function smsHref(number: string, body?: string): string {
  const to = `sms:${dialable(number)}`;
  return body ? `${to}?&body=${encodeURIComponent(body)}` : to;
}

/** Where a contact's picture is: a bundled pictogram, or a synced photo from our own API. */
export function pictureSrc(contact: GuideContact): string {
  return contact.picture.startsWith('/api/')
    ? contact.picture
    : `/pictures/${encodeURIComponent(contact.picture)}.svg`;
}

/** The bundled pictogram for a contact's kind: the fallback when a photo cannot load offline. */
export function kindPictureSrc(contact: GuideContact): string {
  return `/pictures/${contact.kind}.svg`;
}

import { describe, expect, it } from 'vitest';
import { notificationFor, notificationUrl, PUSH_TITLE } from '../../../src/sw/push';

describe('push notifications', () => {
  it('show only the fixed words for their kind, under the app’s name', () => {
    expect(PUSH_TITLE).toBe('My support');
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

  it('a notification only ever opens a path inside the app', () => {
    expect(notificationUrl({ url: '/messages' })).toBe('/messages');
    expect(notificationUrl({ url: 'https://evil.example/' })).toBe('/');
    expect(notificationUrl({ url: '//evil.example' })).toBe('/');
    expect(notificationUrl(null)).toBe('/');
  });
});

import { describe, expect, it } from 'vitest';
import { keyBytes, pushSupport } from '../../../../src/app/sync/push';

const browser = { navigator: { serviceWorker: {} }, PushManager: {}, Notification: {} };

describe('turning on notifications', () => {
  it('an iPhone needs the app on its home screen first', () => {
    expect(pushSupport(browser, false, true)).toBe('needs-install');
    expect(pushSupport(browser, true, true)).toBe('ok');
  });

  it('a browser without Web Push is told plainly, never asked', () => {
    expect(pushSupport({ navigator: {} }, true, false)).toBe('unsupported');
    expect(pushSupport(browser, false, false)).toBe('ok');
  });

  it('the server’s VAPID key (base64url) becomes the 65 bytes of a P-256 public key', () => {
    const key = Buffer.alloc(65, 7);
    key[0] = 4;
    const bytes = keyBytes(key.toString('base64url'));
    expect(bytes).toHaveLength(65);
    expect(Buffer.from(bytes).equals(key)).toBe(true);
  });
});

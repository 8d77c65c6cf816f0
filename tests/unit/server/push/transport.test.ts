import webpush from 'web-push';
import { describe, expect, it } from 'vitest';
import { buildPushRequest, pushPayload } from '../../../../src/server/push/transport';
import { pushBackoffMs } from '../../../../src/server/push/worker';

// A subscription's keys as a browser makes them: a P-256 public key and a 16-byte secret.
const { publicKey: p256dh } = webpush.generateVAPIDKeys();
const subscription = {
  endpoint: 'http://localhost:8090/notify/abc',
  p256dh,
  auth: Buffer.alloc(16, 7).toString('base64url'),
};
const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:test@example.org' };

describe('a push request', () => {
  it('is encrypted (aes128gcm), signed, and says how long it is worth keeping', () => {
    const request = buildPushRequest(subscription, pushPayload('message'), vapid, 86_400);
    expect(request.headers).toMatchObject({
      TTL: '86400',
      'Content-Encoding': 'aes128gcm',
      Urgency: 'high',
    });
    expect(request.headers.Authorization).toMatch(/^vapid t=.+, k=/);
    expect(Object.keys(request.headers).map((h) => h.toLowerCase())).not.toContain(
      'content-length',
    );
    expect(Buffer.from(request.body ?? []).toString('latin1')).not.toContain('messages');
  });

  it('for an update has a topic, so a phone that was off gets only the latest', () => {
    const request = buildPushRequest(subscription, pushPayload('plan'), vapid, 1000.7);
    expect(request.headers).toMatchObject({ Topic: 'plan', Urgency: 'normal', TTL: '1000' });
  });

  it('carries only the kind and where it opens', () => {
    expect(pushPayload('hours')).toEqual({ kind: 'hours', url: '/help' });
  });
});

describe('push retries', () => {
  it('wait longer each time, up to an hour', () => {
    expect([1, 2, 3, 4].map(pushBackoffMs)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(pushBackoffMs(30)).toBe(60 * 60 * 1000);
  });
});

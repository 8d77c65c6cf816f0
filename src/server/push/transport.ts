import webpush from 'web-push';
import { PUSH_URLS, type PushPayload } from '#shared/schemas/connect';
import type { VapidKeys } from './vapid';

/** A Web Push request ready to go: encrypted body, VAPID and TTL headers. */
export interface PushRequest {
  endpoint: string;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

export interface PushResponse {
  status: number;
  /** From Retry-After (on 429/503), in seconds. */
  retryAfterSeconds?: number;
}

/**
 * Sends a push request to the push service; throws on a network failure. The one used is
 * `guardedTransport` (public-transport.ts); tests may pass one that also notes each request.
 */
export type PushTransport = (request: PushRequest, signal: AbortSignal) => Promise<PushResponse>;

/** How long a push is worth delivering: a day for a message, a week for the rest. */
export const PUSH_TTL_SECONDS: Record<PushPayload['kind'], number> = {
  message: 24 * 60 * 60,
  plan: 7 * 24 * 60 * 60,
  hours: 7 * 24 * 60 * 60,
  guide: 7 * 24 * 60 * 60,
  goal: 7 * 24 * 60 * 60,
  routine: 7 * 24 * 60 * 60,
};

/** The one payload each kind of push carries: the kind and where tapping it opens. */
export const pushPayload = (kind: PushPayload['kind']): PushPayload => ({
  kind,
  url: PUSH_URLS[kind],
});

/**
 * Encrypt `payload` for one subscription (aes128gcm) and sign for our VAPID key. A message is
 * `high` urgency; an update is `normal` with a topic, so the push service keeps only the latest
 * of each kind for a phone that is off.
 */
export function buildPushRequest(
  subscription: { endpoint: string; p256dh: string; auth: string },
  payload: PushPayload,
  vapid: VapidKeys,
  ttlSeconds: number,
): PushRequest {
  const details = webpush.generateRequestDetails(
    {
      endpoint: subscription.endpoint,
      keys: { p256dh: subscription.p256dh, auth: subscription.auth },
    },
    JSON.stringify(payload),
    {
      vapidDetails: {
        subject: vapid.subject,
        publicKey: vapid.publicKey,
        privateKey: vapid.privateKey,
      },
      TTL: Math.max(0, Math.floor(ttlSeconds)),
      contentEncoding: 'aes128gcm',
      urgency: payload.kind === 'message' ? 'high' : 'normal',
      ...(payload.kind === 'message' ? {} : { topic: payload.kind }),
    },
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(details.headers)) {
    // fetch works out the length itself.
    if (name.toLowerCase() !== 'content-length') headers[name] = String(value);
  }
  return { endpoint: details.endpoint, headers, body: details.body };
}

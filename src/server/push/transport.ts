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
 * Sends a push request to the push service. The default is `fetch`; it works for http (the
 * local `web-push-testing` service in tests) as well as https, which `webPush.sendNotification`
 * does not. Throws on a network failure.
 */
export type PushTransport = (request: PushRequest, signal: AbortSignal) => Promise<PushResponse>;

export const fetchTransport: PushTransport = async (request, signal) => {
  const body = request.body ? new Uint8Array(request.body) : null;
  const res = await fetch(request.endpoint, {
    method: 'POST',
    headers: request.headers,
    body,
    signal,
  });
  // Read the (short) answer so the connection can be reused.
  await res.arrayBuffer().catch(() => undefined);
  const retryAfter = Number(res.headers.get('retry-after'));
  return Number.isFinite(retryAfter) && retryAfter > 0
    ? { status: res.status, retryAfterSeconds: retryAfter }
    : { status: res.status };
};

/** How long a push is worth delivering: a day for a message, a week for the rest. */
export const PUSH_TTL_SECONDS: Record<PushPayload['kind'], number> = {
  message: 24 * 60 * 60,
  plan: 7 * 24 * 60 * 60,
  hours: 7 * 24 * 60 * 60,
  guide: 7 * 24 * 60 * 60,
  goal: 7 * 24 * 60 * 60,
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

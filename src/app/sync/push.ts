import { PushSubscriptionRequest } from '#shared/schemas/connect';
import type { AppState } from '../state';
import { enqueue } from '../store/outbox';
import { engineFor } from './engine';
import { askForBackgroundSync } from './background';

/** Whether this phone can show our notifications, and if not, why. */
export type PushSupport = 'ok' | 'needs-install' | 'unsupported';

/** iPhones only allow web notifications for an app added to the home screen (iOS 16.4+). */
export function pushSupport(
  win: { navigator: object } & Partial<Record<'PushManager' | 'Notification', unknown>>,
  installed: boolean,
  applePhone: boolean,
): PushSupport {
  if (applePhone && !installed) return 'needs-install';
  const ok = 'serviceWorker' in win.navigator && 'PushManager' in win && 'Notification' in win;
  return ok ? 'ok' : 'unsupported';
}

/** The VAPID public key (base64url) as the bytes `subscribe()` wants. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The service worker's registration, or null if there is none within a few seconds. */
async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator)) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

/** Reads whether notifications are on (permission given and subscribed). */
export async function refreshPushState(state: AppState): Promise<void> {
  try {
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') {
      state.sync.pushOn.value = false;
      return;
    }
    const reg = await registration();
    state.sync.pushOn.value = Boolean(await reg?.pushManager.getSubscription());
  } catch {
    state.sync.pushOn.value = false;
  }
}

export type TurnOnResult = 'on' | 'denied' | 'no-key' | 'failed';

/**
 * Only ever called from the person pressing "Turn on notifications": asks the phone's
 * permission, subscribes with the server's VAPID key, and sends the subscription through the
 * outbox (so it goes even if the signal drops now).
 */
export async function turnOnPush(state: AppState): Promise<TurnOnResult> {
  const key = state.sync.vapidKey.value;
  if (!key) return 'no-key';
  try {
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') return 'denied';
    const reg = await registration();
    if (!reg) return 'failed';
    const subscription =
      (await reg.pushManager.getSubscription()) ??
      (await reg.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(key),
      }));
    const body = PushSubscriptionRequest.safeParse(subscription.toJSON());
    if (!body.success) return 'failed';
    await enqueue(state.lock, {
      id: crypto.randomUUID(),
      kind: 'push-on',
      endpoint: 'device.pushOn',
      json: body.data,
    });
    state.sync.pushOn.value = true;
    void askForBackgroundSync();
    void engineFor(state).run();
    return 'on';
  } catch {
    return 'failed';
  }
}

/** Stop notifications on this phone and tell the server to forget the subscription. */
export async function turnOffPush(state: AppState): Promise<void> {
  const reg = await registration();
  const subscription = await reg?.pushManager.getSubscription();
  if (subscription) {
    const body = PushSubscriptionRequest.safeParse(subscription.toJSON());
    await subscription.unsubscribe().catch(() => false);
    if (body.success) {
      await enqueue(state.lock, {
        id: crypto.randomUUID(),
        kind: 'push-off',
        endpoint: 'device.pushOff',
        json: body.data,
      });
      void engineFor(state).run();
    }
  }
  state.sync.pushOn.value = false;
}

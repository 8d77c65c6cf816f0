import { catalogue } from '#shared/i18n';
import { PushPayload } from '#shared/schemas/phone-worker';
import { startWorkerLocale } from './locale';
import messages from './push.messages.json' with { type: 'json' };

declare const self: ServiceWorkerGlobalScope;

const t = catalogue('push', messages);

/** The title of every notification: the app's name, nothing about the person. */
export function pushTitle(): string {
  return t('title');
}

/**
 * What to show for a push: only the fixed words for its kind, the same on every phone (in the
 * person's language). Anything else in the payload is ignored.
 */
export function notificationFor(data: unknown): { body: string; url: string; tag: string } {
  const parsed = PushPayload.safeParse(data);
  if (!parsed.success) return { body: t('other'), url: '/', tag: 'other' };
  return { body: t(parsed.data.kind), url: parsed.data.url, tag: parsed.data.kind };
}

function readJson(event: PushEvent): unknown {
  try {
    return event.data?.json();
  } catch {
    return null;
  }
}

/** Tell open pages to sync now (they fetch the news themselves; the push carries none). */
async function syncOpenPages(): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window' });
  for (const page of pages) page.postMessage({ type: 'sync' });
}

/**
 * A push from our server: `{ kind, url }` and nothing personal. The lock screen shows "My
 * support" and the same fixed words on every phone ("You have a new message from your support
 * team."), never a name or a message.
 */
export function onPush(event: PushEvent): void {
  const data = readJson(event);
  event.waitUntil(
    Promise.all([
      startWorkerLocale().then(() => {
        const { body, url, tag } = notificationFor(data);
        return self.registration.showNotification(pushTitle(), {
          body,
          tag,
          icon: '/icons/icon-192.png',
          badge: '/icons/icon-192.png',
          data: { url },
        });
      }),
      syncOpenPages(),
    ]),
  );
}

/** The in-app address a notification opens; only our own paths. */
export function notificationUrl(data: unknown): string {
  if (typeof data === 'object' && data !== null && 'url' in data && typeof data.url === 'string') {
    if (/^\/[a-z0-9/-]*$/.test(data.url)) return data.url;
  }
  return '/';
}

/** Tapping a notification opens its screen: in an open window of the app if there is one. */
export function onNotificationClick(event: NotificationEvent): void {
  event.notification.close();
  const url = notificationUrl(event.notification.data);
  event.waitUntil(
    (async () => {
      const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const page = pages.find((p) => new URL(p.url).origin === self.location.origin);
      if (page) {
        // The page moves itself (no reload under someone mid-sentence), then syncs.
        page.postMessage({ type: 'navigate', url });
        page.postMessage({ type: 'sync' });
        await page.focus();
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
}

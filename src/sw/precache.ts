import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
};

/** Paths the service worker must never answer: the API and the caseworker console. */
export const NEVER_CACHED = [/^\/api(\/|$)/, /^\/console(\/|$)/, /^\/sw-reset$/];

/**
 * The app shell, precached whole at install (the list is injected at build time), so after one
 * visit every screen opens with no signal. Any app route that is navigated to gets index.html
 * from the cache; the router picks the screen. Old precaches are removed on activate.
 */
export function precacheAppShell(): void {
  precacheAndRoute(self.__WB_MANIFEST);
  cleanupOutdatedCaches();
  registerRoute(
    new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: NEVER_CACHED }),
  );
  // The first version takes control of open pages at once (nothing older to clash with); later
  // versions only get here after the person pressed "Update now" (see ./messages).
  clientsClaim();
}
